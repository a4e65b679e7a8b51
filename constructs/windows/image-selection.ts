import { Finding, Rule, Violation } from '../core/rule';
import { SOURCES } from '../core/sources';
import { ValidationError } from '../core/validation-error';
import { AZURE_EDITION_IMAGES, AzureEditionFeature, AzureEditionImageEntry, DiskVariant, InstallOption } from './image-catalog';

/** What {@link selectAzureEditionImages} looks for: features, and optional filters. */
export interface ImageRequirements {
  /** Features the image must support. */
  readonly features: readonly AzureEditionFeature[];
  /** @default any year */
  readonly year?: 2022 | 2025;
  /** @default any install option */
  readonly installOption?: InstallOption;
  /** @default any disk variant */
  readonly diskVariant?: DiskVariant;
}

const INSTALL_RANK: Record<InstallOption, number> = { 'server-core': 0, 'desktop-experience': 1 };
const DISK_RANK: Record<DiskVariant, number> = { standard: 0, small: 1 };

/**
 * Order of preference: newest release first; then Server Core (smaller attack surface, fewer reboots) before
 * Desktop Experience; then the standard disk before the small disk; then the SKU name.
 */
function compare(a: AzureEditionImageEntry, b: AzureEditionImageEntry): number {
  return b.year - a.year || INSTALL_RANK[a.installOption] - INSTALL_RANK[b.installOption] || DISK_RANK[a.diskVariant] - DISK_RANK[b.diskVariant] || a.sku.localeCompare(b.sku);
}

function filteredImages(req: ImageRequirements): AzureEditionImageEntry[] {
  return AZURE_EDITION_IMAGES.filter(
    (e) =>
      (req.year === undefined || e.year === req.year) &&
      (req.installOption === undefined || e.installOption === req.installOption) &&
      (req.diskVariant === undefined || e.diskVariant === req.diskVariant),
  );
}

const filtersOf = (req: ImageRequirements) => `year ${req.year ?? 'any'}, install option ${req.installOption ?? 'any'}, disk ${req.diskVariant ?? 'any'}`;

interface RuledOut {
  readonly finding: Finding;
  /** The sources of the capability facts that rule the image out; none when the filters match no image. */
  readonly sources: readonly string[];
}

/** Why a selection finds nothing: the filters match no image, or each image they allow lacks a wanted feature. */
function ruledOut(req: ImageRequirements): RuledOut[] {
  const filtered = filteredImages(req);
  if (filtered.some((e) => req.features.every((f) => e.capabilities[f].supported))) return [];
  if (filtered.length === 0) {
    const filters = filtersOf(req);
    return [{ finding: { attribute: 'filters', message: `no Azure Edition image matches ${filters}`, value: filters, fix: 'relax the year, install option or disk filter' }, sources: [] }];
  }
  return filtered.map((e) => {
    const missing = req.features.filter((f) => !e.capabilities[f].supported);
    return {
      finding: { attribute: 'features', message: `image '${e.sku}' is ruled out by ${missing.map((f) => `'${f}'`).join(', ')}`, value: missing.join(', '), fix: 'drop that feature or choose another year or install option' },
      sources: missing.map((f) => e.capabilities[f].source),
    };
  });
}

export const WSAE_IMAGE_SELECTION: Rule<ImageRequirements> = {
  id: 'WSAE-IMAGE-SELECTION',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'no Azure Edition image supports every feature the selection names', source: 'the image catalog of this library, from the Azure Edition and Hotpatch documents it cites' },
  ],
  title: 'an image selection names features that one azure edition image supports',
  source: SOURCES.azureEdition,
  doc: 'selectAzureEditionImages and `azguard images` choose among the catalog images. When no image supports every wanted feature with the filters given, the refusal lists each image the filters allow with the features that rule it out, each with the source of that capability fact in the image catalog.',
  check: (req) => ruledOut(req).map((r) => r.finding),
};

/**
 * The catalog images that support every wanted feature and match the filters, best first.
 * @throws ValidationError (code NO_MATCHING_IMAGE) naming, for each image the filters allow, the feature that rules it out.
 */
export function selectAzureEditionImages(req: ImageRequirements): AzureEditionImageEntry[] {
  const fits = filteredImages(req).filter((e) => req.features.every((f) => e.capabilities[f].supported));
  if (fits.length > 0) return fits.sort(compare);

  const violations: Violation[] = ruledOut(req).map(({ finding, sources }) => ({
    ...finding,
    ruleId: WSAE_IMAGE_SELECTION.id,
    severity: WSAE_IMAGE_SELECTION.severity,
    source: sources.length > 0 ? sources.join('; ') : WSAE_IMAGE_SELECTION.source,
    path: 'selectAzureEditionImages',
  }));
  throw new ValidationError('NO_MATCHING_IMAGE', violations, `no Azure Edition image supports ${req.features.join(', ') || 'the request'} with ${filtersOf(req)}`);
}
