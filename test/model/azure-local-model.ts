import { MODEL_DEFAULT_POLICY, modelHciComputerNameValid, modelSupports, ModelImage, POLICIES } from './azure-local-facts';
import { modelComputerNameValid } from './azure-edition-facts';

export interface TlVmConfig {
  image: { kind: 'in-stack' | 'existing'; ref: ModelImage; generation: 'V1' | 'V2' } | { kind: 'custom' };
  policy?: string;
  securityType?: string;
  secureBoot?: boolean;
  vtpm?: boolean;
  guestAttestation?: boolean;
  name: string;
  computerName?: { kind: 'literal'; value: string } | { kind: 'token' };
  passwordLiteral: boolean;
  dataDisks: number;
  /** Memory in MB. @default 8192 */
  memoryMb?: number;
  /** Dynamic memory (minimum, maximum, buffer in percent). */
  dynamicMemory?: { min: number; max: number; buffer?: number };
  /** The static IP addresses of the first and further network interfaces (undefined: from the network). */
  ips?: (string | undefined)[];
}

/** Rule ids the configuration must be refused with; empty when it must synthesize. */
export function expectedTlErrors(c: TlVmConfig): string[] {
  const ids = new Set<string>();
  const policy = c.policy ?? MODEL_DEFAULT_POLICY;
  if ((c.securityType ?? 'TrustedLaunch') !== 'TrustedLaunch') ids.add('HCI-TL-SECURITY-TYPE');
  if (c.secureBoot === false) ids.add('HCI-TL-SECURE-BOOT');
  if (c.vtpm === false) ids.add('HCI-TL-VTPM');
  if (c.guestAttestation === true) ids.add('HCI-BOOT-INTEGRITY');
  if (c.image.kind === 'custom') ids.add('HCI-IMAGE-MARKETPLACE');
  else if (c.image.generation !== 'V2') ids.add('HCI-IMAGE-GEN2');
  if (!(POLICIES as readonly string[]).includes(policy)) ids.add('HCI-IMAGE-SUPPORTED');
  else if (c.image.kind !== 'custom' && !modelSupports(policy, c.image.ref)) ids.add('HCI-IMAGE-SUPPORTED');
  const cn = c.computerName ?? { kind: 'literal' as const, value: c.name };
  // a Windows guest follows the Windows name facts (C1): an image of this stack is Windows by default, an existing one
  // of a Microsoft Windows publisher is Windows; a custom image's guest is not known
  const windowsGuest = c.image.kind === 'in-stack' || (c.image.kind === 'existing' && /^microsoftwindows/i.test(c.image.ref.publisher));
  if (cn.kind === 'literal' && !(windowsGuest ? modelComputerNameValid(cn.value) : modelHciComputerNameValid(cn.value))) ids.add('HCI-COMPUTER-NAME');
  if (c.passwordLiteral) ids.add('HCI-ADMIN-PASSWORD-LITERAL');
  // the API's buffer range (5 to 2000 percent) and azurerm's IPv4 check of a network interface's address
  const buffer = c.dynamicMemory?.buffer;
  if (buffer !== undefined && !(Number.isInteger(buffer) && buffer >= 5 && buffer <= 2000)) ids.add('HCI-DYNAMIC-MEMORY');
  const ipv4 = (a: string) => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(a);
  if ((c.ips ?? []).some((a) => a !== undefined && !ipv4(a))) ids.add('HCI-STATIC-IP');
  return [...ids].sort();
}

/** The security profile keys of the VM instance API (2024-01-01 ARM types, fact sheet B and C). */
const SECURITY_PROFILE_KEYS: Record<string, string[] | undefined> = { securityType: undefined, enableTPM: undefined, uefiSettings: ['secureBootEnabled'] };

/**
 * Rule ids of a raw VM instance body, from its security profile and computer name: a key ARM does not know, and,
 * on a trusted launch VM, secure boot or the vTPM not set to true (both default to false in the API).
 */
export function expectedVmInstanceErrors(securityProfile: Record<string, any>, computerName: string): string[] {
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(securityProfile)) {
    if (!(key in SECURITY_PROFILE_KEYS)) ids.add('HCI-BODY-UNKNOWN-KEY');
    else if (SECURITY_PROFILE_KEYS[key] && Object.keys(value ?? {}).some((k) => !SECURITY_PROFILE_KEYS[key]!.includes(k))) ids.add('HCI-BODY-UNKNOWN-KEY');
  }
  if (securityProfile.securityType === 'TrustedLaunch') {
    if (securityProfile.uefiSettings?.secureBootEnabled !== true) ids.add('HCI-TL-SECURE-BOOT');
    if (securityProfile.enableTPM !== true) ids.add('HCI-TL-VTPM');
  }
  if (!modelHciComputerNameValid(computerName)) ids.add('HCI-COMPUTER-NAME');
  return [...ids].sort();
}

/** Warnings of a valid configuration's memory: dynamic memory whose minimum is above its maximum, or whose range leaves out the startup memory. */
export function expectedTlMemoryWarnings(c: TlVmConfig): string[] {
  const d = c.dynamicMemory;
  if (!d) return [];
  const memory = c.memoryMb ?? 8192;
  return d.min > d.max || memory < d.min || memory > d.max ? ['HCI-DYNAMIC-MEMORY-RANGE'] : [];
}
