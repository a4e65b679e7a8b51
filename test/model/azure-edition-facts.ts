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

/** Sizes the generation 2 documentation rules out (Gen1-only), and sizes it allows. */
export const GEN1_ONLY_SIZES = ['Basic_A1', 'Standard_A4', 'Standard_A2_v2', 'Standard_A4m_v2', 'Standard_D2_v2', 'Standard_D3', 'Standard_D4_v3', 'Standard_E2_v3', 'standard_d2_v3'];
export const GEN2_SIZES = ['Standard_D2s_v5', 'Standard_DS2_v2', 'Standard_D2s_v3', 'Standard_E4s_v3', 'Standard_F2s_v2', 'Standard_B2ms', 'Standard_D4ads_v5'];

/** Windows computer name: 1-15 characters, not only digits, none of these characters, no white space. */
const FORBIDDEN = new Set('~!@#$%^&*()=+_[]{}\\|;:.\'",<>/?'.split(''));
export function modelComputerNameValid(name: string): boolean {
  const chars = Array.from(name);
  if (chars.length < 1 || chars.length > 15) return false;
  if (chars.every((c) => c >= '0' && c <= '9')) return false;
  // no control character (C0, DEL, C1) and no space separator of any script
  const control = (c: string) => c.charCodeAt(0) < 32 || (c.charCodeAt(0) >= 127 && c.charCodeAt(0) <= 159);
  return chars.every((c) => !FORBIDDEN.has(c) && !/\p{Z}/u.test(c) && !control(c));
}
