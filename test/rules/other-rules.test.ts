import { EXTENDED_NETWORK_RULES, ExtendedNetworkFacts, GUEST_IMAGE_SUPPORT_POLICIES, HCI_GALLERY_IMAGE, NETWORK_RULES, NsgRuleFacts, SCALE_SET_RULES, ScaleSetFacts, SMB_OVER_QUIC_RULES, SmbOverQuicFacts, TRUSTED_LAUNCH_ADVISORIES, TRUSTED_LAUNCH_VM_RULES, TrustedLaunchVmFacts, Unknown } from '../../constructs/rules';
import { and, eq, implies, lengthAtLeast, matches, not, oneOf, or, truthy, Undecided, unset } from '../../constructs/core/condition';
import { evaluate as evaluateRules, notChecked, preconditions, Rule } from '../../constructs/core/rule';
import { supportPolicy } from '../../constructs/azure-local/guest-image-support';
import { evaluateWellFormed as evaluate } from '../support/finding-contract';
import { STRING_EXPRESSIONS } from './string-expressions';
import { ownHiddenClasses } from '../support/hidden-class';

const T = (n: string) => new Unknown(`var.${n}`);
const build = (c: unknown): unknown => (c instanceof Undecided ? c.build(STRING_EXPRESSIONS) : c);

describe('conditions', () => {
  test('decide what is known and build expressions for the rest', () => {
    expect([eq('a', 'a'), eq('a', 'b'), eq(undefined, 'a'), build(eq(T('x'), 'a'))]).toEqual([true, false, false, '(var.x == null ? false : var.x == a)']);
    expect([oneOf('a', ['a']), oneOf('b', ['a']), oneOf(1, ['1']), build(oneOf(T('x'), ['a', 'b']))]).toEqual([true, false, false, '(var.x == null ? false : contains([a,b], var.x))']);
    expect([matches('ab', '^a', (s: string) => s.startsWith('a')), matches(1, 'x', () => true), build(matches(T('x'), '^a$', () => true))]).toEqual([true, false, '(var.x == null ? false : re(^a$, var.x))']);
    expect([lengthAtLeast(0, 1), lengthAtLeast(1, 1), lengthAtLeast(2, 1), build(lengthAtLeast(T('l'), 2))]).toEqual([false, true, true, '(var.l == null ? false : len(var.l) >= 2)']);
    expect([not(true), not(false), build(not(eq(T('x'), 'a')))]).toEqual([false, true, '!((var.x == null ? false : var.x == a))']);
    expect([and(), and(true, true), and(true, false), and(eq(T('x'), 'a'), false), build(and(eq(T('x'), 'a'), true, eq(T('y'), 'b')))]).toEqual([true, true, false, false, '((var.x == null ? false : var.x == a) && (var.y == null ? false : var.y == b))']);
    expect([or(), or(false, false), or(false, true), or(eq(T('x'), 'a'), true), build(or(eq(T('x'), 'a'), false, eq(T('y'), 'b')))]).toEqual([false, false, true, true, '((var.x == null ? false : var.x == a) || (var.y == null ? false : var.y == b))']);
    expect([implies(false, false), implies(true, false), implies(true, true), build(implies(eq(T('x'), 'a'), false))]).toEqual([true, false, true, '!((var.x == null ? false : var.x == a))']);
    expect([truthy(true), truthy(false), truthy('true'), build(truthy(T('b')))]).toEqual([true, false, false, '(var.b == null ? false : var.b == true)']);
    // a null resolves to the unset value: the provider's default where it has one
    expect([build(eq(new Unknown('var.m', 'AutomaticByOS'), 'AutomaticByOS')), build(unset(T('x'))), unset(undefined), unset('a'), unset(new Unknown('var.d', true))]).toEqual(['(var.m == null ? true : var.m == AutomaticByOS)', '(var.x == null ? true : false)', true, false, false]);
  });
});

