"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expectedNsgErrors = expectedNsgErrors;
const INTERNET = ['*', 'Internet', '0.0.0.0/0', 'Any', '::/0'];
function covers(range, port) {
    if (range === '*')
        return true;
    const [lo, hi] = range.split('-').map(Number);
    return hi === undefined ? lo === port : lo <= port && port <= hi;
}
const addressOrCidr = (p) => /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(p) || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*(\/\d{1,3})?$/.test(p);
/** Rule ids an NSG rule must be refused with. */
function expectedNsgErrors(r) {
    const ids = new Set();
    const ports = [r.destinationPortRange, ...(r.destinationPortRanges ?? [])].filter((p) => p !== undefined);
    const sources = [r.sourceAddressPrefix, ...(r.sourceAddressPrefixes ?? [])].filter((p) => p !== undefined);
    const fromInternet = r.direction === 'Inbound' && r.access === 'Allow' && ['Tcp', '*'].includes(r.protocol) && sources.some((s) => INTERNET.includes(s));
    if (fromInternet && ports.some((p) => covers(p, 445)))
        ids.add('NET-SMB-FROM-INTERNET');
    if (fromInternet && ports.some((p) => covers(p, 3389)))
        ids.add('NET-RDP-FROM-INTERNET');
    if ([...(r.sourceAddressPrefixes ?? []), ...(r.destinationAddressPrefixes ?? [])].some((p) => !addressOrCidr(p)))
        ids.add('NET-PREFIX-LIST-TAG');
    return [...ids].sort();
}
