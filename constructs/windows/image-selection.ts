import { Violation } from '../core/rule';
import { SOURCES } from '../core/sources';
import { ValidationError } from '../core/validation-error';
import { AZURE_EDITION_IMAGES, AzureEditionFeature, AzureEditionImageEntry, DiskVariant, InstallOption } from './image-catalog';

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

/**
 * The catalog images that support every wanted feature and match the filters, best first.
 * @throws ValidationError (code NO_MATCHING_IMAGE) naming, for each image the filters allow, the feature that rules it out.
 */
export function selectAzureEditionImages(req: ImageRequirements): AzureEditionImageEntry[] {
  const filtered = AZURE_EDITION_IMAGES.filter(
    (e) =>
      (req.year === undefined || e.year === req.year) &&
      (req.installOption === undefined || e.installOption === req.installOption) &&
      (req.diskVariant === undefined || e.diskVariant === req.diskVariant),
  );
  const fits = filtered.filter((e) => req.features.every((f) => e.capabilities[f].supported));
  if (fits.length > 0) return fits.sort(compare);

  const filters = `year ${req.year ?? 'any'}, install option ${req.installOption ?? 'any'}, disk ${req.diskVariant ?? 'any'}`;
  const violations: Violation[] = filtered.length === 0
    ? [{ ruleId: 'WSAE-IMAGE-SELECTION', severity: 'error', source: SOURCES.azureEdition, path: 'selectAzureEditionImages', attribute: 'filters', message: `no azure edition image matches ${filters}`, value: filters, fix: 'relax the year, install option or disk filter' }]
    : filtered.map((e) => {
        const missing = req.features.filter((f) => !e.capabilities[f].supported);
        return {
          ruleId: 'WSAE-IMAGE-SELECTION',
          severity: 'error' as const,
          source: missing.map((f) => e.capabilities[f].source).join('; '),
          path: 'selectAzureEditionImages',
          attribute: 'features',
          message: `image '${e.sku}' is ruled out by ${missing.map((f) => `'${f}'`).join(', ')}`,
          value: missing.join(', '),
          fix: 'drop that feature or choose another year or install option',
        };
      });
  throw new ValidationError('NO_MATCHING_IMAGE', violations, `no azure edition image supports ${req.features.join(', ') || 'the request'} with ${filters}`);
}
