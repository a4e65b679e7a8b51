import { Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { Maybe } from '../core/unknown';

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
  /** Source address prefixes and service tags. */
  readonly sources: readonly Maybe<string>[];
}

const INTERNET = ['*', 'internet', '0.0.0.0/0', 'any', '::/0'];

function opens(f: NsgRuleFacts, port: number, protocols: string[]): boolean {
  if (typeof f.direction !== 'string' || f.direction.toLowerCase() !== 'inbound') return false;
  if (typeof f.access !== 'string' || f.access.toLowerCase() !== 'allow') return false;
  if (typeof f.protocol !== 'string' || !protocols.includes(f.protocol.toLowerCase())) return false;
  const covers = (r: Maybe<string>) => {
    if (typeof r !== 'string') return false;
    if (r === '*') return true;
    const [lo, hi] = r.split('-').map(Number);
    return hi === undefined ? lo === port : lo <= port && port <= hi;
  };
  return f.destinationPorts.some(covers) && f.sources.some((s) => typeof s === 'string' && INTERNET.includes(s.toLowerCase()));
}

const sourcesOf = (f: NsgRuleFacts) => f.sources.map(String).join(', ');

const openRule = (id: string, port: number, what: string, source: string): Rule<NsgRuleFacts> => ({
  id,
  severity: 'error',
  title: `no inbound ${what} (TCP ${port}) from the Internet`,
  source,
  doc: `An NSG rule that allows TCP ${port} from any source or the Internet service tag exposes ${what} to the whole Internet.`,
  check: (f) =>
    opens(f, port, ['tcp', '*'])
      ? [{ attribute: 'destination_port_range', message: `the rule allows tcp ${port} (${what}) from the internet (sources ${sourcesOf(f)})`, value: sourcesOf(f), fix: `restrict the sources to known ranges, or use ${port === 445 ? 'smb over quic (udp 443)' : 'azure bastion or just-in-time access'}` }]
      : [],
});

export const NET_SMB_FROM_INTERNET = openRule('NET-SMB-FROM-INTERNET', 445, 'SMB', SOURCES.smbOverQuic);
export const NET_RDP_FROM_INTERNET = openRule('NET-RDP-FROM-INTERNET', 3389, 'RDP', SOURCES.managementPortsPolicy);

/** The NSG rules' rules: SMB and RDP never open to the Internet. */
export const NETWORK_RULES: readonly Rule<NsgRuleFacts>[] = [NET_SMB_FROM_INTERNET, NET_RDP_FROM_INTERNET];
