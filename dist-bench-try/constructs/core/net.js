"use strict";
/** Small, dependency-free checks of network literals used by the rules. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isIpv4 = isIpv4;
exports.isIpv6 = isIpv6;
exports.isFqdn = isFqdn;
exports.parseCidr = parseCidr;
exports.ipv4ToNumber = ipv4ToNumber;
exports.networkOf = networkOf;
exports.sameNetwork = sameNetwork;
exports.cidrContains = cidrContains;
exports.isAddressPrefix = isAddressPrefix;
function isIpv4(s) {
    const parts = s.split('.');
    return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}
function isIpv6(s) {
    return s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s) && s.split('::').length <= 2;
}
/**
 * A fully qualified DNS name: at least two labels of 1-63 letters, digits or hyphens, not starting or ending with a
 * hyphen, 253 characters at most, and a top-level label that is not all digits (so an IPv4 address is not one).
 */
function isFqdn(s) {
    const name = s.endsWith('.') ? s.slice(0, -1) : s;
    if (name.length > 253)
        return false;
    const labels = name.split('.');
    if (labels.length < 2)
        return false;
    if (/^\d+$/.test(labels[labels.length - 1]))
        return false;
    return labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
}
/** Parses an IPv4 CIDR; undefined when it is not one. */
function parseCidr(s) {
    const m = /^([^/]+)\/(\d{1,2})$/.exec(s);
    if (!m || !isIpv4(m[1]) || Number(m[2]) > 32)
        return undefined;
    return { address: ipv4ToNumber(m[1]), prefix: Number(m[2]) };
}
function ipv4ToNumber(s) {
    return s.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}
/** The network address of a CIDR (host bits cleared). */
function networkOf(c) {
    const size = 2 ** (32 - c.prefix);
    return Math.floor(c.address / size) * size;
}
/** Whether two CIDRs denote the same network. */
function sameNetwork(a, b) {
    return a.prefix === b.prefix && networkOf(a) === networkOf(b);
}
function cidrContains(c, ip) {
    return isIpv4(ip) && networkOf({ address: ipv4ToNumber(ip), prefix: c.prefix }) === networkOf(c);
}
/** An IPv4 or IPv6 address, with or without a prefix length: what the plural NSG prefix fields accept. */
function isAddressPrefix(s) {
    const [address, length, ...rest] = s.split('/');
    if (rest.length > 0)
        return false;
    const max = isIpv4(address) ? 32 : isIpv6(address) ? 128 : -1;
    if (max < 0)
        return false;
    return length === undefined || (/^\d{1,3}$/.test(length) && Number(length) <= max);
}
