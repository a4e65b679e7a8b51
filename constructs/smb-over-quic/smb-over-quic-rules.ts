import { isFqdn, isIpv4, isIpv6 } from '../core/net';
import { Finding, listInputs, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown } from '../core/unknown';
import { AUTOMANAGE_RETIREMENT_DATE } from '../windows/azure-edition-rules';
import { EC_CURVES, EC_KEY_TYPES, MIN_RSA_KEY_SIZE, RSA_KEY_TYPES, SERVER_AUTHENTICATION_EKU, SmbOverQuicFacts } from './smb-over-quic-facts';

type SmbRule = Rule<SmbOverQuicFacts>;


export const SMBQ_IMAGE: SmbRule = {
  id: 'SMBQ-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'SMB over QUIC is configured only on an image that runs it', source: 'SMB over QUIC (ms.date 2024-04-19) and SMB security hardening (ms.date 2024-10-25), https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic' },
  ],
  title: 'the image supports SMB over QUIC',
  source: `${SOURCES.automanageWindowsServer}; ${SOURCES.smbSecurityHardening}`,
  doc: 'SMB over QUIC server is in Windows Server 2022 Azure Edition and in Windows Server 2025; a custom image is not assumed to have it.',
  check: (f) =>
    f.imageSupportsSmbOverQuic
      ? []
      : [{ attribute: 'vm.image', message: `image ${f.imageName} does not support SMB over QUIC (per the image catalog)`, value: f.imageName, fix: 'use a Windows Server Azure Edition catalog image' }],
};

export const SMBQ_SERVER_NAMES: SmbRule = {
  id: 'SMBQ-SERVER-NAMES',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'clients reach SMB over QUIC by DNS name: the certificate mapping needs at least one server name, never an IP address', source: 'SMB over QUIC (ms.date 2024-04-19), https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic' },
  ],
  title: 'at least one server name, each a DNS name (never an IP address)',
  source: SOURCES.smbOverQuic,
  doc: 'Clients connect by name; the certificate has a DNS subject alternative name for each. IP addresses must not be used; Azure VMs are reached through NAT, so use an FQDN that resolves to the public address.',
  inputs: (f) => ({ serverNames: f.serverNames, ...listInputs('serverNames', f.serverNames) }),
  check(f) {
    if (!isKnown(f.serverNames)) return [];
    if (f.serverNames.length === 0) return [{ attribute: 'serverNames', message: 'no server name is given (server names [])', value: '[]', fix: 'name every fully qualified DNS name clients use' }];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const n of f.serverNames) {
      if (!isKnown(n)) continue;
      if (typeof n !== 'string' || isIpv4(n) || isIpv6(n)) out.push({ attribute: 'serverNames', message: `server name ${show(n)} is an IP address, not a DNS name`, value: show(n), fix: 'use the fully qualified DNS name that resolves to the server' });
      else if (!isFqdn(n)) out.push({ attribute: 'serverNames', message: `server name ${show(n)} is not a fully qualified DNS name`, value: show(n), fix: "use a name such as 'files.contoso.com'" });
      else if (seen.has(n.toLowerCase())) out.push({ attribute: 'serverNames', message: `server name ${show(n)} is given twice`, value: show(n), fix: 'name each server name once' });
      if (typeof n === 'string') seen.add(n.toLowerCase());
    }
    return out;
  },
};

export const SMBQ_CERTIFICATE_KEY: SmbRule = {
  id: 'SMBQ-CERTIFICATE-KEY',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the SMB over QUIC certificate key is RSA of 2048 bits or more, or ECDSA P-256 or stronger', source: 'SMB over QUIC (ms.date 2024-04-19), certificate requirements, https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic' },
  ],
  title: 'the certificate key is RSA of 2048 bits or more, or ECDSA P-256 or stronger',
  source: SOURCES.smbOverQuic,
  doc: 'Checked for a certificate the construct creates; an existing certificate is the owner\'s responsibility.',
  inputs: (f) => (f.newCertificate ? { keyType: f.newCertificate.keyType, keySize: f.newCertificate.keySize, curve: f.newCertificate.curve } : {}),
  check(f) {
    const c = f.newCertificate;
    if (!c || !isKnown(c.keyType)) return [];
    if (RSA_KEY_TYPES.includes(c.keyType as string)) {
      const size = c.keySize;
      if (!isKnown(size) || (typeof size === 'number' && size >= MIN_RSA_KEY_SIZE)) return [];
      if (typeof size !== 'number') return [{ attribute: 'certificate.keySize', message: `RSA key size ${show(size)} is not a number of bits`, value: show(size), fix: 'give the key size as a number, 2048 or more' }];
      return [{ attribute: 'certificate.keySize', message: `RSA key size ${show(size)} is below ${MIN_RSA_KEY_SIZE} bits`, value: show(size), allowed: ['2048', '3072', '4096'], fix: 'use a key size of 2048 bits or more' }];
    }
    if (EC_KEY_TYPES.includes(c.keyType as string)) {
      return isKnown(c.curve) && !EC_CURVES.includes(c.curve as string)
        ? [{ attribute: 'certificate.curve', message: `EC curve ${show(c.curve)} is not P-256 or stronger`, value: show(c.curve), allowed: EC_CURVES, fix: "use curve 'P-256' or stronger" }]
        : [];
    }
    return [{ attribute: 'certificate.keyType', message: `key type ${show(c.keyType)} is neither RSA nor EC`, value: show(c.keyType), allowed: [...RSA_KEY_TYPES, ...EC_KEY_TYPES], fix: "use 'EC' (P-256) or 'RSA' (2048 bits or more)" }];
  },
};

