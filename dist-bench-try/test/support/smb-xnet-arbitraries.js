"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.xnetConfig = exports.smbConfig = void 0;
const fast_check_1 = __importDefault(require("fast-check"));
const azure_edition_facts_1 = require("../model/azure-edition-facts");
const extended_network_model_1 = require("../model/extended-network-model");
const smb_model_1 = require("../model/smb-model");
const mostly = (valid, invalid, weight = 6) => fast_check_1.default.oneof({ weight, arbitrary: fast_check_1.default.constantFrom(...valid) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...invalid) });
const opt = (arb, unset = 3) => fast_check_1.default.oneof({ weight: unset, arbitrary: fast_check_1.default.constant(undefined) }, { weight: 1, arbitrary: arb });
const dropUndefined = (c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
const image = fast_check_1.default.oneof({ weight: 10, arbitrary: fast_check_1.default.constantFrom(...azure_edition_facts_1.MODEL_SKUS) }, { weight: 1, arbitrary: fast_check_1.default.constant('custom') });
const certificate = fast_check_1.default.oneof({ weight: 1, arbitrary: fast_check_1.default.constant({ kind: 'existing' }) }, {
    weight: 3,
    arbitrary: fast_check_1.default
        .record({
        kind: fast_check_1.default.constant('new'),
        keyType: mostly(['EC', 'EC-HSM', 'RSA', 'RSA-HSM'], ['DSA', 'ec']),
        keySize: opt(mostly([2048, 3072, 4096], [1024, 512])),
        curve: opt(mostly(['P-256', 'P-384', 'P-521'], ['P-256K', 'secp256r1'])),
        extendedKeyUsage: opt(mostly([[smb_model_1.SERVER_AUTH], [smb_model_1.SERVER_AUTH, smb_model_1.CLIENT_AUTH]], [[smb_model_1.CLIENT_AUTH], []])),
        keyUsage: opt(mostly([['digitalSignature'], ['digitalSignature', 'keyEncipherment']], [['keyEncipherment'], []])),
    })
        .map(dropUndefined),
});
/** The whole input space of SmbOverQuic. */
exports.smbConfig = fast_check_1.default
    .record({
    sku: image,
    serverNames: fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.subarray(smb_model_1.VALID_NAMES, { minLength: 1 }) }, { weight: 1, arbitrary: fast_check_1.default.array(fast_check_1.default.constantFrom(...smb_model_1.VALID_NAMES, ...smb_model_1.IP_NAMES, ...smb_model_1.NOT_FQDN_NAMES), { maxLength: 3 }) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...smb_model_1.VALID_NAMES).map((n) => [n, n.toUpperCase()]) }),
    certificate,
    clientAccessControl: opt(fast_check_1.default.record({ allowed: fast_check_1.default.array(mostly([smb_model_1.VALID_HASH, 'B'.repeat(64)], ['abc', 'z'.repeat(64), 'a'.repeat(40)]), { maxLength: 2 }) })),
    sources: mostly([['Internet'], ['VirtualNetwork'], ['*'], ['203.0.113.0/24'], ['203.0.113.0/24', '198.51.100.7/32'], ['2001:db8::/32', '203.0.113.7']], [[], ['Internet', '203.0.113.0/24'], ['10.0.0.0/8', 'AzureLoadBalancer'], ['*', '*']], 8),
    kdcProxy: opt(fast_check_1.default.boolean(), 2),
    wacPort: opt(fast_check_1.default.constantFrom(443, 6516)),
    vault: opt(mostly(['enabled', 'data', 'outside'], ['disabled']), 1),
    automanage: opt(fast_check_1.default.boolean(), 2),
})
    .map(dropUndefined);
const VALID_SUBNETS = { routable: { id: 'sn-routable', name: 'snet-appliance', prefix: '10.20.2.0/24' }, extended: { id: 'sn-extended', name: 'snet-extended', prefix: '10.10.1.0/24' } };
const subnets = mostly([VALID_SUBNETS], [
    { routable: VALID_SUBNETS.routable, extended: VALID_SUBNETS.routable },
    { routable: { id: 'sn-gw', name: 'GatewaySubnet', prefix: '10.20.255.0/27' }, extended: VALID_SUBNETS.extended },
    { routable: VALID_SUBNETS.routable, extended: { id: 'sn-other', name: 'snet-other', prefix: '10.20.2.0/24' } },
    { routable: { ...VALID_SUBNETS.routable, prefix: '10.20.2.0' }, extended: VALID_SUBNETS.extended },
]);
const xnetImage = fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.constantFrom(...azure_edition_facts_1.MODEL_SKUS.filter((s) => s.startsWith('2022-'))) }, { weight: 2, arbitrary: fast_check_1.default.constantFrom(...azure_edition_facts_1.MODEL_SKUS.filter((s) => s.startsWith('2025-'))) }, { weight: 1, arbitrary: fast_check_1.default.constant('custom') });
const addresses = fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.array(fast_check_1.default.integer({ min: 1, max: 254 }).map((n) => `10.10.1.${n}`), { maxLength: 5 }) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(250, 251).map((n) => Array.from({ length: n }, (_, i) => `10.10.1.${(i % 254) + 1}`)) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(['10.10.2.5'], ['10.10.1.300'], ['not-an-ip']) });
/** The whole input space of AzureExtendedNetwork. */
exports.xnetConfig = fast_check_1.default
    .record({
    sku: xnetImage,
    size: fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constantFrom(...extended_network_model_1.NESTED_SIZES) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...extended_network_model_1.NO_NESTED_SIZES, ...extended_network_model_1.UNKNOWN_NESTED_SIZES) }),
    subnets,
    onPremPrefix: mostly(['10.10.1.0/24', '10.10.1.7/24'], ['10.10.0.0/16', '10.10.1.0', 'x']),
    applianceAddress: mostly(['192.168.50.10'], ['192.168.50.300', 'onprem.contoso.com']),
    vxlanPort: opt(mostly([4789, 4790], [0, 70000, 4789.5])),
    extendedAddresses: addresses,
})
    .map(({ subnets: s, ...rest }) => dropUndefined({ ...rest, routable: s.routable, extended: s.extended }));
