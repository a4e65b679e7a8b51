/**
 * VM size families that cannot boot a generation 2 image. Not exhaustive: only families whose Gen1-only status
 * is documented or reported by Azure itself are listed; any other size is accepted.
 */
export interface Gen1OnlyFamily {
  readonly family: string;
  /** Matches the full size name, case-insensitively (Azure compares size names case-insensitively). */
  readonly pattern: RegExp;
  readonly source: string;
}

export const GEN1_ONLY_FAMILIES: readonly Gen1OnlyFamily[] = [
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
    pattern: /^standard_d\d+(_v2)?(_promo)?$/i,
    source:
      'absent from the generation 2 size list (only DSv2 is on it); Azure answers "The selected VM size \'Standard_D2_v2\' cannot boot Hypervisor Generation \'2\'"',
  },
  {
    family: 'Dv3 and Ev3 without premium storage',
    pattern: /^standard_[de]\d+_v3$/i,
    source: 'absent from the generation 2 size list (only Dsv3 and Esv3 are on it), https://learn.microsoft.com/azure/virtual-machines/generation-2',
  },
];

/** The Gen1-only family a size belongs to, if any. */
export function gen1OnlyFamily(size: string): Gen1OnlyFamily | undefined {
  return GEN1_ONLY_FAMILIES.find((f) => f.pattern.test(size));
}
