import fc from 'fast-check';
import { MODEL_SKUS } from '../model/azure-edition-facts';
import { NESTED_SIZES, NO_NESTED_SIZES, UNKNOWN_NESTED_SIZES, XnetConfig } from '../model/extended-network-model';
import { CLIENT_AUTH, IP_NAMES, NOT_FQDN_NAMES, SERVER_AUTH, SmbConfig, VALID_HASH, VALID_NAMES } from '../model/smb-model';

const mostly = <T>(valid: readonly T[], invalid: readonly T[], weight = 6): fc.Arbitrary<T> =>
  fc.oneof({ weight, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
const opt = <T>(arb: fc.Arbitrary<T>, unset = 3): fc.Arbitrary<T | undefined> => fc.oneof({ weight: unset, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const dropUndefined = <T extends object>(c: T): T => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as T;
const image = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...MODEL_SKUS) }, { weight: 1, arbitrary: fc.constant('custom') });

const certificate: fc.Arbitrary<SmbConfig['certificate']> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'existing' as const }) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        kind: fc.constant('new' as const),
        keyType: mostly(['EC', 'EC-HSM', 'RSA', 'RSA-HSM'], ['DSA', 'ec']),
        keySize: opt(mostly([2048, 3072, 4096], [1024, 512])),
        curve: opt(mostly(['P-256', 'P-384', 'P-521'], ['P-256K', 'secp256r1'])),
        extendedKeyUsage: opt(mostly([[SERVER_AUTH], [SERVER_AUTH, CLIENT_AUTH]], [[CLIENT_AUTH], []])),
        keyUsage: opt(mostly([['digitalSignature'], ['digitalSignature', 'keyEncipherment']], [['keyEncipherment'], []])),
      })
      .map(dropUndefined),
  },
);

/** The whole input space of SmbOverQuic. */
export const smbConfig: fc.Arbitrary<SmbConfig> = fc
  .record({
    sku: image,
    serverNames: fc.oneof(
      { weight: 8, arbitrary: fc.subarray(VALID_NAMES, { minLength: 1 }) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...VALID_NAMES, ...IP_NAMES, ...NOT_FQDN_NAMES), { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom(...VALID_NAMES).map((n) => [n, n.toUpperCase()]) },
    ),
    certificate,
    clientAccessControl: opt(fc.record({ allowed: fc.array(mostly([VALID_HASH, 'B'.repeat(64)], ['abc', 'z'.repeat(64), 'a'.repeat(40)]), { maxLength: 2 }) })),
    sources: mostly([['Internet'], ['VirtualNetwork'], ['*'], ['203.0.113.0/24'], ['203.0.113.0/24', '198.51.100.7/32'], ['2001:db8::/32', '203.0.113.7']], [[], ['Internet', '203.0.113.0/24'], ['10.0.0.0/8', 'AzureLoadBalancer'], ['*', '*']], 8),
    kdcProxy: opt(fc.boolean(), 2),
    wacPort: opt(fc.constantFrom(443, 6516)),
    vault: opt(mostly<'enabled' | 'disabled' | 'data' | 'outside'>(['enabled', 'data', 'outside'], ['disabled']), 1),
    automanage: opt(fc.boolean(), 2),
  })
  .map(dropUndefined);

const VALID_SUBNETS = { routable: { id: 'sn-routable', name: 'snet-appliance', prefix: '10.20.2.0/24' }, extended: { id: 'sn-extended', name: 'snet-extended', prefix: '10.10.1.0/24' } };
const subnets = mostly(
  [VALID_SUBNETS],
  [
    { routable: VALID_SUBNETS.routable, extended: VALID_SUBNETS.routable },
    { routable: { id: 'sn-gw', name: 'GatewaySubnet', prefix: '10.20.255.0/27' }, extended: VALID_SUBNETS.extended },
    { routable: VALID_SUBNETS.routable, extended: { id: 'sn-other', name: 'snet-other', prefix: '10.20.2.0/24' } },
    { routable: { ...VALID_SUBNETS.routable, prefix: '10.20.2.0' }, extended: VALID_SUBNETS.extended },
  ],
);
const xnetImage = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...MODEL_SKUS.filter((s) => s.startsWith('2022-'))) },
  { weight: 2, arbitrary: fc.constantFrom(...MODEL_SKUS.filter((s) => s.startsWith('2025-'))) },
  { weight: 1, arbitrary: fc.constant('custom') },
);

const addresses = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.integer({ min: 1, max: 254 }).map((n) => `10.10.1.${n}`), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(250, 251).map((n) => Array.from({ length: n }, (_, i) => `10.10.1.${(i % 254) + 1}`)) },
  { weight: 1, arbitrary: fc.constantFrom(['10.10.2.5'], ['10.10.1.300'], ['not-an-ip']) },
);

/** The whole input space of AzureExtendedNetwork. */
export const xnetConfig: fc.Arbitrary<XnetConfig> = fc
  .record({
    sku: xnetImage,
    size: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NESTED_SIZES) }, { weight: 1, arbitrary: fc.constantFrom(...NO_NESTED_SIZES, ...UNKNOWN_NESTED_SIZES) }),
    subnets,
    onPremPrefix: mostly(['10.10.1.0/24', '10.10.1.7/24'], ['10.10.0.0/16', '10.10.1.0', 'x']),
    applianceAddress: mostly(['192.168.50.10'], ['192.168.50.300', 'onprem.contoso.com']),
    vxlanPort: opt(mostly([4789, 4790], [0, 70000, 4789.5])),
    extendedAddresses: addresses,
  })
  .map(({ subnets: s, ...rest }) => dropUndefined({ ...rest, routable: s.routable, extended: s.extended }) as XnetConfig);