const TL: TrustedLaunchVmFacts = {
  image: { kind: 'marketplace', publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001', hypervGeneration: 'V2' },
  supportPolicy: '23H2-2023-11',
  securityType: 'TrustedLaunch',
  secureBoot: true,
  vtpm: true,
  guestAttestation: false,
  computerName: 'tl-01',
  adminPassword: 'expression',
};
const tl = (c: Partial<TrustedLaunchVmFacts>) => evaluate(TRUSTED_LAUNCH_VM_RULES, { ...TL, ...c }, 'p');

describe('Azure Local trusted launch rules on facts', () => {
  test.each<[Partial<TrustedLaunchVmFacts>, string[]]>([
    [{}, []],
    [{ secureBoot: false }, ['HCI-TL-SECURE-BOOT']],
    [{ vtpm: false }, ['HCI-TL-VTPM']],
    [{ securityType: 'ConfidentialVM' }, ['HCI-TL-SECURITY-TYPE']],
    [{ guestAttestation: true }, ['HCI-BOOT-INTEGRITY']],
    [{ image: { kind: 'custom', id: '/g' } }, ['HCI-IMAGE-MARKETPLACE']],
    [{ image: { ...(TL.image as any), hypervGeneration: 'V1' } }, ['HCI-IMAGE-GEN2']],
    [{ image: { ...(TL.image as any), version: 'latest' } }, ['HCI-IMAGE-SUPPORTED']],
    [{ image: { ...(TL.image as any), publisher: 'MicrosoftWindowsDesktop', sku: 'WIN11-22H2-AVD' } }, []],
    [{ image: { ...(TL.image as any), version: T('v') } }, []],
    [{ supportPolicy: 'latest' }, ['HCI-IMAGE-SUPPORTED']],
    [{ computerName: 'tl_01' }, ['HCI-COMPUTER-NAME']],
    [{ computerName: 'a23456789012345' }, []],
    [{ computerName: 'a234567890123456' }, ['HCI-COMPUTER-NAME']],
    // a Windows guest follows the Windows name facts (C1): not only digits, no trailing hyphen
    [{ guestOs: 'Windows', computerName: '12345' }, ['HCI-COMPUTER-NAME']],
    [{ guestOs: 'Windows', computerName: 'web-' }, ['HCI-COMPUTER-NAME']],
    [{ guestOs: 'Windows', computerName: 'web-01' }, []],
    [{ guestOs: 'Linux', computerName: 'web-' }, []],
    [{ adminPassword: 'literal' }, ['HCI-ADMIN-PASSWORD-LITERAL']],
    [{ arcMachine: { kind: 'HCI', identityType: 'SystemAssigned' } }, []],
    [{ arcMachine: { kind: 'SCVMM', identityType: undefined } }, ['HCI-ARC-MACHINE', 'HCI-ARC-MACHINE']],
    [{ arcMachine: { kind: T('k'), identityType: 'UserAssigned' } }, ['HCI-ARC-MACHINE']],
  ])('%p → %p', (c, expected) => expect(tl(c).map((v) => v.ruleId)).toEqual(expected));

  test('messages and preconditions', () => {
    expect(tl({ arcMachine: { kind: 'SCVMM', identityType: undefined } }).map((v) => v.message)).toEqual(["the parent Arc machine has kind 'SCVMM'", 'the parent Arc machine has identity unset']);
    expect(tl({ securityType: 'x' })[0].fix).toContain("'TrustedLaunch'");
    const pre = preconditions(TRUSTED_LAUNCH_VM_RULES, { ...TL, secureBoot: T('sb'), vtpm: T('tpm'), securityType: T('st'), guestAttestation: T('ga'), computerName: T('cn'), image: { ...(TL.image as any), hypervGeneration: T('g') } }, STRING_EXPRESSIONS);
    expect(pre.map((p) => `${p.errorMessage.slice(0, p.errorMessage.indexOf(']') + 1)} ${p.condition}`)).toEqual([
      '[HCI-TL-SECURITY-TYPE] (var.st == null ? false : var.st == TrustedLaunch)',
      '[HCI-TL-SECURE-BOOT] !((var.sb == null ? false : var.sb == false))',
      '[HCI-TL-VTPM] !((var.tpm == null ? false : var.tpm == false))',
      '[HCI-BOOT-INTEGRITY] !((var.ga == null ? false : var.ga == true))',
      '[HCI-IMAGE-GEN2] (var.g == null ? false : var.g == V2)',
      '[HCI-COMPUTER-NAME] ((var.cn == null ? true : false) || (var.cn == null ? false : re(^[a-zA-Z0-9-]{1,15}$, var.cn)))',
    ]);
    expect(notChecked(TRUSTED_LAUNCH_VM_RULES, { ...TL, image: { ...(TL.image as any), sku: T('sku') } }, 'p').map((v) => [v.ruleId, v.attribute, v.severity])).toEqual([['HCI-IMAGE-SUPPORTED', 'sku', 'warning']]);
    expect(evaluate(TRUSTED_LAUNCH_ADVISORIES, undefined, 'p').map((v) => v.ruleId)).toEqual(['HCI-IGVM-AGENT', 'HCI-LIVE-MIGRATION-UNENCRYPTED', 'HCI-VM-FILES-ACCESS', 'HCI-BACKUP-DR']);
  });

  test.each([
    ['23H2-2023-11', { publisher: 'microsoftwindowsdesktop', offer: 'office-365', sku: 'win10-21h2-avd-m365-g2', version: '19044.3570.231010' }, true],
    ['23H2-2023-11', { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231002' }, false],
    ['2025-01', { publisher: 'MicrosoftWindowsDesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '1' }, true],
    ['2025-01', { publisher: 'microsoftwindowsdesktop', offer: 'windows-10', sku: 'win10-22h2-avd', version: '1' }, false],
    ['2025-01', { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '1' }, false],
    ['2025-03', { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '1' }, false],
    ['2025-03', { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-23h2-avd', version: '1' }, true],
    ['2025-03', { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '1' }, true],
    ['2025-03', { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '1' }, false],
    ['2025-03', { publisher: 'MicrosoftWindowsServer', offer: 'other', sku: '2022-datacenter', version: '1' }, false],
    ['2025-10', { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '1' }, true],
    ['2025-10', { publisher: 'microsoftwindowsdesktop', offer: 'windows-10', sku: 'win10-22h2-avd', version: '1' }, true],
    ['2025-10', { publisher: 'Canonical', offer: 'ubuntu', sku: '22_04-lts-gen2', version: '1' }, false],
  ])('policy %s supports %p: %p', (name, image, ok) => expect(supportPolicy(name)!.unsupportedBecause(image) === undefined).toBe(ok));

  test('policy reasons name the image', () => {
    expect(GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.unsupportedBecause({ publisher: 'Canonical', offer: 'u', sku: 's', version: '1' }))).toEqual([
      "image 'Canonical:u:s:1' is not one of the four images (at their listed versions) of the 23H2 list",
      "image 'Canonical:u:s:1' is not a Windows 11 image",
      "image 'Canonical:u:s:1' is neither a Windows 11 nor a Windows Server 2022 image",
      "image 'Canonical:u:s:1' is not a Windows or Windows Server image",
    ]);
    expect(supportPolicy('nope')).toBeUndefined();
  });

  test('gallery image rule', () => {
    const base = { name: 'img', hypervGeneration: 'V2', osType: 'Windows', publisher: 'p', offer: 'o', sku: 's', version: '1' };
    expect(evaluate([HCI_GALLERY_IMAGE], base, 'p')).toEqual([]);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, name: 'ab', hypervGeneration: 'V1', osType: 'Linux' }, 'p')).toEqual([]);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, name: 'a', osType: 'windows', publisher: '', version: '' }, 'p').map((v) => `${v.attribute}: ${v.message}`)).toEqual([
      "name: gallery image name 'a' is invalid: 2 to 80 letters, digits, '-', '.' or '_', starting and ending with a letter or digit",
      "os_type: os type 'windows' is not valid",
      "identifier.publisher: identifier.publisher is '': it must be a non-empty string",
      "version: version is '': it must be a non-empty string",
    ]);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, hypervGeneration: 'v2', offer: 7 as unknown as string }, 'p').map((v) => `${v.attribute}: ${v.message}`)).toEqual([
      "hyperv_generation: Hyper-V generation 'v2' is not valid",
      'identifier.offer: identifier.offer is 7: it must be a non-empty string',
    ]);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, name: 'a'.repeat(81) }, 'p')).toHaveLength(1);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, name: 'a'.repeat(80) }, 'p')).toHaveLength(0);
    expect(evaluate([HCI_GALLERY_IMAGE], { ...base, name: T('n'), hypervGeneration: T('g'), osType: T('o') }, 'p')).toEqual([]);
    expect(notChecked([HCI_GALLERY_IMAGE], { ...base, name: T('n'), hypervGeneration: T('g'), osType: T('o') }, 'p').map((v) => v.attribute)).toEqual(['name, hypervGeneration, osType']);
  });
});

