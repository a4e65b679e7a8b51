import { ValidationError, Violation } from '../../constructs';
import { isFqdn, isIpv4, parseCidr, sameNetwork } from '../../constructs/core/net';
import { smbOverQuicScript } from '../../constructs/smb-over-quic/smb-over-quic-script';
import { XnetConfig } from '../model/extended-network-model';
import { SmbConfig } from '../model/smb-model';
import { buildSmb, buildXnet, warningIds } from '../support/build-smb-xnet';

const SMB: SmbConfig = { sku: '2025-datacenter-azure-edition', serverNames: ['files.contoso.com'], certificate: { kind: 'new', keyType: 'EC' }, sources: ['Internet'] };
const XNET: XnetConfig = {
  sku: '2022-datacenter-azure-edition-core',
  size: 'Standard_D4s_v5',
  routable: { id: 'sn-r', name: 'snet-appliance', prefix: '10.20.2.0/24' },
  extended: { id: 'sn-e', name: 'snet-extended', prefix: '10.10.1.0/24' },
  onPremPrefix: '10.10.1.0/24',
  applianceAddress: '192.168.50.10',
  extendedAddresses: [],
};

function smbViolations(c: Partial<SmbConfig>): Violation[] {
  const r = buildSmb({ ...SMB, ...c });
  expect(r.error).toBeInstanceOf(ValidationError);
  return [...(r.error as ValidationError).violations];
}
function xnetViolations(c: Partial<XnetConfig>): Violation[] {
  const r = buildXnet({ ...XNET, ...c });
  expect(r.error).toBeInstanceOf(ValidationError);
  return [...(r.error as ValidationError).violations];
}
const messages = (v: Violation[]) => v.map((x) => `[${x.ruleId}] ${x.message}`);

