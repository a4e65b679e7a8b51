import { Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isAddressPrefix } from '../core/net';
import { isKnown, Maybe } from '../core/unknown';

/** One inbound or outbound NSG rule, standalone or inline. */
export interface NsgRuleFacts {
  /** `Inbound` or `Outbound`. */
  readonly direction: Maybe<string>;
  /** `Allow` or `Deny`. */
  readonly access: Maybe<string>;
  /** `Tcp`, `Udp`, `*` and so on. */
  readonly protocol: Maybe<string>;
  /** Destination ports and ranges. */
  readonly destinationPorts: readonly Maybe<string>[];
  /** Source address prefixes and service tags, from the singular and the plural field. */
  readonly sources: readonly Maybe<string>[];
  /** The items of `destination_port_ranges` (the plural field), also in {@link NsgRuleFacts.destinationPorts}. @default none */
  readonly destinationPortList?: readonly Maybe<string>[];
  /** The items of `source_address_prefixes` (the plural field), or one unknown item for a whole-list expression. @default none */
  readonly sourcePrefixList?: readonly Maybe<string>[];
  /** The items of `destination_address_prefixes`, as above. @default none */
  readonly destinationPrefixList?: readonly Maybe<string>[];
}

const INTERNET = ['*', 'internet', '0.0.0.0/0', 'any', '::/0'];

const covering = (port: number) => (r: Maybe<string>) => {
  if (typeof r !== 'string') return false;
  if (r === '*') return true;
  const [lo, hi] = r.split('-').map(Number);
  return hi === undefined ? lo === port : lo <= port && port <= hi;
};

function opens(f: NsgRuleFacts, port: number, protocols: string[]): boolean {
  if (typeof f.direction !== 'string' || f.direction.toLowerCase() !== 'inbound') return false;
  if (typeof f.access !== 'string' || f.access.toLowerCase() !== 'allow') return false;
  if (typeof f.protocol !== 'string' || !protocols.includes(f.protocol.toLowerCase())) return false;
  return f.destinationPorts.some(covering(port)) && f.sources.some((s) => typeof s === 'string' && INTERNET.includes(s.toLowerCase()));
}

const sourcesOf = (f: NsgRuleFacts) => f.sources.map(String).join(', ');

const openRule = (id: string, port: number, what: string, source: string, policy: string): Rule<NsgRuleFacts> => ({
  id,
  severity: 'error',
  refusals: [{ by: 'this library', when: 'synth', says: `no inbound ${what} (TCP ${port}) from the Internet`, source: policy }],
  policy: true,
  title: `no inbound ${what} (TCP ${port}) from the Internet`,
  source,
  doc: `An NSG rule that allows TCP ${port} from any source or the Internet service tag exposes ${what} to the whole Internet.`,
  check: (f) =>
    opens(f, port, ['tcp', '*'])
      ? [{ attribute: (f.destinationPortList ?? []).some(covering(port)) ? 'destination_port_ranges' : 'destination_port_range', message: `the rule allows TCP ${port} (${what}) from the Internet (sources ${sourcesOf(f)})`, value: sourcesOf(f), fix: `restrict the sources to known ranges, or use ${port === 445 ? 'SMB over QUIC (UDP 443)' : 'Azure Bastion or just-in-time access'}` }]
      : [],
});

export const NET_SMB_FROM_INTERNET = openRule('NET-SMB-FROM-INTERNET', 445, 'SMB', SOURCES.smbOverQuic, "this library's network policy; SMB over QUIC (ms.date 2024-04-19): no TCP 445 inbound");
export const NET_RDP_FROM_INTERNET = openRule('NET-RDP-FROM-INTERNET', 3389, 'RDP', SOURCES.managementPortsPolicy, SOURCES.managementPortsPolicy);

export const NET_PREFIX_LIST_TAG: Rule<NsgRuleFacts> = {
  id: 'NET-PREFIX-LIST-TAG',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'SecurityRuleParameterContainsUnsupportedValue; azurerm\'s documentation: source_address_prefixes and destination_address_prefixes take IP addresses and CIDRs, "Tags may not be used"', source: 'azurerm v4.55.0 website/docs/r/network_security_rule.html.markdown' },
  ],
  title: 'the plural address prefix fields take IP addresses and CIDRs only; a service tag goes alone in the singular field',
  source: SOURCES.azurermSecurityRule,
  doc:
    "source_address_prefixes and destination_address_prefixes accept IP addresses and CIDRs only: a service tag ('Internet', 'VirtualNetwork', " +
    "'AzureLoadBalancer', a regional tag) or '*' there is refused by Azure at apply with SecurityRuleParameterContainsUnsupportedValue. azurerm does not check it.",
  inputs: (f) => ({ sourcePrefixList: (f.sourcePrefixList ?? []).find((p) => !isKnown(p)), destinationPrefixList: (f.destinationPrefixList ?? []).find((p) => !isKnown(p)) }),
  check(f) {
    const out = [];
    for (const [attribute, list, singular] of [
      ['source_address_prefixes', f.sourcePrefixList ?? [], 'source_address_prefix'],
      ['destination_address_prefixes', f.destinationPrefixList ?? [], 'destination_address_prefix'],
    ] as const) {
      const tags = list.filter((p): p is string => typeof p === 'string' && !isAddressPrefix(p));
      if (tags.length === 0) continue;
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
export const NETWORK_RULES: readonly Rule<NsgRuleFacts>[] = [NET_SMB_FROM_INTERNET, NET_RDP_FROM_INTERNET, NET_PREFIX_LIST_TAG];