const SMB: SmbOverQuicFacts = {
  imageSupportsSmbOverQuic: true,
  imageSupportsClientAccessControl: true,
  imageName: "'2025-datacenter-azure-edition'",
  serverNames: ['files.contoso.com'],
  newCertificate: { keyType: 'EC', curve: 'P-256', extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'], keyUsage: ['digitalSignature'] },
  clientAccessControl: false,
  allowedClientCertificateSha256: [],
  allowedSourceAddressPrefixes: ['Internet'],
  kdcProxy: false,
};
const smb = (c: Partial<SmbOverQuicFacts>) => evaluate(SMB_OVER_QUIC_RULES, { ...SMB, ...c }, 'p').filter((v) => v.severity === 'error').map((v) => `${v.ruleId} ${v.message}`);

describe('SMB over QUIC rules on facts', () => {
  test.each<[Partial<SmbOverQuicFacts>, string[]]>([
    [{}, []],
    [{ imageSupportsSmbOverQuic: false }, ["SMBQ-IMAGE image '2025-datacenter-azure-edition' does not support SMB over QUIC (per the image catalog)"]],
    [{ serverNames: T('n') }, []],
    [{ serverNames: [] }, ['SMBQ-SERVER-NAMES no server name is given (server names [])']],
    [{ serverNames: ['files', '10.0.0.1'] }, ["SMBQ-SERVER-NAMES server name 'files' is not a fully qualified DNS name", "SMBQ-SERVER-NAMES server name '10.0.0.1' is an IP address, not a DNS name"]],
    [{ serverNames: ['files.contoso.com', 'FILES.contoso.com', 'Files.Contoso.com'] }, ["SMBQ-SERVER-NAMES server name 'FILES.contoso.com' is given twice", "SMBQ-SERVER-NAMES server name 'Files.Contoso.com' is given twice"]],
    [{ serverNames: ['FILES.contoso.com', 'files.contoso.com'] }, ["SMBQ-SERVER-NAMES server name 'files.contoso.com' is given twice"]],
    [{ serverNames: ['2001:db8::1', 5 as unknown as string] }, ["SMBQ-SERVER-NAMES server name '2001:db8::1' is an IP address, not a DNS name", 'SMBQ-SERVER-NAMES server name 5 is an IP address, not a DNS name']],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'RSA-HSM', keySize: 2047 } }, ['SMBQ-CERTIFICATE-KEY RSA key size 2047 is below 2048 bits']],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'RSA', keySize: 2048 } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'RSA', keySize: T('ks') } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'RSA', keySize: '4096' as unknown as number } }, ["SMBQ-CERTIFICATE-KEY RSA key size '4096' is not a number of bits"]],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'EC-HSM', curve: 'P-521' } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: 'DSA' } }, ["SMBQ-CERTIFICATE-KEY key type 'DSA' is neither RSA nor EC"]],
    [{ newCertificate: { ...SMB.newCertificate!, keyType: T('kt') } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, extendedKeyUsage: [T('e')], keyUsage: [T('k')] } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, curve: 'P-192' } }, ["SMBQ-CERTIFICATE-KEY EC curve 'P-192' is not P-256 or stronger"]],
    [{ newCertificate: { ...SMB.newCertificate!, curve: T('c') } }, []],
    [{ newCertificate: { ...SMB.newCertificate!, extendedKeyUsage: ['1.3.6.1.5.5.7.3.2'] } }, ['SMBQ-CERTIFICATE-USAGE extended key usage [1.3.6.1.5.5.7.3.2] lacks Server Authentication']],
    [{ newCertificate: { ...SMB.newCertificate!, keyUsage: ['keyEncipherment'] } }, ['SMBQ-CERTIFICATE-USAGE key usage [keyEncipherment] lacks digitalSignature']],
    [{ newCertificate: undefined }, []],
    [{ clientAccessControl: true, allowedClientCertificateSha256: ['A'.repeat(64), T('h')] }, []],
    [{ clientAccessControl: true, allowedClientCertificateSha256: ['g'.repeat(64)] }, ["SMBQ-CLIENT-ACCESS-CONTROL client certificate hash 'gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg' is not a SHA-256 hash (64 hex digits)"]],
    [{ clientAccessControl: false, imageSupportsClientAccessControl: false, allowedClientCertificateSha256: ['x'] }, []],
    [
      { clientAccessControl: true, allowedClientCertificateSha256: [`x${'a'.repeat(64)}`, `${'a'.repeat(64)}x`, 7 as unknown as string] },
      [`SMBQ-CLIENT-ACCESS-CONTROL client certificate hash 'x${'a'.repeat(64)}' is not a SHA-256 hash (64 hex digits)`, `SMBQ-CLIENT-ACCESS-CONTROL client certificate hash '${'a'.repeat(64)}x' is not a SHA-256 hash (64 hex digits)`, 'SMBQ-CLIENT-ACCESS-CONTROL client certificate hash 7 is not a SHA-256 hash (64 hex digits)'],
    ],
    [{ allowedSourceAddressPrefixes: T('s') }, []],
    [{ kdcProxy: true, windowsAdminCenterGatewayPort: 6516 }, []],
    [{ kdcProxy: false, windowsAdminCenterGatewayPort: 443 }, []],
    [{ kdcProxy: true, windowsAdminCenterGatewayPort: 443 }, ['SMBQ-KDC-PROXY the KDC proxy needs TCP 443, but the Windows Admin Center gateway on this server uses 443']],
    [{ allowedSourceAddressPrefixes: [] }, ['SMBQ-SOURCES no source is named for inbound UDP 443 (allowed source address prefixes [])']],
    [{ clientAccessControl: true, imageSupportsClientAccessControl: false }, ["SMBQ-CLIENT-ACCESS-CONTROL client access control is asked for but image '2025-datacenter-azure-edition' does not support it"]],
  ])('%p', (c, expected) => expect(smb(c)).toEqual(expected));

  test('warnings and not-checked inputs', () => {
    expect(evaluate(SMB_OVER_QUIC_RULES, SMB, 'p').filter((v) => v.severity === 'warning').map((v) => v.message)).toEqual([
      'the SMB over QUIC certificate mapping uses the certificate thumbprint, which changes at every renewal',
    ]);
    expect(evaluate(SMB_OVER_QUIC_RULES, { ...SMB, automanage: true }, 'p').filter((v) => v.severity === 'warning').map((v) => v.message)).toEqual([
      'the SMB over QUIC certificate mapping uses the certificate thumbprint, which changes at every renewal',
      'Automanage Best Practices, which watched SMB over QUIC certificate expiry, retires on 2027-09-30',
    ]);
    const nc = notChecked(SMB_OVER_QUIC_RULES, { ...SMB, serverNames: ['a.b', T('n')], allowedSourceAddressPrefixes: T('s'), kdcProxy: true, windowsAdminCenterGatewayPort: T('w'), clientAccessControl: true, allowedClientCertificateSha256: T('h'), newCertificate: { keyType: T('kt'), extendedKeyUsage: [T('e')], keyUsage: ['digitalSignature'] } }, 'p');
    expect(nc.map((v) => `${v.ruleId} ${v.attribute}`)).toEqual([
      'SMBQ-SERVER-NAMES serverNames[1]',
      'SMBQ-CERTIFICATE-KEY keyType',
      'SMBQ-CERTIFICATE-USAGE extendedKeyUsage[0]',
      'SMBQ-CLIENT-ACCESS-CONTROL allowedClientCertificateSha256',
      'SMBQ-SOURCES allowedSourceAddressPrefixes',
      'SMBQ-KDC-PROXY windowsAdminCenterGatewayPort',
    ]);
    expect(nc[0].message).toBe('could not be checked at synth: serverNames[1] is known only at apply (at least one server name, each a DNS name (never an IP address))');
    expect(notChecked(SMB_OVER_QUIC_RULES, { ...SMB, clientAccessControl: true, allowedClientCertificateSha256: ['A'.repeat(64), T('h')] }, 'p').map((v) => v.attribute)).toEqual(['allowedClientCertificateSha256[1]']);
    const usage = { ...SMB.newCertificate!, extendedKeyUsage: ['1.3.6.1.5.5.7.3.1', T('e')], keyUsage: [T('k')] };
    expect(notChecked(SMB_OVER_QUIC_RULES, { ...SMB, newCertificate: usage }, 'p').map((v) => v.attribute)).toEqual(['extendedKeyUsage[1], keyUsage[0]']);
  });
});