describe('SMB over QUIC rule messages', () => {
  test('SMBQ-IMAGE refuses a custom image', () => {
    expect(messages(smbViolations({ sku: 'custom' }))).toEqual([expect.stringMatching(/^\[SMBQ-IMAGE\] image '\/subscriptions\/.*golden' does not support SMB over QUIC/)]);
  });
  test('SMBQ-SERVER-NAMES refuses no name, an IP address, a short name and a duplicate', () => {
    expect(messages(smbViolations({ serverNames: [] }))).toEqual(['[SMBQ-SERVER-NAMES] no server name is given (server names [])']);
    expect(messages(smbViolations({ serverNames: ['203.0.113.10', 'files', 'a.b', 'A.B'] }))).toEqual([
      "[SMBQ-SERVER-NAMES] server name '203.0.113.10' is an IP address, not a DNS name",
      "[SMBQ-SERVER-NAMES] server name 'files' is not a fully qualified DNS name",
      "[SMBQ-SERVER-NAMES] server name 'A.B' is given twice",
    ]);
  });
  test('SMBQ-CERTIFICATE-KEY refuses a short RSA key and a weak curve', () => {
    expect(messages(smbViolations({ certificate: { kind: 'new', keyType: 'RSA', keySize: 1024 } }))).toEqual(['[SMBQ-CERTIFICATE-KEY] RSA key size 1024 is below 2048 bits']);
    expect(messages(smbViolations({ certificate: { kind: 'new', keyType: 'EC', curve: 'P-256K' } }))).toEqual(["[SMBQ-CERTIFICATE-KEY] EC curve 'P-256K' is not P-256 or stronger"]);
  });
  test('SMBQ-CERTIFICATE-USAGE refuses a certificate without Server Authentication or digital signature', () => {
    expect(messages(smbViolations({ certificate: { kind: 'new', keyType: 'EC', extendedKeyUsage: ['1.3.6.1.5.5.7.3.2'], keyUsage: ['keyEncipherment'] } }))).toEqual([
      '[SMBQ-CERTIFICATE-USAGE] extended key usage [1.3.6.1.5.5.7.3.2] lacks Server Authentication',
      '[SMBQ-CERTIFICATE-USAGE] key usage [keyEncipherment] lacks digitalSignature',
    ]);
  });
  test('SMBQ-CLIENT-ACCESS-CONTROL refuses it on 2022 and refuses a hash that is not SHA-256', () => {
    expect(messages(smbViolations({ sku: '2022-datacenter-azure-edition', clientAccessControl: { allowed: ['abc'] } }))).toEqual([
      "[SMBQ-CLIENT-ACCESS-CONTROL] client access control is asked for but image '2022-datacenter-azure-edition' does not support it",
      "[SMBQ-CLIENT-ACCESS-CONTROL] client certificate hash 'abc' is not a SHA-256 hash (64 hex digits)",
    ]);
  });
  test('SMBQ-SOURCES refuses opening UDP 443 without named sources', () => {
    expect(messages(smbViolations({ sources: [] }))).toEqual(['[SMBQ-SOURCES] no source is named for inbound UDP 443 (allowed source address prefixes [])']);
  });
  test('SMBQ-KDC-PROXY refuses a KDC proxy next to a Windows Admin Center gateway on 443', () => {
    expect(messages(smbViolations({ kdcProxy: true, wacPort: 443 }))).toEqual(['[SMBQ-KDC-PROXY] the KDC proxy needs TCP 443, but the Windows Admin Center gateway on this server uses 443']);
  });
  test('warns about certificate renewal, and about the Automanage retirement only on a VM that uses Automanage', () => {
    expect(warningIds(buildSmb({ ...SMB, vault: 'enabled' }).stack!)).toEqual(['SMBQ-MAPPING-RENEWAL']);
    expect(warningIds(buildSmb({ ...SMB, vault: 'enabled', automanage: true }).stack!)).toEqual(['SMBQ-AUTOMANAGE-RETIREMENT', 'SMBQ-MAPPING-RENEWAL', 'WSAE-AUTOMANAGE-RETIREMENT']);
  });

  test('WIN-SECRET-VAULT-DEPLOYMENT refuses a vault of the stack not enabled for deployment; a vault outside the stack is a warning', () => {
    const refused = buildSmb({ ...SMB, vault: 'disabled' }).error as ValidationError;
    expect(refused.violations.map((v) => [v.ruleId, v.path, v.message, v.fix])).toEqual([
      ['WIN-SECRET-VAULT-DEPLOYMENT', 'test/files', 'Key Vault azurerm_key_vault.kv installs certificates on the VM but is not enabled for deployment (enabled_for_deployment false or unset)', 'set enabled_for_deployment = true on the Key Vault'],
    ]);
    expect(warningIds(buildSmb({ ...SMB, vault: 'outside' }).stack!)).toContain('WIN-SECRET-VAULT-OUTSIDE');
  });
});

describe('SMB over QUIC script', () => {
  test('maps every name with the thumbprint parameter, adds client access control and the KDC proxy only when asked', () => {
    const plain = smbOverQuicScript({ requireClientAuthentication: false, clientAccessControlList: false, kdcProxy: false });
    expect(plain).toContain("$names = $ServerNames -split ','");
    expect(plain).toContain('New-SmbServerCertificateMapping -Name $name -Thumbprint $Thumbprint -StoreName My -Force');
    expect(plain).not.toMatch(/Grant-SmbClientAccessToServer|kpssvc/);
    const full = smbOverQuicScript({ requireClientAuthentication: true, clientAccessControlList: true, kdcProxy: true });
    expect(full).toContain('-RequireClientAuthentication $true');
    expect(full).toContain("$clients = $ClientCertificateSha256 -split ','");
    expect(full).toContain('Add-NetIPHttpsCertBinding -IPPort 0.0.0.0:443 -CertificateHash $Thumbprint');
    expect(full).toContain('Start-Service -Name kpssvc');
  });
});

