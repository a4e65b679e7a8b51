import { resourcesOfType } from './terraform-json';

/** Every NSG rule of a synthesized stack: standalone rules and rules inline in NSGs. */
export function nsgRules(json: any): any[] {
  return [...resourcesOfType(json, 'azurerm_network_security_rule'), ...resourcesOfType(json, 'azurerm_network_security_group').flatMap((g) => g.security_rule ?? [])];
}

const portsOf = (r: any): string[] => [r.destination_port_range, ...(r.destination_port_ranges ?? [])].filter((p) => p !== undefined);
const sourcesOf = (r: any): string[] => [r.source_address_prefix, ...(r.source_address_prefixes ?? [])].filter((p) => p !== undefined);

function portCovers(range: string, port: number): boolean {
  if (range === '*') return true;
  const [lo, hi] = range.split('-').map(Number);
  return hi === undefined ? lo === port : lo <= port && port <= hi;
}

/** Inbound allow rules that open a TCP port to the whole Internet. */
export function openToInternet(json: any, port: number): any[] {
  return nsgRules(json).filter(
    (r) =>
      r.direction === 'Inbound' &&
      r.access === 'Allow' &&
      ['Tcp', '*'].includes(r.protocol) &&
      portsOf(r).some((p) => portCovers(p, port)) &&
      sourcesOf(r).some((s) => ['*', 'Internet', '0.0.0.0/0', 'Any'].includes(s)),
  );
}
