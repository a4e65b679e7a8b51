"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nsgRules = nsgRules;
exports.openToInternet = openToInternet;
exports.inboundVerdict = inboundVerdict;
const terraform_json_1 = require("./terraform-json");
/** Every NSG rule of a synthesized stack: standalone rules and rules inline in NSGs. */
function nsgRules(json) {
    return [...(0, terraform_json_1.resourcesOfType)(json, 'azurerm_network_security_rule'), ...(0, terraform_json_1.resourcesOfType)(json, 'azurerm_network_security_group').flatMap((g) => g.security_rule ?? [])];
}
const portsOf = (r) => [r.destination_port_range, ...(r.destination_port_ranges ?? [])].filter((p) => p !== undefined);
const sourcesOf = (r) => [r.source_address_prefix, ...(r.source_address_prefixes ?? [])].filter((p) => p !== undefined);
function portCovers(range, port) {
    if (range === '*')
        return true;
    const [lo, hi] = range.split('-').map(Number);
    return hi === undefined ? lo === port : lo <= port && port <= hi;
}
/** Inbound allow rules that open a TCP port to the whole Internet. */
function openToInternet(json, port) {
    return nsgRules(json).filter((r) => r.direction === 'Inbound' &&
        r.access === 'Allow' &&
        ['Tcp', '*'].includes(r.protocol) &&
        portsOf(r).some((p) => portCovers(p, port)) &&
        sourcesOf(r).some((s) => ['*', 'Internet', '0.0.0.0/0', 'Any'].includes(s)));
}
/** Azure's default inbound rules of every NSG (priorities 65000-65500). */
const DEFAULT_INBOUND = [
    { priority: 65000, access: 'Allow', protocol: '*', destination_port_range: '*', source_address_prefix: 'VirtualNetwork' },
    { priority: 65001, access: 'Allow', protocol: '*', destination_port_range: '*', source_address_prefix: 'AzureLoadBalancer' },
    { priority: 65500, access: 'Deny', protocol: '*', destination_port_range: '*', source_address_prefix: '*' },
];
const ipv4 = (s) => s.split('.').reduce((n, p) => n * 256 + Number(p), 0);
/** Whether a rule's source prefix covers a source: a service tag by name, an IPv4 address by CIDR. */
function sourceCovers(prefix, source) {
    if (prefix === '*' || prefix === source)
        return true;
    const m = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?$/.exec(prefix);
    if (!m || !/^\d+\.\d+\.\d+\.\d+$/.test(source))
        return false;
    const size = 2 ** (32 - Number(m[2] ?? 32));
    return Math.floor(ipv4(m[1]) / size) === Math.floor(ipv4(source) / size);
}
/**
 * What Azure does with an inbound packet (protocol, destination port, source tag or IPv4 address), evaluating the
 * synthesized inbound rules and the default ones by priority, the lowest number first.
 */
function inboundVerdict(json, protocol, port, source) {
    const rules = [...nsgRules(json).filter((r) => r.direction === 'Inbound'), ...DEFAULT_INBOUND].sort((a, b) => a.priority - b.priority);
    const hit = rules.find((r) => (r.protocol === '*' || r.protocol === protocol) && portsOf(r).some((p) => portCovers(p, port)) && sourcesOf(r).some((s) => sourceCovers(s, source)));
    return hit.access;
}
