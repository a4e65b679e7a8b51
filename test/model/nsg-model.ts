/**
 * Test-side model of the NSG rule facts, written from the fact sheet: SMB (TCP 445) never from the Internet (A3),
 * RDP (TCP 3389) never from the Internet (the management ports policy), and service tags only in the singular
 * prefix fields (C4).
 */
export interface NsgRuleConfig {
  direction: string;
  access: string;
  protocol: string;
  destinationPortRange?: string;
  destinationPortRanges?: string[];
  sourceAddressPrefix?: string;
  sourceAddressPrefixes?: string[];
  destinationAddressPrefix?: string;
  destinationAddressPrefixes?: string[];
}

const INTERNET = ['*', 'Internet', '0.0.0.0/0', 'Any', '::/0'];

function covers(range: string, port: number): boolean {
  if (range === '*') return true;
  const [lo, hi] = range.split('-').map(Number);
  return hi === undefined ? lo === port : lo <= port && port <= hi;
}

const addressOrCidr = (p: string) => /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(p) || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*(\/\d{1,3})?$/.test(p);

/** Rule ids an NSG rule must be refused with. */
export function expectedNsgErrors(r: NsgRuleConfig): string[] {
  const ids = new Set<string>();
  const ports = [r.destinationPortRange, ...(r.destinationPortRanges ?? [])].filter((p): p is string => p !== undefined);
  const sources = [r.sourceAddressPrefix, ...(r.sourceAddressPrefixes ?? [])].filter((p): p is string => p !== undefined);
  const fromInternet = r.direction === 'Inbound' && r.access === 'Allow' && ['Tcp', '*'].includes(r.protocol) && sources.some((s) => INTERNET.includes(s));
  if (fromInternet && ports.some((p) => covers(p, 445))) ids.add('NET-SMB-FROM-INTERNET');
  if (fromInternet && ports.some((p) => covers(p, 3389))) ids.add('NET-RDP-FROM-INTERNET');
  if ([...(r.sourceAddressPrefixes ?? []), ...(r.destinationAddressPrefixes ?? [])].some((p) => !addressOrCidr(p))) ids.add('NET-PREFIX-LIST-TAG');
  return [...ids].sort();
}
