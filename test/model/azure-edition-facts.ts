/**
 * Test-side copy of the facts (domain fact sheet A1, A2, A2.4), written by hand and deliberately not imported from
 * the library, so that a wrong catalog entry or rule in the library makes the property tests fail.
 */
export const PUBLISHER = 'MicrosoftWindowsServer';
export const OFFER = 'WindowsServer';

/** Every Azure Edition SKU (A1), with what the seed table and later facts say it supports. */
export const MODEL_IMAGES: Record<string, { hotpatch: boolean; smbOverQuic: boolean; extendedNetwork: boolean; year: number; core: boolean; small: boolean }> = {
  '2022-datacenter-azure-edition': { hotpatch: false, smbOverQuic: true, extendedNetwork: true, year: 2022, core: false, small: false },
  '2022-datacenter-azure-edition-smalldisk': { hotpatch: false, smbOverQuic: true, extendedNetwork: true, year: 2022, core: false, small: true },
  '2022-datacenter-azure-edition-core': { hotpatch: true, smbOverQuic: true, extendedNetwork: true, year: 2022, core: true, small: false },
  '2022-datacenter-azure-edition-core-smalldisk': { hotpatch: true, smbOverQuic: true, extendedNetwork: true, year: 2022, core: true, small: true },
  '2022-datacenter-azure-edition-hotpatch': { hotpatch: true, smbOverQuic: true, extendedNetwork: true, year: 2022, core: false, small: false },
  '2022-datacenter-azure-edition-hotpatch-smalldisk': { hotpatch: true, smbOverQuic: true, extendedNetwork: true, year: 2022, core: false, small: true },
  '2025-datacenter-azure-edition': { hotpatch: true, smbOverQuic: true, extendedNetwork: false, year: 2025, core: false, small: false },
  '2025-datacenter-azure-edition-smalldisk': { hotpatch: true, smbOverQuic: true, extendedNetwork: false, year: 2025, core: false, small: true },
  '2025-datacenter-azure-edition-core': { hotpatch: true, smbOverQuic: true, extendedNetwork: false, year: 2025, core: true, small: false },
  '2025-datacenter-azure-edition-core-smalldisk': { hotpatch: true, smbOverQuic: true, extendedNetwork: false, year: 2025, core: true, small: true },
};
export const MODEL_SKUS = Object.keys(MODEL_IMAGES);
export const MODEL_HOTPATCH_SKUS = MODEL_SKUS.filter((s) => MODEL_IMAGES[s].hotpatch);

/** Sizes the generation 2 documentation rules out (Gen1-only, C3 included), and sizes it allows. */
export const GEN1_ONLY_SIZES = ['Basic_A1', 'Standard_A4', 'Standard_A2_v2', 'Standard_A4_v2', 'Standard_A4m_v2', 'Standard_D2_v2', 'Standard_D3', 'Standard_D4_v3', 'Standard_E2_v3', 'standard_d2_v3', 'Standard_E64i_v3', 'Standard_NC6', 'Standard_NV12', 'Standard_NP10s'];
export const GEN2_SIZES = [
  'Standard_D2s_v5', 'Standard_DS2_v2', 'Standard_D2s_v3', 'Standard_E4s_v3', 'Standard_F2s_v2', 'Standard_B2ms', 'Standard_D4ads_v5', 'Standard_E2as_v5', 'Standard_DC2s_v3',
  // D2: later GPU series run trusted launch
  'Standard_NC6s_v3', 'Standard_NV6ads_A10_v5', 'Standard_NV36ads_A10_v5', 'Standard_NC4as_T4_v3',
];
/** Arm64 sizes (a `p` after the vCPU count): Windows Server Marketplace images are x64. */
export const ARM64_SIZES = ['Standard_D2ps_v5', 'Standard_D2pls_v5', 'Standard_D4pds_v5', 'Standard_D2plds_v5', 'Standard_E2ps_v5', 'Standard_B2pls_v2', 'Standard_D2ps_v6', 'Standard_E2ps_v6'];
/** D2: the series the trusted launch page (2025-04-21) lists as not supported or currently not supported, besides the Gen1-only ones. */
export const NO_TRUSTED_LAUNCH_SIZES = ['Standard_M8ms', 'Standard_M416ms_v2', 'Standard_DC2as_v5', 'Standard_EC4ads_v5', 'Standard_DC2es_v5', 'Standard_ND96asr_v4', 'Standard_ND96amsr_A100_v4', 'Standard_D2ps_v5', 'Standard_D4pds_v5', 'Standard_D2plds_v5', 'Standard_D2pls_v5'];
/** D2: the original NC, NV and NP sizes (Gen1-only) fall under the trusted launch refusal too. */
export const modelNoTrustedLaunch = (size: string) => NO_TRUSTED_LAUNCH_SIZES.includes(size) || ['Standard_NC6', 'Standard_NV12', 'Standard_NP10s'].includes(size);
/** D2: confidential VMs run on the DC/EC confidential sizes only. */
export const CONFIDENTIAL_SIZES = ['Standard_DC2as_v5', 'Standard_EC4ads_v5', 'Standard_DC2es_v5', 'Standard_DC4as_cc_v5'];

