import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { NETWORK_RULES, NsgRuleFacts, Unknown } from '../../constructs/rules';
import { notChecked } from '../../constructs/core/rule';
import { evaluateWellFormed } from '../support/finding-contract';
import { configureSeed, runs } from '../support/seed';

configureSeed('nsg-rules.property');

/**
 * Test-side model of "this NSG rule opens a TCP port to the whole Internet" (security baseline: no inbound RDP or
 * SMB from the Internet): inbound, allow, TCP or any protocol, a port range that covers the port, and a source that
 * is the Internet (any address, the Internet tag, 0.0.0.0/0 or ::/0). Unknown values never count.
 */
const INTERNET_SOURCES = new Set(['*', 'internet', 'any', '0.0.0.0/0', '::/0']);
function modelOpens(r: NsgRuleFacts, port: number): boolean {
  const text = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);
  const covers = (range: unknown) => {
    if (typeof range !== 'string') return false;
    if (range === '*') return true;
    const m = /^(\d+)(?:-(\d+))?$/.exec(range);
    return m !== null && Number(m[1]) <= port && port <= Number(m[2] ?? m[1]);
  };
  return (
    text(r.direction) === 'inbound' &&
    text(r.access) === 'allow' &&
    ['tcp', '*'].includes(text(r.protocol) ?? '') &&
    r.destinationPorts.some(covers) &&
    r.sources.some((s) => INTERNET_SOURCES.has(text(s) ?? ''))
  );
}

/** C4: the plural prefix fields take IPv4/IPv6 addresses and CIDRs only; anything else known there is refused. */
const modelAddressOrCidr = (p: string) => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/([12]?\d|3[0-2]))?$/.test(p) || /^[0-9a-fA-F:]*:[0-9a-fA-F:]*(\/\d{1,3})?$/.test(p);
const modelTagInList = (list: readonly unknown[] | undefined) => (list ?? []).some((p) => typeof p === 'string' && !modelAddressOrCidr(p));

const T = new Unknown('var.x');
const prefixItem = fc.constantFrom<string | Unknown>('10.0.0.0/8', '10.0.0.4', '2001:db8::/64', '203.0.113.0/24', 'Internet', 'VirtualNetwork', '*', 'AzureCloud.westeurope', '10.0.0.0/33', '300.0.0.1', T);
const nsgRule: fc.Arbitrary<NsgRuleFacts> = fc.record({
  direction: fc.constantFrom<NsgRuleFacts['direction']>('Inbound', 'inbound', 'Outbound', T),
  access: fc.constantFrom<NsgRuleFacts['access']>('Allow', 'allow', 'Deny', T),
  protocol: fc.constantFrom<NsgRuleFacts['protocol']>('Tcp', 'tcp', '*', 'Udp', 'Icmp', T),
  destinationPorts: fc.array(fc.constantFrom<NsgRuleFacts['destinationPorts'][number]>('445', '3389', '*', '444', '446', '400-500', '445-445', '446-500', '100-444', '3389-3390', '3390-4000', T), { maxLength: 3 }),
  sources: fc.array(fc.constantFrom<NsgRuleFacts['sources'][number]>('Internet', 'INTERNET', '*', 'Any', '0.0.0.0/0', '::/0', '10.0.0.0/8', 'VirtualNetwork', T), { maxLength: 3 }),
  sourcePrefixList: fc.option(fc.array(prefixItem, { maxLength: 3 }), { nil: undefined }),
  destinationPrefixList: fc.option(fc.array(prefixItem, { maxLength: 3 }), { nil: undefined }),
});

