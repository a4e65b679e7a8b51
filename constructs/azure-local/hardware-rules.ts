import { Finding, Rule, show } from '../core/rule';
import { HCI_SOURCES } from '../core/sources';
import { isIpv4 } from '../core/net';
import { isKnown, Maybe } from '../core/unknown';

/** Memory and network interfaces of an Azure Local VM instance. */
export interface AzureLocalHardwareFacts {
  /** `hardwareProfile.memoryMB`: the startup memory with dynamic memory, else the memory. */
  readonly memoryMb: Maybe<number>;
  /** `hardwareProfile.dynamicMemoryConfig`; undefined when memory is static. */
  readonly dynamicMemory?: { readonly minimumMb: Maybe<number>; readonly maximumMb: Maybe<number>; readonly targetBuffer?: Maybe<number> };
  /** The static IP address of each network interface that has one, with the attribute or prop it is written in. */
  readonly privateIpAddresses: readonly { readonly attribute: string; readonly address: Maybe<string> }[];
}

/** The buffer range of the API (percent of the memory the VM is thought to need). */
export const TARGET_MEMORY_BUFFER = { min: 5, max: 2000 } as const;

export const HCI_DYNAMIC_MEMORY: Rule<AzureLocalHardwareFacts> = {
  id: 'HCI-DYNAMIC-MEMORY',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'targetMemoryBuffer is a whole percentage from 5 to 2000', source: 'Microsoft.AzureStackHCI virtualMachineInstances API (dynamicMemoryConfig.targetMemoryBuffer), Azure/bicep-types-az types of 2024-01-01' },
  ],
  title: 'the dynamic memory buffer is a whole percentage from 5 to 2000',
  source: HCI_SOURCES.dynamicMemory,
  doc: 'The VM instance API and Hyper-V accept a target memory buffer from 5 to 2000 percent; another value is refused when the VM is created.',
  check(f) {
    const b = f.dynamicMemory?.targetBuffer;
    if (b === undefined || !isKnown(b)) return [];
    if (Number.isInteger(b) && b >= TARGET_MEMORY_BUFFER.min && b <= TARGET_MEMORY_BUFFER.max) return [];
    return [{ attribute: 'hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer', message: `the dynamic memory buffer is ${show(b)}%, outside 5 to 2000`, value: show(b), fix: 'use a whole percentage from 5 to 2000 (Hyper-V uses 20 by default)', constructFix: 'set dynamicMemory.targetBufferPercent from 5 to 2000' }];
  },
};

export const HCI_DYNAMIC_MEMORY_RANGE: Rule<AzureLocalHardwareFacts> = {
  id: 'HCI-DYNAMIC-MEMORY-RANGE',
  severity: 'warning',
  title: 'with dynamic memory, the minimum is at most the memory and the maximum at least the memory',
  source: HCI_SOURCES.dynamicMemory,
  doc: 'Inferred from Hyper-V dynamic memory, where memoryMB is the startup memory between the minimum and the maximum; the API documents no check, so this is a warning, not a refusal.',
  check(f) {
    const d = f.dynamicMemory;
    if (!d) return [];
    const out: Finding[] = [];
    // a value unknown at synth is NaN here: every comparison with it is false, so it never decides a finding
    const n = (v: Maybe<number>) => (typeof v === 'number' ? v : Number.NaN);
    const [min, max, memory] = [n(d.minimumMb), n(d.maximumMb), n(f.memoryMb)];
    const shown = (mb: number, none: string) => (Number.isNaN(mb) ? none : `${mb}`);
    if (min > max) {
      out.push({ attribute: 'hardwareProfile.dynamicMemoryConfig', message: `the dynamic memory minimum (${min} MB) is above the maximum (${max} MB)`, value: `${min}`, fix: 'set minimumMemoryMB at most maximumMemoryMB', constructFix: 'set dynamicMemory.minimumMb at most dynamicMemory.maximumMb' });
    } else if (memory < min || memory > max) {
      out.push({ attribute: 'hardwareProfile.memoryMB', message: `the startup memory (${memory} MB) is outside the dynamic memory range (${shown(min, 'no minimum')} to ${shown(max, 'no maximum')} MB)`, value: `${memory}`, fix: 'set memoryMB between the minimum and the maximum', constructFix: 'set memoryMb between dynamicMemory.minimumMb and dynamicMemory.maximumMb' });
    }
    return out;
  },
};

export const HCI_STATIC_IP: Rule<AzureLocalHardwareFacts> = {
  id: 'HCI-STATIC-IP',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected ip_configuration.0.private_ip_address to contain a valid IPv4 address, got: <value>', source: 'azurerm v4.55.0 internal/services/azurestackhci/stack_hci_network_interface_resource.go L93' },
  ],
  title: 'a static IP address of a network interface is an IPv4 address',
  source: HCI_SOURCES.stackHciNetworkInterface,
  doc: 'azurerm validates the private IP address of an Azure Local network interface as IPv4 at plan.',
  check: (f) =>
    f.privateIpAddresses
      .filter((a) => isKnown(a.address) && !(typeof a.address === 'string' && isIpv4(a.address)))
      .map((a) => ({ attribute: a.attribute, message: `static IP address ${show(a.address)} is not an IPv4 address`, value: show(a.address), fix: 'use an IPv4 address of the logical network, or leave it out for an address from the network' })),
};

/** The memory and network interface rules of an Azure Local VM. */
export const AZURE_LOCAL_HARDWARE_RULES: readonly Rule<AzureLocalHardwareFacts>[] = [HCI_DYNAMIC_MEMORY, HCI_DYNAMIC_MEMORY_RANGE, HCI_STATIC_IP];