export const SMBQ_CERTIFICATE_USAGE: SmbRule = {
  id: 'SMBQ-CERTIFICATE-USAGE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the SMB over QUIC certificate has the Server Authentication EKU and digital signature key usage', source: 'SMB over QUIC (ms.date 2024-04-19), certificate requirements, https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic' },
  ],
  title: 'the certificate has the Server Authentication EKU and digital-signature key usage',
  source: SOURCES.smbOverQuic,
  doc: `Server Authentication is ${SERVER_AUTHENTICATION_EKU}. Checked for a certificate the construct creates.`,
  inputs: (f) => (f.newCertificate ? { ...listInputs('extendedKeyUsage', f.newCertificate.extendedKeyUsage), ...listInputs('keyUsage', f.newCertificate.keyUsage) } : {}),
  check(f) {
    const c = f.newCertificate;
    if (!c) return [];
    const out: Finding[] = [];
    if (c.extendedKeyUsage.every(isKnown) && !c.extendedKeyUsage.includes(SERVER_AUTHENTICATION_EKU)) {
      out.push({ attribute: 'certificate.extendedKeyUsage', message: `extended key usage [${c.extendedKeyUsage.join(', ')}] lacks Server Authentication`, value: `[${c.extendedKeyUsage.join(', ')}]`, allowed: [SERVER_AUTHENTICATION_EKU], fix: `include ${SERVER_AUTHENTICATION_EKU}` });
    }
    if (c.keyUsage.every(isKnown) && !c.keyUsage.includes('digitalSignature')) {
      out.push({ attribute: 'certificate.keyUsage', message: `key usage [${c.keyUsage.join(', ')}] lacks digitalSignature`, value: `[${c.keyUsage.join(', ')}]`, allowed: ['digitalSignature'], fix: "include 'digitalSignature'" });
    }
    return out;
  },
};

export const SMBQ_CLIENT_ACCESS_CONTROL: SmbRule = {
  id: 'SMBQ-CLIENT-ACCESS-CONTROL',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'client access control runs on Windows Server 2025, or 2022 Azure Edition with KB5035857, and takes SHA-256 certificate hashes', source: 'Configure SMB over QUIC client access control (ms.date 2024-12-04), https://learn.microsoft.com/windows-server/storage/file-server/configure-smb-over-quic-client-access-control' },
  ],
  title: 'client access control only where the image supports it, with SHA-256 certificate hashes',
  source: SOURCES.smbClientAccessControl,
  doc: 'Windows Server 2025 supports it; 2022 Azure Edition only with KB5035857 and a feature preview, which the construct does not configure.',
  inputs: (f) => (f.clientAccessControl ? { allowedClientCertificateSha256: f.allowedClientCertificateSha256, ...listInputs('allowedClientCertificateSha256', f.allowedClientCertificateSha256) } : {}),
  check(f) {
    if (!f.clientAccessControl) return [];
    const out: Finding[] = [];
    if (!f.imageSupportsClientAccessControl) {
      out.push({ attribute: 'clientAccessControl', message: `client access control is asked for but image ${f.imageName} does not support it`, value: f.imageName, fix: 'use a 2025 Azure Edition image or remove clientAccessControl' });
    }
    for (const h of isKnown(f.allowedClientCertificateSha256) ? f.allowedClientCertificateSha256 : []) {
      if (isKnown(h) && !(typeof h === 'string' && /^[0-9A-Fa-f]{64}$/.test(h))) {
        out.push({ attribute: 'clientAccessControl.allowedClientCertificateSha256', message: `client certificate hash ${show(h)} is not a SHA-256 hash (64 hex digits)`, value: show(h), fix: 'use the SHA-256 hash of the client certificate' });
      }
    }
    return out;
  },
};

