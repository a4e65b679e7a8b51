"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VALID_HASH = exports.CLIENT_AUTH = exports.SERVER_AUTH = exports.NOT_FQDN_NAMES = exports.IP_NAMES = exports.VALID_NAMES = void 0;
exports.modelServerNameValid = modelServerNameValid;
exports.expectedSmbErrors = expectedSmbErrors;
exports.expectedSmbWarnings = expectedSmbWarnings;
const azure_edition_facts_1 = require("./azure-edition-facts");
/** Server names by what the facts say of them. */
exports.VALID_NAMES = ['files.contoso.com', 'fs1.corp.contoso.com', 'FILES.fabrikam.net', 'a.b'];
exports.IP_NAMES = ['10.0.0.4', '203.0.113.10', '2001:db8::10'];
exports.NOT_FQDN_NAMES = ['files', 'files_01.contoso.com', '-files.contoso.com', 'files..contoso.com', '', 'files.contoso.123'];
exports.SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
exports.CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
exports.VALID_HASH = 'a'.repeat(64);
/**
 * A fully qualified DNS name as a client would type it (A3): two labels at least, each of letters, digits and inner
 * dashes (up to 63), the last one not numeric; an IP address is not a name.
 */
function modelServerNameValid(name) {
    const labels = name.split('.');
    return labels.length >= 2 && name.length <= 253 && labels.every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)) && !/^\d+$/.test(labels[labels.length - 1]);
}
/** Rule ids an SMB over QUIC configuration must be refused with, from the facts (fact sheet A3). */
function expectedSmbErrors(c) {
    const ids = new Set();
    const image = c.sku === 'custom' ? undefined : azure_edition_facts_1.MODEL_IMAGES[c.sku];
    if (!image?.smbOverQuic)
        ids.add('SMBQ-IMAGE');
    const lower = c.serverNames.map((n) => n.toLowerCase());
    if (c.serverNames.length === 0 || c.serverNames.some((n) => !modelServerNameValid(n)) || new Set(lower).size !== lower.length)
        ids.add('SMBQ-SERVER-NAMES');
    if (c.certificate.kind === 'new') {
        const cert = c.certificate;
        const rsa = cert.keyType === 'RSA' || cert.keyType === 'RSA-HSM';
        const ec = cert.keyType === 'EC' || cert.keyType === 'EC-HSM';
        if (rsa && (cert.keySize ?? 2048) < 2048)
            ids.add('SMBQ-CERTIFICATE-KEY');
        if (ec && !['P-256', 'P-384', 'P-521'].includes(cert.curve ?? 'P-256'))
            ids.add('SMBQ-CERTIFICATE-KEY');
        if (!rsa && !ec)
            ids.add('SMBQ-CERTIFICATE-KEY');
        if (!(cert.extendedKeyUsage ?? [exports.SERVER_AUTH]).includes(exports.SERVER_AUTH))
            ids.add('SMBQ-CERTIFICATE-USAGE');
        if (!(cert.keyUsage ?? ['digitalSignature']).includes('digitalSignature'))
            ids.add('SMBQ-CERTIFICATE-USAGE');
    }
    if (c.clientAccessControl) {
        if (!image || image.year !== 2025)
            ids.add('SMBQ-CLIENT-ACCESS-CONTROL');
        if (c.clientAccessControl.allowed.some((h) => !/^[0-9a-fA-F]{64}$/.test(h)))
            ids.add('SMBQ-CLIENT-ACCESS-CONTROL');
    }
    if (c.sources.length === 0)
        ids.add('SMBQ-SOURCES');
    // C4: several sources go in the plural field, which takes IP addresses and CIDRs only (a single one goes in the singular field)
    const addressOrCidr = (p) => /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(p) || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*(\/\d{1,3})?$/.test(p);
    if (c.sources.length > 1 && !c.sources.every(addressOrCidr))
        ids.add('NET-PREFIX-LIST-TAG');
    if (c.kdcProxy && c.wacPort === 443)
        ids.add('SMBQ-KDC-PROXY');
    // C5: the vault is checked when the certificate is installed on the VM; one synth reports it with the rest
    if (c.vault === 'disabled')
        ids.add('WIN-SECRET-VAULT-DEPLOYMENT');
    return [...ids].sort();
}
/** Warnings a valid configuration carries (A3, A5, C5). */
function expectedSmbWarnings(c) {
    const out = ['SMBQ-MAPPING-RENEWAL'];
    if (c.automanage)
        out.push('SMBQ-AUTOMANAGE-RETIREMENT', 'WSAE-AUTOMANAGE-RETIREMENT');
    if ((c.vault ?? 'outside') === 'outside')
        out.push('WIN-SECRET-VAULT-OUTSIDE');
    return out.sort();
}
