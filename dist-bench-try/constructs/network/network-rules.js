"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NETWORK_RULES = exports.NET_PREFIX_LIST_TAG = exports.NET_RDP_FROM_INTERNET = exports.NET_SMB_FROM_INTERNET = void 0;
const sources_1 = require("../core/sources");
const net_1 = require("../core/net");
const unknown_1 = require("../core/unknown");
const INTERNET = ['*', 'internet', '0.0.0.0/0', 'any', '::/0'];
const covering = (port) => (r) => {
    if (typeof r !== 'string')
        return false;
    if (r === '*')
        return true;
    const [lo, hi] = r.split('-').map(Number);
    return hi === undefined ? lo === port : lo <= port && port <= hi;
};
function opens(f, port, protocols) {
    if (typeof f.direction !== 'string' || f.direction.toLowerCase() !== 'inbound')
        return false;
    if (typeof f.access !== 'string' || f.access.toLowerCase() !== 'allow')
        return false;
    if (typeof f.protocol !== 'string' || !protocols.includes(f.protocol.toLowerCase()))
        return false;
    return f.destinationPorts.some(covering(port)) && f.sources.some((s) => typeof s === 'string' && INTERNET.includes(s.toLowerCase()));
}
const sourcesOf = (f) => f.sources.map(String).join(', ');
const openRule = (id, port, what, source) => ({
    id,
    severity: 'error',
    policy: true,
    title: `no inbound ${what} (TCP ${port}) from the Internet`,
    source,
    doc: `An NSG rule that allows TCP ${port} from any source or the Internet service tag exposes ${what} to the whole Internet.`,
    check: (f) => opens(f, port, ['tcp', '*'])
        ? [{ attribute: (f.destinationPortList ?? []).some(covering(port)) ? 'destination_port_ranges' : 'destination_port_range', message: `the rule allows TCP ${port} (${what}) from the Internet (sources ${sourcesOf(f)})`, value: sourcesOf(f), fix: `restrict the sources to known ranges, or use ${port === 445 ? 'SMB over QUIC (UDP 443)' : 'Azure Bastion or just-in-time access'}` }]
        : [],
});
exports.NET_SMB_FROM_INTERNET = openRule('NET-SMB-FROM-INTERNET', 445, 'SMB', sources_1.SOURCES.smbOverQuic);
exports.NET_RDP_FROM_INTERNET = openRule('NET-RDP-FROM-INTERNET', 3389, 'RDP', sources_1.SOURCES.managementPortsPolicy);
exports.NET_PREFIX_LIST_TAG = {
    id: 'NET-PREFIX-LIST-TAG',
    severity: 'error',
    title: 'the plural address prefix fields take IP addresses and CIDRs only; a service tag goes alone in the singular field',
    source: sources_1.SOURCES.azurermSecurityRule,
    doc: "source_address_prefixes and destination_address_prefixes accept IP addresses and CIDRs only: a service tag ('Internet', 'VirtualNetwork', " +
        "'AzureLoadBalancer', a regional tag) or '*' there is refused by Azure at apply with SecurityRuleParameterContainsUnsupportedValue. azurerm does not check it.",
    inputs: (f) => ({ sourcePrefixList: (f.sourcePrefixList ?? []).find((p) => !(0, unknown_1.isKnown)(p)), destinationPrefixList: (f.destinationPrefixList ?? []).find((p) => !(0, unknown_1.isKnown)(p)) }),
    check(f) {
        const out = [];
        for (const [attribute, list, singular] of [
            ['source_address_prefixes', f.sourcePrefixList ?? [], 'source_address_prefix'],
            ['destination_address_prefixes', f.destinationPrefixList ?? [], 'destination_address_prefix'],
        ]) {
            const tags = list.filter((p) => typeof p === 'string' && !(0, net_1.isAddressPrefix)(p));
            if (tags.length === 0)
                continue;
            out.push({
                attribute,
                message: `${attribute} holds ${tags.map((t) => `'${t}'`).join(', ')}, which ${tags.length === 1 ? 'is not an IP address or CIDR' : 'are not IP addresses or CIDRs'} (a service tag or '*')`,
                value: tags.map((t) => `'${t}'`).join(', '),
                fix: list.length === 1 ? `move '${tags[0]}' to ${singular}` : `put a service tag alone in ${singular} (one rule per tag), and only IP addresses or CIDRs in ${attribute}`,
            });
        }
        return out;
    },
};
/** The NSG rules' rules: SMB and RDP never open to the Internet, and prefixes in the fields that accept them. */
exports.NETWORK_RULES = [exports.NET_SMB_FROM_INTERNET, exports.NET_RDP_FROM_INTERNET, exports.NET_PREFIX_LIST_TAG];
