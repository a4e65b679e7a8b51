"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN_NESTED_SIZES = exports.NO_NESTED_SIZES = exports.NESTED_SIZES = void 0;
exports.expectedXnetErrors = expectedXnetErrors;
exports.expectedXnetWarnings = expectedXnetWarnings;
const azure_edition_facts_1 = require("./azure-edition-facts");
/** Sizes by what their size pages say of nested virtualization. */
exports.NESTED_SIZES = ['Standard_D4s_v5', 'Standard_D8ds_v5', 'Standard_E4s_v4', 'Standard_D4as_v5', 'Standard_F8s_v2', 'Standard_D4s_v3', 'Standard_D4_v3', 'Standard_E2_v3', 'standard_d2_v3'];
exports.NO_NESTED_SIZES = ['Standard_B2ms', 'Standard_A4_v2', 'Standard_DS2_v2', 'Standard_D4as_v4', 'Standard_DC2s_v2', 'Basic_A1', 'Standard_A4', 'Standard_A2_v2', 'Standard_A4m_v2', 'Standard_D2_v2'];
exports.UNKNOWN_NESTED_SIZES = ['Standard_NC6s_v3', 'Standard_M8ms', 'Standard_L8s_v3', 'Standard_D3'];
function cidr(s) {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(s);
    if (!m || m.slice(1, 5).some((p) => Number(p) > 255) || Number(m[5]) > 32)
        return undefined;
    const ip = m.slice(1, 5).reduce((n, p) => n * 256 + Number(p), 0);
    const len = Number(m[5]);
    const block = 2 ** (32 - len);
    return { net: Math.floor(ip / block) * block, len };
}
const ipv4 = (s) => /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.test(s) && s.split('.').every((p) => Number(p) <= 255 && String(Number(p)) === p);
const inside = (c, ip) => {
    const n = ip.split('.').reduce((a, p) => a * 256 + Number(p), 0);
    return Math.floor(n / 2 ** (32 - c.len)) * 2 ** (32 - c.len) === c.net;
};
/** Rule ids an Extended Network configuration must be refused with (fact sheet A4), then the appliance VM's. */
function expectedXnetErrors(c) {
    const ids = new Set();
    const image = c.sku === 'custom' ? undefined : azure_edition_facts_1.MODEL_IMAGES[c.sku];
    if (!image?.extendedNetwork)
        ids.add('XNET-IMAGE');
    if (exports.NO_NESTED_SIZES.includes(c.size))
        ids.add('XNET-NESTED-VIRTUALIZATION');
    const r = cidr(c.routable.prefix);
    const e = cidr(c.extended.prefix);
    if ([c.routable.name, c.extended.name].some((n) => n.toLowerCase() === 'gatewaysubnet'))
        ids.add('XNET-SUBNETS');
    if (c.routable.id === c.extended.id || (r && e && r.net === e.net && r.len === e.len))
        ids.add('XNET-SUBNETS');
    if (!r || !e)
        ids.add('XNET-SUBNETS');
    const o = cidr(c.onPremPrefix);
    if (!o || (e && !(e.net === o.net && e.len === o.len)))
        ids.add('XNET-PREFIX-MATCH');
    if (c.extendedAddresses.length > 250 || c.extendedAddresses.some((a) => !ipv4(a) || (o !== undefined && !inside(o, a))))
        ids.add('XNET-ADDRESSES');
    const port = c.vxlanPort ?? 4789;
    if (!Number.isInteger(port) || port < 1 || port > 65535 || !ipv4(c.applianceAddress))
        ids.add('XNET-VXLAN');
    // the appliance VM itself, reported in the same synth: Azure Edition images are generation 2, trusted launch is on
    // (C3: not on M, NC, ...)
    if (azure_edition_facts_1.GEN1_ONLY_SIZES.includes(c.size))
        ids.add('WIN-GEN2-SIZE');
    if ((0, azure_edition_facts_1.modelNoTrustedLaunch)(c.size))
        ids.add('WIN-TRUSTED-LAUNCH-SIZE');
    return [...ids].sort();
}
function expectedXnetWarnings(c) {
    return exports.UNKNOWN_NESTED_SIZES.includes(c.size) ? ['XNET-NESTED-VIRTUALIZATION-UNKNOWN'] : [];
}