describe('Azure Extended Network rule messages', () => {
  test('XNET-IMAGE refuses a 2025 image', () => {
    expect(messages(xnetViolations({ sku: '2025-datacenter-azure-edition-core' }))).toEqual(["[XNET-IMAGE] image '2025-datacenter-azure-edition-core' does not support Azure Extended Network"]);
  });
  test('XNET-NESTED-VIRTUALIZATION refuses a size without nested virtualization', () => {
    expect(messages(xnetViolations({ size: 'Standard_B2ms' }))).toEqual(["[XNET-NESTED-VIRTUALIZATION] size 'Standard_B2ms' (B (burstable) family) does not run nested virtualization"]);
  });
  test('warns when the size is not known either way', () => {
    expect(warningIds(buildXnet({ ...XNET, size: 'Standard_L8s_v3' }).stack!)).toEqual(['XNET-NESTED-VIRTUALIZATION-UNKNOWN']);
  });
  test('XNET-SUBNETS refuses the gateway subnet and one subnet used twice', () => {
    expect(messages(xnetViolations({ routable: { id: 'gw', name: 'GatewaySubnet', prefix: '10.20.255.0/27' } }))).toEqual(["[XNET-SUBNETS] the routable subnet 'GatewaySubnet' is the gateway subnet"]);
    expect(messages(xnetViolations({ extended: { id: 'sn-r', name: 'snet-appliance', prefix: '10.20.2.0/24' }, onPremPrefix: '10.20.2.0/24' }))).toEqual(["[XNET-SUBNETS] the extended subnet '10.20.2.0/24' is the routable subnet"]);
  });
  test('XNET-PREFIX-MATCH refuses an extended subnet that is not the on-premises CIDR', () => {
    const v = xnetViolations({ onPremPrefix: '10.10.0.0/16' });
    expect(messages(v)).toEqual(["[XNET-PREFIX-MATCH] extended subnet '10.10.1.0/24' differs from the on-premises subnet '10.10.0.0/16'"]);
    expect(v[0].allowed).toEqual(['10.10.0.0/16']);
  });
  test('XNET-ADDRESSES refuses more than 250 addresses and addresses outside the subnet', () => {
    expect(messages(xnetViolations({ extendedAddresses: Array.from({ length: 251 }, (_, i) => `10.10.1.${(i % 250) + 1}`) }))).toEqual(['[XNET-ADDRESSES] 251 addresses are extended, more than 250']);
    expect(messages(xnetViolations({ extendedAddresses: ['10.10.2.5'] }))).toEqual(["[XNET-ADDRESSES] extended address '10.10.2.5' is outside the extended subnet '10.10.1.0/24'"]);
  });
  test('XNET-VXLAN refuses an invalid port and peer address', () => {
    expect(messages(xnetViolations({ vxlanPort: 70000, applianceAddress: 'onprem.contoso.com' }))).toEqual([
      '[XNET-VXLAN] VXLAN port 70000 is not a UDP port',
      "[XNET-VXLAN] on-premises appliance address 'onprem.contoso.com' is not an IPv4 address",
    ]);
  });
  test('XNET-GATEWAY is a postcondition on the gateway data source', () => {
    const json = buildXnet(XNET).json;
    const [gw] = Object.values(json.data.azurerm_virtual_network_gateway) as any[];
    expect(gw.lifecycle.postcondition[0]).toEqual({ condition: '${contains(["Vpn", "ExpressRoute"], self.type)}', error_message: expect.stringContaining('[XNET-GATEWAY]') });
  });
});

describe('network literals', () => {
  test('tells IPv4 addresses, FQDNs and CIDRs apart', () => {
    expect([isIpv4('10.0.0.1'), isIpv4('10.0.0.256'), isIpv4('01.0.0.1')]).toEqual([true, false, false]);
    expect([isFqdn('files.contoso.com'), isFqdn('files'), isFqdn('10.0.0.1'), isFqdn('a-.b.com'), isFqdn('files.contoso.com.')]).toEqual([true, false, false, false, true]);
    expect(sameNetwork(parseCidr('10.10.1.7/24')!, parseCidr('10.10.1.0/24')!)).toBe(true);
    expect(parseCidr('10.10.1.0/33')).toBeUndefined();
  });
});