/** C3: Windows Server Datacenter SKUs without a generation 2 suffix are generation 1. */
export const GEN1_WINDOWS_SERVER_SKUS = ['2019-datacenter', '2022-datacenter', '2016-datacenter', '2025-datacenter', '2019-datacenter-core-smalldisk'];

/** C1: Windows computer name as azurerm checks it: ASCII letters, digits, dashes; not only digits; 1-15 (a prefix 1-9, may end with a dash). */
export function modelComputerNameValid(name: string, prefix = false): boolean {
  const chars = Array.from(name);
  if (chars.length < 1 || chars.length > (prefix ? 9 : 15)) return false;
  if (chars.every((c) => c >= '0' && c <= '9')) return false;
  if (!prefix && name.endsWith('-')) return false;
  return chars.every((c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-');
}

/** C1: whether a name `${unknown}<suffix>` can never be valid from its literal suffix alone. */
export function modelTemplateSuffixRefused(suffix: string): boolean {
  const chars = Array.from(suffix);
  return chars.length > 15 || suffix.endsWith('-') || !chars.every((c) => /^[a-zA-Z0-9-]$/.test(c));
}

/** C1: azurerm's reserved administrator names, compared exactly. */
const RESERVED = ['administrator', 'admin', 'user', 'user1', 'test', 'user2', 'test1', 'user3', 'admin1', '1', '123', 'a', 'actuser', 'adm', 'admin2', 'aspnet', 'backup', 'console', 'david', 'guest', 'john', 'owner', 'root', 'server', 'sql', 'support', 'support_388945a0', 'sys', 'test2', 'test3', 'user4', 'user5'];
export function modelAdminUsernameValid(name: string): boolean {
  return name.trim() !== '' && Buffer.byteLength(name, 'utf8') <= 20 && !name.endsWith('.') && !RESERVED.includes(name);
}

/**
 * The "Max data disks" and "Premium Storage" columns of the size pages read for the data disk rules (Dv5/Dsv5,
 * Ev5/Esv5, Fsv2), for the sizes the tests use; other sizes are not judged.
 */
export const MODEL_SIZE_DISKS: Record<string, { max: number; premium: boolean }> = {
  Standard_D2s_v5: { max: 4, premium: true },
  Standard_D4s_v5: { max: 8, premium: true },
  Standard_D2_v5: { max: 4, premium: false },
  Standard_E4s_v5: { max: 8, premium: true },
  Standard_E2_v5: { max: 4, premium: false },
  Standard_F2s_v2: { max: 4, premium: true },
  Standard_F4s_v2: { max: 8, premium: true },
};

/** Whether Go's standard base64 decoding (azurerm StringIsBase64) accepts a value: not empty, padded, line breaks skipped. */
export function modelIsBase64(value: string): boolean {
  const s = value.split('\n').join('').split('\r').join('');
  if (s.length === 0 || s.length % 4 !== 0) return false;
  const body = s.replace(/=+$/, '');
  return s.length - body.length <= 2 && /^[A-Za-z0-9+/]*$/.test(body);
}
