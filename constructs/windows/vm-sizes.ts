import { memoByString } from '../core/memo';
import { SizeFamily } from './nested-virtualization';

/** A size family with the document that says what the list says of it. */
export interface SourcedSizeFamily extends SizeFamily {
  readonly source: string;
}

/**
 * VM size families that cannot boot a generation 2 image. Not exhaustive: only families whose Gen1-only status
 * is documented or reported by Azure itself are listed; any other size is accepted.
 */
export const GEN1_ONLY_FAMILIES: readonly SourcedSizeFamily[] = [
  {
    family: 'Basic A and Standard A (A0-A11)',
    pattern: /^(basic_a\d+|standard_a\d+)$/i,
    source: 'previous-generation sizes, absent from the generation 2 size list, https://learn.microsoft.com/azure/virtual-machines/generation-2',
  },
  {
    family: 'Av2',
    pattern: /^standard_a\d+m?_v2$/i,
    source: 'Av2-series, "VM Generation Support: Generation 1", https://learn.microsoft.com/azure/virtual-machines/av2-series',
  },
  {
    family: 'D (v1) and Dv2 without premium storage',
    pattern: /^standard_d\d+i?(_v2)?(_promo)?$/i,
    source:
      'absent from the generation 2 size list (only DSv2 is on it); Azure answers "The selected VM size \'Standard_D2_v2\' cannot boot Hypervisor Generation \'2\'"',
  },
  {
    family: 'Dv3 and Ev3 without premium storage',
    pattern: /^standard_[de]\d+i?_v3$/i,
    source: 'absent from the generation 2 size list (only Dsv3 and Esv3 are on it), https://learn.microsoft.com/azure/virtual-machines/generation-2; Ev3-series page: E64i_v3 is generation 1',
  },
  {
    family: 'NC, NV and NP (first versions)',
    pattern: /^standard_(nc\d+r?|nv\d+|np\d+s)$/i,
    source: 'NC, NV and NP series pages, "VM Generation Support: Generation 1", https://learn.microsoft.com/azure/virtual-machines/generation-2',
  },
];

/** The Gen1-only family a size belongs to, if any. */
export const gen1OnlyFamily: (size: string) => SourcedSizeFamily | undefined = memoByString((size) => GEN1_ONLY_FAMILIES.find((f) => f.pattern.test(size)));

/**
 * The confidential VM sizes (AMD SEV-SNP and Intel TDX DC/EC families, their _cc variants, and the confidential
 * H100 GPU sizes): the only sizes that create a VM with security type ConfidentialVM.
 */
export const CONFIDENTIAL_SIZE = /^standard_([de]c\d+[ae]d?s(_cc)?_v\d+|ncc\d+ads_h100_v5)$/i;

/** The DC-Confidential and EC-Confidential families (AMD SEV-SNP `a`, Intel TDX `e`), `_cc` variants included. */
const DC_EC_CONFIDENTIAL = /^standard_[de]c\d+[ae]d?s(_cc)?_v\d+$/i;

/** Arm64 sizes (a `p` after the vCPU count: Dpsv5, Dpdsv5, Dplsv5, Dpldsv5, Epsv5, Epdsv5, Bpsv2 and their successors). */
export const ARM64_SIZE = /^standard_[bde]\d+p[a-z]*_v\d+$/i;

/**
 * The size series the trusted launch page (ms.date 2025-04-21) lists as "not supported" or "currently not supported",
 * matched series by series, never by family letter: NCv3, NVadsA10_v5 and the other later GPU series, and the Arm64
 * Dpsv6, Dplsv6 and Epsv6 series, run trusted launch. A-family, Dv2 and Dv3 are not listed here: they cannot boot
 * generation 2 at all and are reported by WIN-GEN2-SIZE.
 */
export const NO_TRUSTED_LAUNCH_FAMILIES: readonly SourcedSizeFamily[] = [
  { family: 'M', pattern: /^standard_m\d+(-\d+)?[a-z]*(_v\d+)?$/i, source: 'trusted launch: M-family currently not supported' },
  { family: 'DC and EC confidential', pattern: DC_EC_CONFIDENTIAL, source: 'trusted launch: DC-Confidential and EC-Confidential families not supported (they run confidential VMs)' },
  { family: 'NC, NV and NP (original series)', pattern: /^standard_(nc\d+r?|nv\d+|np\d+s)$/i, source: 'trusted launch: NC-series, NV-series and NP-series not supported' },
  { family: 'NDasrA100_v4 and NDm_A100_v4', pattern: /^standard_nd96a(m)?sr(_a100)?_v4$/i, source: 'trusted launch: NDasrA100_v4 and NDm_A100_v4 series currently not supported' },
  { family: 'Arm64 Dpsv5, Dpdsv5, Dplsv5 and Dpldsv5', pattern: /^standard_d\d+pl?d?s_v5$/i, source: 'trusted launch: Dpsv5, Dpdsv5, Dplsv5 and Dpldsv5 series currently not supported' },
];

/** The family of a size that cannot run trusted launch, if any. */
export const noTrustedLaunchFamily: (size: string) => SourcedSizeFamily | undefined = memoByString((size) => NO_TRUSTED_LAUNCH_FAMILIES.find((f) => f.pattern.test(size)));