const XN: ExtendedNetworkFacts = {
  imageSupportsExtendedNetwork: true,
  imageName: "'2022-datacenter-azure-edition-core'",
  size: 'Standard_D4s_v5',
  routableSubnet: { id: 'r', name: 'snet-r', addressPrefix: '10.20.2.0/24' },
  extendedSubnet: { id: 'e', name: 'snet-e', addressPrefix: '10.10.1.0/24' },
  onPremisesSubnetPrefix: '10.10.1.0/24',
  onPremisesApplianceAddress: '192.168.50.10',
  vxlanPort: 4789,
  extendedAddresses: [],
};
const xn = (c: Partial<ExtendedNetworkFacts>) => evaluate(EXTENDED_NETWORK_RULES, { ...XN, ...c }, 'p').map((v) => `${v.ruleId}${v.severity === 'warning' ? '!' : ''} ${v.attribute}`);

describe('Extended Network rules on facts', () => {
  test.each<[Partial<ExtendedNetworkFacts>, string[]]>([
    [{}, []],
    [{ imageSupportsExtendedNetwork: false }, ['XNET-IMAGE image']],
    [{ size: 'Standard_B2ms' }, ['XNET-NESTED-VIRTUALIZATION size']],
    [{ size: 'Standard_M8ms' }, ['XNET-NESTED-VIRTUALIZATION-UNKNOWN! size']],
    [{ size: T('s') }, []],
    [{ extendedSubnet: { ...XN.extendedSubnet, name: 'gatewaysubnet' } }, ['XNET-SUBNETS extendedSubnet.name']],
    [{ extendedSubnet: { ...XN.extendedSubnet, id: 'r' } }, ['XNET-SUBNETS extendedSubnet']],
    [{ extendedSubnet: { ...XN.extendedSubnet, addressPrefix: '10.20.2.128/24' }, onPremisesSubnetPrefix: '10.20.2.0/24' }, ['XNET-SUBNETS extendedSubnet']],
    [{ extendedSubnet: { ...XN.extendedSubnet, addressPrefix: 'x' } }, ['XNET-SUBNETS extendedSubnet.addressPrefix']],
    [{ routableSubnet: { ...XN.routableSubnet, addressPrefix: T('p'), id: T('i'), name: T('n') } }, []],
    [{ onPremisesSubnetPrefix: '10.10.1.0/25' }, ['XNET-PREFIX-MATCH extendedSubnet.addressPrefix']],
    [{ onPremisesSubnetPrefix: '10.10.1.9/24' }, []],
    [{ onPremisesSubnetPrefix: 'x' }, ['XNET-PREFIX-MATCH onPremisesSubnetPrefix']],
    [{ onPremisesSubnetPrefix: T('o') }, []],
    [{ extendedAddresses: Array(250).fill('10.10.1.5') }, []],
    [{ extendedAddresses: Array(251).fill('10.10.1.5') }, ['XNET-ADDRESSES extendedAddresses']],
    [{ extendedAddresses: ['10.10.2.1', 'x', T('a')] }, ['XNET-ADDRESSES extendedAddresses', 'XNET-ADDRESSES extendedAddresses']],
    [{ extendedAddresses: ['10.10.2.1'], onPremisesSubnetPrefix: T('o') }, []],
    [{ vxlanPort: 0 }, ['XNET-VXLAN vxlanPort']],
    [{ vxlanPort: 65535 }, []],
    [{ vxlanPort: 65536 }, ['XNET-VXLAN vxlanPort']],
    [{ vxlanPort: 1 }, []],
    [{ onPremisesApplianceAddress: '300.1.1.1' }, ['XNET-VXLAN onPremisesApplianceAddress']],
    [{ vxlanPort: 4789.5 }, ['XNET-VXLAN vxlanPort']],
    [{ onPremisesApplianceAddress: 5 as unknown as string }, ['XNET-VXLAN onPremisesApplianceAddress']],
  ])('%p → %p', (c, expected) => expect(xn(c)).toEqual(expected));

  test('messages', () => {
    expect(evaluate(EXTENDED_NETWORK_RULES, { ...XN, routableSubnet: { ...XN.routableSubnet, name: 'GatewaySubnet' }, size: 'Standard_A4_v2' }, 'p').map((v) => v.message)).toEqual([
      "size 'Standard_A4_v2' (A, Basic A, Av2 family) does not run nested virtualization",
      "the routable subnet 'GatewaySubnet' is the gateway subnet",
    ]);
    expect(evaluate(EXTENDED_NETWORK_RULES, { ...XN, extendedAddresses: ['10.10.2.1'], onPremisesApplianceAddress: 'x' }, 'p').map((v) => v.message)).toEqual([
      "extended address '10.10.2.1' is outside the extended subnet '10.10.1.0/24'",
      "on-premises appliance address 'x' is not an IPv4 address",
    ]);
    expect(notChecked(EXTENDED_NETWORK_RULES, { ...XN, vxlanPort: T('v') }, 'p').map((v) => v.ruleId)).toEqual(['XNET-VXLAN']);
    expect(evaluate(EXTENDED_NETWORK_RULES, { ...XN, extendedAddresses: ['10.10.1.300', 5 as unknown as string] }, 'p').map((v) => v.message)).toEqual([
      "extended address '10.10.1.300' is not an IPv4 address",
      'extended address 5 is not an IPv4 address',
    ]);
    // the on-premises prefix matters to the address rule only when there are addresses
    const unknownPrefix = (extendedAddresses: ExtendedNetworkFacts['extendedAddresses']) =>
      notChecked(EXTENDED_NETWORK_RULES, { ...XN, extendedAddresses, onPremisesSubnetPrefix: T('o') }, 'p').map((v) => `${v.ruleId} ${v.attribute}`);
    expect(unknownPrefix([])).toEqual(['XNET-PREFIX-MATCH onPremisesSubnetPrefix']);
    expect(unknownPrefix(['10.10.1.5', T('a')])).toEqual(['XNET-PREFIX-MATCH onPremisesSubnetPrefix', 'XNET-ADDRESSES extendedAddresses[1], onPremisesSubnetPrefix']);
  });
});

