"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXTENDED_NETWORK_RULES = exports.XNET_GATEWAY = exports.XNET_GATEWAY_MESSAGE = exports.XNET_GATEWAY_TYPES = exports.XNET_VXLAN = exports.XNET_ADDRESSES = exports.XNET_PREFIX_MATCH = exports.XNET_SUBNETS = exports.XNET_NESTED_VIRTUALIZATION_UNKNOWN = exports.XNET_NESTED_VIRTUALIZATION = exports.XNET_IMAGE = void 0;
const net_1 = require("../core/net");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const nested_virtualization_1 = require("../windows/nested-virtualization");
const extended_network_facts_1 = require("./extended-network-facts");
const one = rule_1.findingIf;
exports.XNET_IMAGE = {
    id: 'XNET-IMAGE',
    severity: 'error',
    title: 'the appliance image supports Azure Extended Network',
    source: `${sources_1.SOURCES.automanageWindowsServer}; ${sources_1.SOURCES.extendedNetwork}`,
    doc: 'The Azure appliance is a Windows Server 2022 Azure Edition VM; nothing documents it on 2025.',
    check: (f) => one(!f.imageSupportsExtendedNetwork, () => ({ attribute: 'image', message: `image ${f.imageName} does not support Azure Extended Network`, value: f.imageName, fix: 'use a 2022 Azure Edition image (for example DATACENTER_2022_CORE)' })),
};
exports.XNET_NESTED_VIRTUALIZATION = {
    id: 'XNET-NESTED-VIRTUALIZATION',
    severity: 'error',
    title: 'the appliance size runs nested virtualization',
    source: `${sources_1.SOURCES.extendedNetwork}; ${nested_virtualization_1.NESTED_VIRTUALIZATION_SOURCE}`,
    doc: 'The appliance runs the Hyper-V role with two external virtual switches, so its size must support nested virtualization.',
    inputs: (f) => ({ size: f.size }),
    check(f) {
        if (!(0, unknown_1.isKnown)(f.size))
            return [];
        const s = (0, nested_virtualization_1.nestedVirtualizationSupport)(f.size);
        return one(s.supported === false, () => ({ attribute: 'size', message: `size '${f.size}' (${s.family} family) does not run nested virtualization`, value: `'${f.size}'`, fix: "choose a size with nested virtualization, such as 'Standard_D4s_v5'" }));
    },
};
exports.XNET_NESTED_VIRTUALIZATION_UNKNOWN = {
    id: 'XNET-NESTED-VIRTUALIZATION-UNKNOWN',
    severity: 'warning',
    title: 'the appliance size is not known to run nested virtualization',
    source: nested_virtualization_1.NESTED_VIRTUALIZATION_SOURCE,
    doc: 'The size is in neither list of the library; check its size series page.',
    check(f) {
        if (!(0, unknown_1.isKnown)(f.size))
            return [];
        return one((0, nested_virtualization_1.nestedVirtualizationSupport)(f.size).supported === undefined, () => ({ attribute: 'size', message: `size '${f.size}' is not known to support nested virtualization`, value: `'${f.size}'`, fix: 'check "Nested Virtualization" on the size series page' }));
    },
};
exports.XNET_SUBNETS = {
    id: 'XNET-SUBNETS',
    severity: 'error',
    title: 'two distinct subnets besides the gateway subnet: routable and extended',
    source: sources_1.SOURCES.extendedNetwork,
    doc: 'The VNet needs at least two subnets besides gateway subnets; the first NIC is in the routable one, the second in the extended one.',
    inputs: (f) => ({ 'routableSubnet.id': f.routableSubnet.id, 'routableSubnet.name': f.routableSubnet.name, 'routableSubnet.addressPrefix': f.routableSubnet.addressPrefix, 'extendedSubnet.id': f.extendedSubnet.id, 'extendedSubnet.name': f.extendedSubnet.name, 'extendedSubnet.addressPrefix': f.extendedSubnet.addressPrefix }),
    check(f) {
        const out = [];
        const r = f.routableSubnet;
        const e = f.extendedSubnet;
        for (const [role, s] of [['routable', r], ['extended', e]]) {
            if ((0, unknown_1.isKnown)(s.name) && String(s.name).toLowerCase() === extended_network_facts_1.GATEWAY_SUBNET_NAME.toLowerCase()) {
                out.push({ attribute: `${role}Subnet.name`, message: `the ${role} subnet ${(0, rule_1.show)(s.name)} is the gateway subnet`, value: (0, rule_1.show)(s.name), fix: 'use a subnet other than GatewaySubnet' });
            }
        }
        const same = ((0, unknown_1.isKnown)(r.id) && (0, unknown_1.isKnown)(e.id) && r.id === e.id) ||
            ((0, unknown_1.isKnown)(r.addressPrefix) && (0, unknown_1.isKnown)(e.addressPrefix) && (() => {
                const a = (0, net_1.parseCidr)(String(r.addressPrefix));
                const b = (0, net_1.parseCidr)(String(e.addressPrefix));
                return a !== undefined && b !== undefined && (0, net_1.sameNetwork)(a, b);
            })());
        if (same)
            out.push({ attribute: 'extendedSubnet', message: `the extended subnet ${(0, rule_1.show)(e.addressPrefix)} is the routable subnet`, value: (0, rule_1.show)(e.addressPrefix), fix: 'put the second network interface in its own subnet' });
        for (const [role, s] of [['routable', r], ['extended', e]]) {
            if ((0, unknown_1.isKnown)(s.addressPrefix) && !(0, net_1.parseCidr)(String(s.addressPrefix)))
                out.push({ attribute: `${role}Subnet.addressPrefix`, message: `${role} subnet prefix ${(0, rule_1.show)(s.addressPrefix)} is not an IPv4 CIDR`, value: (0, rule_1.show)(s.addressPrefix), fix: "use a CIDR such as '10.0.2.0/24'" });
        }
        return out;
    },
};
exports.XNET_PREFIX_MATCH = {
    id: 'XNET-PREFIX-MATCH',
    severity: 'error',
    title: 'the extended subnet has the on-premises subnet\'s CIDR',
    source: sources_1.SOURCES.extendedNetwork,
    doc: 'One Azure subnet uses the same CIDR as the on-premises subnet it extends.',
    inputs: (f) => ({ onPremisesSubnetPrefix: f.onPremisesSubnetPrefix, 'extendedSubnet.addressPrefix': f.extendedSubnet.addressPrefix }),
    check(f) {
        const e = f.extendedSubnet.addressPrefix;
        const o = f.onPremisesSubnetPrefix;
        if (!(0, unknown_1.isKnown)(o))
            return [];
        const onPrem = (0, net_1.parseCidr)(String(o));
        if (!onPrem)
            return [{ attribute: 'onPremisesSubnetPrefix', message: `on-premises subnet ${(0, rule_1.show)(o)} is not an IPv4 CIDR`, value: (0, rule_1.show)(o), fix: "use a CIDR such as '10.10.1.0/24'" }];
        if (!(0, unknown_1.isKnown)(e))
            return [];
        const ext = (0, net_1.parseCidr)(String(e));
        return one(ext !== undefined && !(0, net_1.sameNetwork)(ext, onPrem), () => ({ attribute: 'extendedSubnet.addressPrefix', message: `extended subnet ${(0, rule_1.show)(e)} differs from the on-premises subnet ${(0, rule_1.show)(o)}`, value: (0, rule_1.show)(e), allowed: [String(o)], fix: 'give the extended azure subnet exactly the on-premises CIDR' }));
    },
};
exports.XNET_ADDRESSES = {
    id: 'XNET-ADDRESSES',
    severity: 'error',
    title: 'at most 250 addresses extended, each in the extended subnet',
    source: sources_1.SOURCES.extendedNetwork,
    doc: 'Azure Extended Network extends up to 250 addresses per subnet.',
    inputs: (f) => ({
        extendedAddresses: f.extendedAddresses,
        ...(0, rule_1.listInputs)('extendedAddresses', f.extendedAddresses),
        // the subnet the addresses must be in matters only when there are addresses
        ...((0, unknown_1.isKnown)(f.extendedAddresses) && f.extendedAddresses.length > 0 ? { onPremisesSubnetPrefix: f.onPremisesSubnetPrefix } : {}),
    }),
    check(f) {
        const out = [];
        if (!(0, unknown_1.isKnown)(f.extendedAddresses))
            return out;
        if (f.extendedAddresses.length > extended_network_facts_1.MAX_EXTENDED_ADDRESSES) {
            out.push({ attribute: 'extendedAddresses', message: `${f.extendedAddresses.length} addresses are extended, more than ${extended_network_facts_1.MAX_EXTENDED_ADDRESSES}`, value: String(f.extendedAddresses.length), fix: `extend at most ${extended_network_facts_1.MAX_EXTENDED_ADDRESSES} addresses` });
        }
        const cidr = (0, unknown_1.isKnown)(f.onPremisesSubnetPrefix) ? (0, net_1.parseCidr)(String(f.onPremisesSubnetPrefix)) : undefined;
        for (const a of f.extendedAddresses) {
            if (!(0, unknown_1.isKnown)(a))
                continue;
            if (typeof a !== 'string' || !(0, net_1.isIpv4)(a))
                out.push({ attribute: 'extendedAddresses', message: `extended address ${(0, rule_1.show)(a)} is not an IPv4 address`, value: (0, rule_1.show)(a), fix: 'list IPv4 addresses' });
            else if (cidr && !(0, net_1.cidrContains)(cidr, a))
                out.push({ attribute: 'extendedAddresses', message: `extended address ${(0, rule_1.show)(a)} is outside the extended subnet ${(0, rule_1.show)(f.onPremisesSubnetPrefix)}`, value: (0, rule_1.show)(a), fix: 'list addresses of the extended subnet only' });
        }
        return out;
    },
};
exports.XNET_VXLAN = {
    id: 'XNET-VXLAN',
    severity: 'error',
    title: 'VXLAN runs on a valid UDP port between the two appliances',
    source: sources_1.SOURCES.extendedNetwork,
    doc: 'The appliances talk VXLAN over UDP (4789 by default); the on-premises appliance address is needed to allow it from that peer only.',
    inputs: (f) => ({ vxlanPort: f.vxlanPort, onPremisesApplianceAddress: f.onPremisesApplianceAddress }),
    check(f) {
        const out = [];
        const p = f.vxlanPort;
        if ((0, unknown_1.isKnown)(p) && !(Number.isInteger(p) && p >= 1 && p <= 65535))
            out.push({ attribute: 'vxlanPort', message: `VXLAN port ${(0, rule_1.show)(p)} is not a UDP port`, value: (0, rule_1.show)(p), fix: 'use 4789 (the default) or another port from 1 to 65535' });
        const a = f.onPremisesApplianceAddress;
        if ((0, unknown_1.isKnown)(a) && !(typeof a === 'string' && (0, net_1.isIpv4)(a)))
            out.push({ attribute: 'onPremisesApplianceAddress', message: `on-premises appliance address ${(0, rule_1.show)(a)} is not an IPv4 address`, value: (0, rule_1.show)(a), fix: 'give the routable IPv4 address of the on-premises appliance' });
        return out;
    },
};
exports.XNET_GATEWAY_TYPES = ['Vpn', 'ExpressRoute'];
exports.XNET_GATEWAY_MESSAGE = '[XNET-GATEWAY] the virtual network gateway must exist and be a site-to-site VPN or ExpressRoute gateway.';
exports.XNET_GATEWAY = {
    id: 'XNET-GATEWAY',
    severity: 'error',
    title: 'the VNet has a site-to-site VPN or ExpressRoute gateway',
    source: sources_1.SOURCES.extendedNetwork,
    doc: 'Whether the gateway exists is only known at plan: the construct reads it with a data source (which fails when it is missing) and a postcondition on its type.',
    check: () => [],
};
/** The rules of the Azure side of an Azure Extended Network appliance. */
exports.EXTENDED_NETWORK_RULES = [
    exports.XNET_IMAGE,
    exports.XNET_NESTED_VIRTUALIZATION,
    exports.XNET_SUBNETS,
    exports.XNET_PREFIX_MATCH,
    exports.XNET_ADDRESSES,
    exports.XNET_VXLAN,
    exports.XNET_GATEWAY,
    exports.XNET_NESTED_VIRTUALIZATION_UNKNOWN,
];
