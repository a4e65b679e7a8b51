"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SMB_OVER_QUIC_RULES = exports.SMBQ_AUTOMANAGE_RETIREMENT = exports.SMBQ_MAPPING_RENEWAL = exports.SMBQ_KDC_PROXY = exports.SMBQ_SOURCES = exports.SMBQ_CLIENT_ACCESS_CONTROL = exports.SMBQ_CERTIFICATE_USAGE = exports.SMBQ_CERTIFICATE_KEY = exports.SMBQ_SERVER_NAMES = exports.SMBQ_IMAGE = void 0;
const net_1 = require("../core/net");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const azure_edition_rules_1 = require("../windows/azure-edition-rules");
const smb_over_quic_facts_1 = require("./smb-over-quic-facts");
exports.SMBQ_IMAGE = {
    id: 'SMBQ-IMAGE',
    severity: 'error',
    title: 'the image supports SMB over QUIC',
    source: `${sources_1.SOURCES.automanageWindowsServer}; ${sources_1.SOURCES.smbSecurityHardening}`,
    doc: 'SMB over QUIC server is in Windows Server 2022 Azure Edition and in Windows Server 2025; a custom image is not assumed to have it.',
    check: (f) => f.imageSupportsSmbOverQuic
        ? []
        : [{ attribute: 'vm.image', message: `image ${f.imageName} does not support SMB over QUIC (per the image catalog)`, value: f.imageName, fix: 'use a Windows Server Azure Edition catalog image' }],
};
exports.SMBQ_SERVER_NAMES = {
    id: 'SMBQ-SERVER-NAMES',
    severity: 'error',
    title: 'at least one server name, each a DNS name (never an IP address)',
    source: sources_1.SOURCES.smbOverQuic,
    doc: 'Clients connect by name; the certificate has a DNS subject alternative name for each. IP addresses must not be used; Azure VMs are reached through NAT, so use an FQDN that resolves to the public address.',
    inputs: (f) => ({ serverNames: f.serverNames, ...(0, rule_1.listInputs)('serverNames', f.serverNames) }),
    check(f) {
        if (!(0, unknown_1.isKnown)(f.serverNames))
            return [];
        if (f.serverNames.length === 0)
            return [{ attribute: 'serverNames', message: 'no server name is given (server names [])', value: '[]', fix: 'name every fully qualified DNS name clients use' }];
        const out = [];
        const seen = new Set();
        for (const n of f.serverNames) {
            if (!(0, unknown_1.isKnown)(n))
                continue;
            if (typeof n !== 'string' || (0, net_1.isIpv4)(n) || (0, net_1.isIpv6)(n))
                out.push({ attribute: 'serverNames', message: `server name ${(0, rule_1.show)(n)} is an IP address, not a DNS name`, value: (0, rule_1.show)(n), fix: 'use the fully qualified DNS name that resolves to the server' });
            else if (!(0, net_1.isFqdn)(n))
                out.push({ attribute: 'serverNames', message: `server name ${(0, rule_1.show)(n)} is not a fully qualified DNS name`, value: (0, rule_1.show)(n), fix: "use a name such as 'files.contoso.com'" });
            else if (seen.has(n.toLowerCase()))
                out.push({ attribute: 'serverNames', message: `server name ${(0, rule_1.show)(n)} is given twice`, value: (0, rule_1.show)(n), fix: 'name each server name once' });
            if (typeof n === 'string')
                seen.add(n.toLowerCase());
        }
        return out;
    },
};
exports.SMBQ_CERTIFICATE_KEY = {
    id: 'SMBQ-CERTIFICATE-KEY',
    severity: 'error',
    title: 'the certificate key is RSA of 2048 bits or more, or ECDSA P-256 or stronger',
    source: sources_1.SOURCES.smbOverQuic,
    doc: 'Checked for a certificate the construct creates; an existing certificate is the owner\'s responsibility.',
    inputs: (f) => (f.newCertificate ? { keyType: f.newCertificate.keyType, keySize: f.newCertificate.keySize, curve: f.newCertificate.curve } : {}),
    check(f) {
        const c = f.newCertificate;
        if (!c || !(0, unknown_1.isKnown)(c.keyType))
            return [];
        if (smb_over_quic_facts_1.RSA_KEY_TYPES.includes(c.keyType)) {
            const size = c.keySize;
            if (!(0, unknown_1.isKnown)(size) || (typeof size === 'number' && size >= smb_over_quic_facts_1.MIN_RSA_KEY_SIZE))
                return [];
            if (typeof size !== 'number')
                return [{ attribute: 'certificate.keySize', message: `RSA key size ${(0, rule_1.show)(size)} is not a number of bits`, value: (0, rule_1.show)(size), fix: 'give the key size as a number, 2048 or more' }];
            return [{ attribute: 'certificate.keySize', message: `RSA key size ${(0, rule_1.show)(size)} is below ${smb_over_quic_facts_1.MIN_RSA_KEY_SIZE} bits`, value: (0, rule_1.show)(size), allowed: ['2048', '3072', '4096'], fix: 'use a key size of 2048 bits or more' }];
        }
        if (smb_over_quic_facts_1.EC_KEY_TYPES.includes(c.keyType)) {
            return (0, unknown_1.isKnown)(c.curve) && !smb_over_quic_facts_1.EC_CURVES.includes(c.curve)
                ? [{ attribute: 'certificate.curve', message: `EC curve ${(0, rule_1.show)(c.curve)} is not P-256 or stronger`, value: (0, rule_1.show)(c.curve), allowed: smb_over_quic_facts_1.EC_CURVES, fix: "use curve 'P-256' or stronger" }]
                : [];
        }
        return [{ attribute: 'certificate.keyType', message: `key type ${(0, rule_1.show)(c.keyType)} is neither RSA nor EC`, value: (0, rule_1.show)(c.keyType), allowed: [...smb_over_quic_facts_1.RSA_KEY_TYPES, ...smb_over_quic_facts_1.EC_KEY_TYPES], fix: "use 'EC' (P-256) or 'RSA' (2048 bits or more)" }];
    },
};
exports.SMBQ_CERTIFICATE_USAGE = {
    id: 'SMBQ-CERTIFICATE-USAGE',
    severity: 'error',
    title: 'the certificate has the Server Authentication EKU and digital-signature key usage',
    source: sources_1.SOURCES.smbOverQuic,
    doc: `Server Authentication is ${smb_over_quic_facts_1.SERVER_AUTHENTICATION_EKU}. Checked for a certificate the construct creates.`,
    inputs: (f) => (f.newCertificate ? { ...(0, rule_1.listInputs)('extendedKeyUsage', f.newCertificate.extendedKeyUsage), ...(0, rule_1.listInputs)('keyUsage', f.newCertificate.keyUsage) } : {}),
    check(f) {
        const c = f.newCertificate;
        if (!c)
            return [];
        const out = [];
        if (c.extendedKeyUsage.every(unknown_1.isKnown) && !c.extendedKeyUsage.includes(smb_over_quic_facts_1.SERVER_AUTHENTICATION_EKU)) {
            out.push({ attribute: 'certificate.extendedKeyUsage', message: `extended key usage [${c.extendedKeyUsage.join(', ')}] lacks Server Authentication`, value: `[${c.extendedKeyUsage.join(', ')}]`, allowed: [smb_over_quic_facts_1.SERVER_AUTHENTICATION_EKU], fix: `include ${smb_over_quic_facts_1.SERVER_AUTHENTICATION_EKU}` });
        }
        if (c.keyUsage.every(unknown_1.isKnown) && !c.keyUsage.includes('digitalSignature')) {
            out.push({ attribute: 'certificate.keyUsage', message: `key usage [${c.keyUsage.join(', ')}] lacks digitalSignature`, value: `[${c.keyUsage.join(', ')}]`, allowed: ['digitalSignature'], fix: "include 'digitalSignature'" });
        }
        return out;
    },
};
exports.SMBQ_CLIENT_ACCESS_CONTROL = {
    id: 'SMBQ-CLIENT-ACCESS-CONTROL',
    severity: 'error',
    title: 'client access control only where the image supports it, with SHA-256 certificate hashes',
    source: sources_1.SOURCES.smbClientAccessControl,
    doc: 'Windows Server 2025 supports it; 2022 Azure Edition only with KB5035857 and a feature preview, which the construct does not configure.',
    inputs: (f) => (f.clientAccessControl ? { allowedClientCertificateSha256: f.allowedClientCertificateSha256, ...(0, rule_1.listInputs)('allowedClientCertificateSha256', f.allowedClientCertificateSha256) } : {}),
    check(f) {
        if (!f.clientAccessControl)
            return [];
        const out = [];
        if (!f.imageSupportsClientAccessControl) {
            out.push({ attribute: 'clientAccessControl', message: `client access control is asked for but image ${f.imageName} does not support it`, value: f.imageName, fix: 'use a 2025 Azure Edition image or remove clientAccessControl' });
        }
        for (const h of (0, unknown_1.isKnown)(f.allowedClientCertificateSha256) ? f.allowedClientCertificateSha256 : []) {
            if ((0, unknown_1.isKnown)(h) && !(typeof h === 'string' && /^[0-9A-Fa-f]{64}$/.test(h))) {
                out.push({ attribute: 'clientAccessControl.allowedClientCertificateSha256', message: `client certificate hash ${(0, rule_1.show)(h)} is not a SHA-256 hash (64 hex digits)`, value: (0, rule_1.show)(h), fix: 'use the SHA-256 hash of the client certificate' });
            }
        }
        return out;
    },
};
exports.SMBQ_SOURCES = {
    id: 'SMBQ-SOURCES',
    severity: 'error',
    policy: true,
    title: 'UDP 443 is opened only to sources the user names',
    source: sources_1.SOURCES.smbSourcesPolicy,
    doc: 'The construct opens UDP 443 (and TCP 443 for the KDC proxy) from the named sources only, and never TCP 445.',
    inputs: (f) => ({ allowedSourceAddressPrefixes: f.allowedSourceAddressPrefixes }),
    check: (f) => (0, unknown_1.isKnown)(f.allowedSourceAddressPrefixes) && f.allowedSourceAddressPrefixes.length === 0
        ? [{ attribute: 'allowedSourceAddressPrefixes', message: 'no source is named for inbound UDP 443 (allowed source address prefixes [])', value: '[]', fix: "name the client address ranges (or 'Internet' explicitly)" }]
        : [],
};
exports.SMBQ_KDC_PROXY = {
    id: 'SMBQ-KDC-PROXY',
    severity: 'error',
    title: 'the KDC proxy needs TCP 443 free on the server',
    source: sources_1.SOURCES.smbOverQuic,
    doc: 'The KDC proxy listens on TCP 443; a Windows Admin Center gateway cannot use 443 on the same server.',
    inputs: (f) => (f.kdcProxy ? { windowsAdminCenterGatewayPort: f.windowsAdminCenterGatewayPort } : {}),
    check: (f) => f.kdcProxy && f.windowsAdminCenterGatewayPort === 443
        ? [{ attribute: 'kdcProxy', message: 'the KDC proxy needs TCP 443, but the Windows Admin Center gateway on this server uses 443', value: '443', fix: 'move the Windows Admin Center gateway to another port, or do not enable the KDC proxy' }]
        : [],
};
exports.SMBQ_MAPPING_RENEWAL = {
    id: 'SMBQ-MAPPING-RENEWAL',
    severity: 'warning',
    title: 'the certificate mapping must follow certificate renewals',
    source: sources_1.SOURCES.smbOverQuic,
    doc: 'A renewed certificate has a new thumbprint; the mapping must be updated (the construct re-runs its configuration when the thumbprint it sees changes, at the next apply).',
    check: () => [{ attribute: 'certificate', message: 'the SMB over QUIC certificate mapping uses the certificate thumbprint, which changes at every renewal', fix: 'apply again after each renewal (or run Set-SmbServerCertificateMapping) so that the mapping follows the new thumbprint' }],
};
exports.SMBQ_AUTOMANAGE_RETIREMENT = {
    id: 'SMBQ-AUTOMANAGE-RETIREMENT',
    severity: 'warning',
    title: 'Automanage Best Practices no longer watches certificate expiry after 2027-09-30',
    source: sources_1.SOURCES.automanageRetirement,
    doc: 'Automanage machine best practices used to check that SMB over QUIC stays configured and that its certificate does not expire unnoticed. Said only of a VM that uses Automanage.',
    check: (f) => f.automanage !== true ? [] : [{ attribute: 'certificate', message: `Automanage Best Practices, which watched SMB over QUIC certificate expiry, retires on ${azure_edition_rules_1.AUTOMANAGE_RETIREMENT_DATE}`, fix: 'monitor certificate expiry another way (Key Vault certificate lifetime actions and alerts)' }],
};
/** The rules of SMB over QUIC on an Azure Edition file server. */
exports.SMB_OVER_QUIC_RULES = [
    exports.SMBQ_IMAGE,
    exports.SMBQ_SERVER_NAMES,
    exports.SMBQ_CERTIFICATE_KEY,
    exports.SMBQ_CERTIFICATE_USAGE,
    exports.SMBQ_CLIENT_ACCESS_CONTROL,
    exports.SMBQ_SOURCES,
    exports.SMBQ_KDC_PROXY,
    exports.SMBQ_MAPPING_RENEWAL,
    exports.SMBQ_AUTOMANAGE_RETIREMENT,
];
