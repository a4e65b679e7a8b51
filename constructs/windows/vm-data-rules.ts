import { Finding, Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';

/** User data and custom data of a VM, as written in `user_data` and `custom_data` (base64). */
export interface VmDataFacts {
  /** `user_data`. */
  readonly userData?: Maybe<string>;
  /** `custom_data`. */
  readonly customData?: Maybe<string>;
}

/** The largest decoded custom data Azure accepts (OSProfile.customData). */
export const CUSTOM_DATA_MAX_BYTES = 65535;
/** The largest user data Azure accepts, read as decoded bytes (64 KB); the encoded text is a third longer. */
export const USER_DATA_MAX_BYTES = 65536;

/** Whether Go's standard base64 decoder (azurerm's StringIsBase64) accepts the text: it skips line breaks and wants padding. */
export function isBase64(text: string): boolean {
  const s = text.replace(/[\r\n]/g, '');
  return s.length > 0 && s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

/** The length in bytes of what a valid base64 text decodes to. */
export function decodedLength(text: string): number {
  const s = text.replace(/[\r\n]/g, '');
  return (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
}

/** Patterns of a secret written in a script or a configuration file; a reference to a variable (`$env:X`, `${X}`) is not one. */
const SECRET_PATTERNS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a password or key assignment', pattern: /\b(pass(word)?|passwd|pwd|secret|client_?secret|api_?key|access_?key|account_?key|sas_?token)\b["']?\s*[:=]\s*["']?(?![$%{<])[^\s"';,]{4,}/i },
  { what: 'ConvertTo-SecureString with a plain-text literal', pattern: /ConvertTo-SecureString\s+(-String\s+)?["'][^"'$]+["']\s+-AsPlainText/i },
  { what: "a 'net user' command with a password", pattern: /\bnet\s+user\s+\S+\s+(?!\*)[^\s/]+\s+\/add\b/i },
  { what: 'a connection string with a key or password', pattern: /(AccountKey|SharedAccessKey|Password)=(?![$%{<])[^;\s"']{8,}/i },
];

/** What in a decoded text looks like a secret, if anything. */
export function secretInText(text: string): string | undefined {
  return SECRET_PATTERNS.find((p) => p.pattern.test(text))?.what;
}

const ATTRIBUTES = [
  ['userData', 'user_data', USER_DATA_MAX_BYTES, 'userData'],
  ['customData', 'custom_data', CUSTOM_DATA_MAX_BYTES, 'customData'],
] as const;

/** The attributes written with a known value. */
const known = (f: VmDataFacts) => ATTRIBUTES.filter(([key]) => f[key] !== undefined && isKnown(f[key])).map(([key, attribute, max, prop]) => ({ value: f[key] as string, attribute, max, prop }));

export const WIN_VM_DATA_BASE64: Rule<VmDataFacts> = {
  id: 'WIN-VM-DATA-BASE64',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected "custom_data" to be a base64 string, got <value> (an empty string: expected not empty)', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L201, L452; azurerm v4.55.0 vendor/github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation/strings.go L196-L210' },
  ],
  title: 'user data and custom data are base64',
  source: SOURCES.azurermBase64,
  doc: 'azurerm validates user_data and custom_data with StringIsBase64 at plan: plain text, or an empty string, is refused. Encode it (base64encode in HCL, VmData.fromText in the construct).',
  check: (f) =>
    known(f)
      .filter((d) => !isBase64(d.value))
      .map((d) => ({ attribute: d.attribute, message: `${d.attribute} is not base64 (${d.value.length} characters, value hidden)`, fix: `encode it: ${d.attribute} = base64encode(...)`, constructFix: `pass ${d.prop}: VmData.fromText(...) for text, VmData.fromBase64(...) only for a value already encoded` })),
};

export const WIN_VM_DATA_SIZE: Rule<VmDataFacts> = {
  id: 'WIN-VM-DATA-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'custom data: "maximum length of 87380 characters" (base64 of 65,535 bytes); user data: "The size can\'t exceed 64 KB"', source: 'Azure answer quoted in Azure/aks-engine#1663; Compute REST API OSProfile.customData; User data for Azure Virtual Machine, https://learn.microsoft.com/azure/virtual-machines/user-data' },
  ],
  title: 'custom data decodes to at most 65,535 bytes and user data to at most 64 KB',
  source: `${SOURCES.computeCustomData}; ${SOURCES.computeUserData}`,
  doc: 'Azure refuses larger custom data or user data when the VM is created. Put a larger payload in a storage account and fetch it from a short script.',
  check: (f) =>
    known(f)
      .filter((d) => isBase64(d.value) && decodedLength(d.value) > d.max)
      .map((d) => ({ attribute: d.attribute, message: `${d.attribute} decodes to ${decodedLength(d.value)} bytes, more than the ${d.max} Azure accepts`, value: String(decodedLength(d.value)), fix: 'keep a short bootstrap script and fetch the rest from a storage account' })),
};

export const WIN_VM_DATA_SECRET: Rule<VmDataFacts> = {
  id: 'WIN-VM-DATA-SECRET',
  severity: 'warning',
  title: 'no secret in user data or custom data',
  source: `${SOURCES.computeCustomData}; ${SOURCES.computeUserData}; ${SOURCES.securityPolicy}`,
  doc: 'User data and custom data are not encrypted: any process on the VM can read user data, and both land in the state. Azure says not to pass secrets there. The check decodes literal values and looks for password assignments, plain-text SecureStrings, net user commands and connection strings with keys; a reference to a variable is not a secret.',
  check(f) {
    const out: Finding[] = [];
    for (const d of known(f)) {
      if (!isBase64(d.value)) continue;
      const what = secretInText(Buffer.from(d.value, 'base64').toString('utf8'));
      if (what) out.push({ attribute: d.attribute, message: `${d.attribute} holds what looks like a secret: ${what} (value hidden)`, fix: 'read the secret on the VM from Key Vault with its managed identity, or pass it through a protected extension setting' });
    }
    return out;
  },
};

/** The rules of user data and custom data. */
export const VM_DATA_RULES: readonly Rule<VmDataFacts>[] = [WIN_VM_DATA_BASE64, WIN_VM_DATA_SIZE, WIN_VM_DATA_SECRET];