describe('NSG rules against the Internet', () => {
  test.prop([nsgRule], { numRuns: runs(3_000) })('refuse exactly the rules that open SMB or RDP to the Internet, or put a service tag in a plural prefix field', (r) => {
    const found = evaluateWellFormed(NETWORK_RULES, r, 'nsg');
    const expected = [
      ...(modelOpens(r, 445) ? ['NET-SMB-FROM-INTERNET'] : []),
      ...(modelOpens(r, 3389) ? ['NET-RDP-FROM-INTERNET'] : []),
      ...(modelTagInList(r.sourcePrefixList) ? ['NET-PREFIX-LIST-TAG'] : []),
      ...(modelTagInList(r.destinationPrefixList) ? ['NET-PREFIX-LIST-TAG'] : []),
    ];
    expect(found.map((v) => v.ruleId)).toEqual(expected);
    found.filter((v) => v.ruleId === 'NET-PREFIX-LIST-TAG').forEach((v) => expect(v.attribute).toMatch(/^(source|destination)_address_prefixes$/));
    const ports = found.filter((v) => v.ruleId !== 'NET-PREFIX-LIST-TAG');
    for (const v of ports) expect(v.message).toContain(v.ruleId === 'NET-SMB-FROM-INTERNET' ? 'TCP 445 (SMB)' : 'TCP 3389 (RDP)');
  });

  test('a service tag in a plural field: the tags, the field, and the fix for one tag or several', () => {
    const [one] = evaluateWellFormed(NETWORK_RULES, { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: ['Internet'], sourcePrefixList: ['Internet'] }, 'nsg');
    expect([one.attribute, one.message, one.value, one.fix]).toEqual(['source_address_prefixes', "source_address_prefixes holds 'Internet', which is not an IP address or CIDR (a service tag or '*')", "'Internet'", "move 'Internet' to source_address_prefix"]);
    const [many] = evaluateWellFormed(NETWORK_RULES, { direction: 'Outbound', access: 'Allow', protocol: 'Tcp', destinationPorts: ['443'], sources: ['*'], destinationPrefixList: ['10.0.0.0/8', 'Storage', '*'] }, 'nsg');
    expect([many.attribute, many.message, many.fix]).toEqual([
      'destination_address_prefixes',
      "destination_address_prefixes holds 'Storage', '*', which are not IP addresses or CIDRs (a service tag or '*')",
      'put a service tag alone in destination_address_prefix (one rule per tag), and only IP addresses or CIDRs in destination_address_prefixes',
    ]);
    const [single] = evaluateWellFormed(NETWORK_RULES, { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: ['10.0.0.0/8', 'Internet'], sourcePrefixList: ['10.0.0.0/8', 'Internet'] }, 'nsg');
    expect(single.fix).toBe('put a service tag alone in source_address_prefix (one rule per tag), and only IP addresses or CIDRs in source_address_prefixes');
    // an item known only at apply is reported as not checked
    expect(notChecked(NETWORK_RULES, { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: [T], sourcePrefixList: [T] }, 'nsg').map((v) => [v.ruleId, v.attribute])).toEqual([['NET-PREFIX-LIST-TAG', 'sourcePrefixList']]);
    expect(notChecked(NETWORK_RULES, { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: [], destinationPrefixList: ['10.0.0.1', T] }, 'nsg').map((v) => v.attribute)).toEqual(['destinationPrefixList']);
  });

  test('names the port field that opens the port', () => {
    const rule = { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sources: ['*'] };
    expect(evaluateWellFormed(NETWORK_RULES, { ...rule, destinationPorts: ['80', '440-450'], destinationPortList: ['80', '440-450'] }, 'nsg').map((v) => v.attribute)).toEqual(['destination_port_ranges']);
    expect(evaluateWellFormed(NETWORK_RULES, { ...rule, destinationPorts: ['445', '80'], destinationPortList: ['80'] }, 'nsg').map((v) => v.attribute)).toEqual(['destination_port_range']);
  });

  test('messages name the port, the sources and the way out', () => {
    const [smb, rdp] = evaluateWellFormed(NETWORK_RULES, { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', destinationPorts: ['*'], sources: ['10.0.0.0/8', 'Internet'] }, 'nsg');
    expect([smb.attribute, smb.message, smb.value, smb.fix]).toEqual([
      'destination_port_range',
      'the rule allows TCP 445 (SMB) from the Internet (sources 10.0.0.0/8, Internet)',
      '10.0.0.0/8, Internet',
      'restrict the sources to known ranges, or use SMB over QUIC (UDP 443)',
    ]);
    expect([rdp.message, rdp.fix]).toEqual(['the rule allows TCP 3389 (RDP) from the Internet (sources 10.0.0.0/8, Internet)', 'restrict the sources to known ranges, or use Azure Bastion or just-in-time access']);
  });
});