describe('checker-only rules on facts', () => {
  const rule: NsgRuleFacts = { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', destinationPorts: ['445'], sources: ['Internet'] };
  test.each<[Partial<NsgRuleFacts>, string[]]>([
    [{}, ['NET-SMB-FROM-INTERNET']],
    [{ destinationPorts: ['3389'] }, ['NET-RDP-FROM-INTERNET']],
    [{ destinationPorts: ['*'] }, ['NET-SMB-FROM-INTERNET', 'NET-RDP-FROM-INTERNET']],
    [{ destinationPorts: ['400-500'] }, ['NET-SMB-FROM-INTERNET']],
    [{ destinationPorts: ['446-500'] }, []],
    [{ destinationPorts: ['100-445'] }, ['NET-SMB-FROM-INTERNET']],
    [{ destinationPorts: [T('p')] }, []],
    [{ sources: ['0.0.0.0/0'] }, ['NET-SMB-FROM-INTERNET']],
    [{ sources: ['ANY'] }, ['NET-SMB-FROM-INTERNET']],
    [{ sources: ['10.0.0.0/8', '*'] }, ['NET-SMB-FROM-INTERNET']],
    [{ sources: ['10.0.0.0/8'] }, []],
    [{ protocol: 'Udp' }, []],
    [{ protocol: '*' }, ['NET-SMB-FROM-INTERNET']],
    [{ access: 'Deny' }, []],
    [{ direction: 'Outbound' }, []],
    [{ direction: 'inbound', access: 'allow', protocol: 'tcp' }, ['NET-SMB-FROM-INTERNET']],
    [{ direction: T('d') }, []],
  ])('%p → %p', (c, expected) => expect(evaluate(NETWORK_RULES, { ...rule, ...c }, 'p').map((v) => v.ruleId)).toEqual(expected));

  const ss: ScaleSetFacts = {
    imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core' },
    size: 's', computerName: T('c'), adminPassword: 'expression', patchMode: 'AutomaticByPlatform', patchAssessmentMode: 'ImageDefault', hotpatchingEnabled: true, bypassPlatformSafetyChecks: false,
    provisionVmAgent: true, allowExtensionOperations: true, automaticUpdatesEnabled: true, secureBootEnabled: false, vtpmEnabled: false, orchestration: 'Flexible', extensionTypes: ['ApplicationHealthWindows'],
  };
  test.each<[Partial<ScaleSetFacts>, string[]]>([
    [{}, []],
    // a Uniform scale set on a hotpatch-capable image is valid: only hotpatching is refused
    [{ orchestration: 'Uniform', hotpatchingEnabled: false, patchMode: T('p') }, []],
    [{ orchestration: 'Uniform', hotpatchingEnabled: true }, ['VMSS-UNIFORM-HOTPATCH']],
    [{ orchestration: 'Uniform', hotpatchingEnabled: T('h') }, []],
    [{ orchestration: 'Uniform', hotpatchingEnabled: false, extensionTypes: [], patchMode: T('p') }, []],
    [{ hotpatchingEnabled: false }, ['VMSS-FLEX-HOTPATCH']],
    [{ extensionTypes: ['CustomScriptExtension'] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    [{ extensionTypes: ['ApplicationHealthLinux'] }, []],
    [{ extensionTypes: [T('t')] }, []],
    [{ imageReference: { ...ss.imageReference!, sku: T('s') }, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', extensionTypes: [] }, []],
    [{ extensionTypes: [T('t'), 'CustomScriptExtension'] }, []],
    [{ extensionTypes: ['CustomScriptExtension', 'ApplicationHealthWindows'] }, []],
    [{ extensionTypes: ['XApplicationHealthWindows'] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    [{ extensionTypes: ['ApplicationHealthWindowsX'] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    // platform patching on any image needs the health extension; by OS on a plain image does not
    [{ imageReference: { ...ss.imageReference!, sku: '2022-datacenter-g2' }, hotpatchingEnabled: false, extensionTypes: [] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    [{ imageId: '/x', imageReference: undefined, hotpatchingEnabled: false, extensionTypes: [] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    [{ imageReference: { ...ss.imageReference!, sku: '2022-datacenter-g2' }, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', extensionTypes: [] }, []],
    [{ imageReference: { ...ss.imageReference!, sku: '2022-datacenter-g2' }, hotpatchingEnabled: false, patchMode: T('p'), extensionTypes: [] }, []],
    // a hotpatch image needs it whatever the patch mode (the patch mode itself is WIN-HOTPATCH-IMAGE-PATCH-MODE's)
    [{ patchMode: 'Manual', extensionTypes: [] }, ['VMSS-FLEX-HEALTH-EXTENSION']],
    [{ orchestration: 'Uniform', hotpatchingEnabled: false, patchMode: 'AutomaticByPlatform', extensionTypes: [] }, []],
    // a custom image id wins over a reference (Terraform refuses both): not a hotpatch image
    [{ imageId: '/x', hotpatchingEnabled: false, patchMode: 'AutomaticByOS', extensionTypes: [] }, []],
  ])('%p → %p', (c, expected) => expect(evaluate(SCALE_SET_RULES, { ...ss, ...c }, 'p').map((v) => v.ruleId)).toEqual(expected));

  test('scale set messages', () => {
    const [uniform] = evaluate(SCALE_SET_RULES, { ...ss, orchestration: 'Uniform' }, 'p');
    expect([uniform.attribute, uniform.message, uniform.value, uniform.allowed, uniform.fix]).toEqual([
      'hotpatching_enabled',
      'hotpatching is enabled (true) on a Uniform scale set, which cannot hotpatch',
      'true',
      ['false'],
      'use azurerm_orchestrated_virtual_machine_scale_set (Flexible orchestration) to hotpatch',
    ]);
    const [off, health] = evaluate(SCALE_SET_RULES, { ...ss, hotpatchingEnabled: false, extensionTypes: ['CustomScriptExtension'] }, 'p');
    expect([off.attribute, off.message, off.value, off.allowed, off.fix]).toEqual(['hotpatching_enabled', "hotpatching is off (false) on hotpatch image '2022-datacenter-azure-edition-core'", 'false', ['true'], 'set hotpatching_enabled = true']);
    expect([health.attribute, health.message, health.value, health.fix]).toEqual([
      'extension',
      "no application health extension on a Flexible scale set with patch mode 'AutomaticByPlatform' (extension types: CustomScriptExtension)",
      'CustomScriptExtension',
      "add an extension block of type 'ApplicationHealthWindows' (publisher Microsoft.ManagedServices)",
    ]);
    expect(evaluate(SCALE_SET_RULES, { ...ss, patchMode: 'Manual', extensionTypes: [] }, 'p')[0].message).toBe("no application health extension on a Flexible scale set with hotpatch image '2022-datacenter-azure-edition-core' (extension types: none)");
    expect(evaluate(SCALE_SET_RULES, { ...ss, extensionTypes: [] }, 'p')[0].value).toBe('none');
    expect(evaluate(SCALE_SET_RULES, { ...ss, extensionTypes: ['CustomScriptExtension', 'AzureMonitorWindowsAgent'] }, 'p')[0].value).toBe('CustomScriptExtension, AzureMonitorWindowsAgent');
  });
});

describe('violations', () => {
  // V8 (Node.js 20) gives an object literal that opens with a spread and then sets properties a hidden class of its own
  // each time: a checker's hundreds of thousands of findings each carried one (slow to read, and memory to collect)
  test('of one rule share one hidden class', () => {
    const rule: Rule<number> = { id: 'T-1', severity: 'error', title: 't', source: 's', doc: 'd', check: (n: number) => [{ attribute: 'a', message: `value ${n}`, value: `${n}`, fix: 'f' }] };
    expect(ownHiddenClasses((i) => evaluateRules([rule], i, `r.${i}`)[0])).toBe(0);
  });
});