export const SMBQ_SOURCES: SmbRule = {
  id: 'SMBQ-SOURCES',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'UDP 443 is opened only to the sources the user names', source: 'this library\'s network policy' },
  ],
  policy: true,
  title: 'UDP 443 is opened only to sources the user names',
  source: SOURCES.smbSourcesPolicy,
  doc: 'The construct opens UDP 443 (and TCP 443 for the KDC proxy) from the named sources only, and never TCP 445.',
  inputs: (f) => ({ allowedSourceAddressPrefixes: f.allowedSourceAddressPrefixes }),
  check: (f) =>
    isKnown(f.allowedSourceAddressPrefixes) && f.allowedSourceAddressPrefixes.length === 0
      ? [{ attribute: 'allowedSourceAddressPrefixes', message: 'no source is named for inbound UDP 443 (allowed source address prefixes [])', value: '[]', fix: "name the client address ranges (or 'Internet' explicitly)" }]
      : [],
};

export const SMBQ_KDC_PROXY: SmbRule = {
  id: 'SMBQ-KDC-PROXY',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the KDC proxy listens on TCP 443, which must be free on the server', source: 'SMB over QUIC (ms.date 2024-04-19), KDC proxy, https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic' },
  ],
  title: 'the KDC proxy needs TCP 443 free on the server',
  source: SOURCES.smbOverQuic,
  doc: 'The KDC proxy listens on TCP 443; a Windows Admin Center gateway cannot use 443 on the same server.',
  inputs: (f) => (f.kdcProxy ? { windowsAdminCenterGatewayPort: f.windowsAdminCenterGatewayPort } : {}),
  check: (f) =>
    f.kdcProxy && f.windowsAdminCenterGatewayPort === 443
      ? [{ attribute: 'kdcProxy', message: 'the KDC proxy needs TCP 443, but the Windows Admin Center gateway on this server uses 443', value: '443', fix: 'move the Windows Admin Center gateway to another port, or do not enable the KDC proxy' }]
      : [],
};

export const SMBQ_MAPPING_RENEWAL: SmbRule = {
  id: 'SMBQ-MAPPING-RENEWAL',
  severity: 'warning',
  title: 'the certificate mapping must follow certificate renewals',
  source: SOURCES.smbOverQuic,
  doc: 'A renewed certificate has a new thumbprint; the mapping must be updated (the construct re-runs its configuration when the thumbprint it sees changes, at the next apply).',
  check: () => [{ attribute: 'certificate', message: 'the SMB over QUIC certificate mapping uses the certificate thumbprint, which changes at every renewal', fix: 'apply again after each renewal (or run Set-SmbServerCertificateMapping) so that the mapping follows the new thumbprint' }],
};

export const SMBQ_AUTOMANAGE_RETIREMENT: SmbRule = {
  id: 'SMBQ-AUTOMANAGE-RETIREMENT',
  severity: 'warning',
  title: 'Automanage Best Practices no longer watches certificate expiry after 2027-09-30',
  source: SOURCES.automanageRetirement,
  doc: 'Automanage machine best practices used to check that SMB over QUIC stays configured and that its certificate does not expire unnoticed. Said only of a VM that uses Automanage.',
  check: (f) => f.automanage !== true ? [] : [{ attribute: 'certificate', message: `Automanage Best Practices, which watched SMB over QUIC certificate expiry, retires on ${AUTOMANAGE_RETIREMENT_DATE}`, fix: 'monitor certificate expiry another way (Key Vault certificate lifetime actions and alerts)' }],
};

/** The rules of SMB over QUIC on an Azure Edition file server. */
export const SMB_OVER_QUIC_RULES: readonly Rule<SmbOverQuicFacts>[] = [
  SMBQ_IMAGE,
  SMBQ_SERVER_NAMES,
  SMBQ_CERTIFICATE_KEY,
  SMBQ_CERTIFICATE_USAGE,
  SMBQ_CLIENT_ACCESS_CONTROL,
  SMBQ_SOURCES,
  SMBQ_KDC_PROXY,
  SMBQ_MAPPING_RENEWAL,
  SMBQ_AUTOMANAGE_RETIREMENT,
];
