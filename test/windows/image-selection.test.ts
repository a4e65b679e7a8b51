import { fc, test as propTest } from '@fast-check/jest';
import { AZURE_EDITION_IMAGES, AzureEditionFeature, selectAzureEditionImages, ValidationError } from '../../constructs/rules';
import { MODEL_IMAGES, MODEL_SKUS } from '../model/azure-edition-facts';
import { configureSeed, runs } from '../support/seed';

configureSeed('image-selection');

const FEATURE_KEY: Record<AzureEditionFeature, 'hotpatch' | 'smbOverQuic' | 'extendedNetwork'> = {
  'hotpatch': 'hotpatch',
  'smb-over-quic': 'smbOverQuic',
  'extended-network': 'extendedNetwork',
};

/** The error a request is refused with; fails the test when the request is accepted. */
function refusal(req: Parameters<typeof selectAzureEditionImages>[0]): ValidationError {
  try {
    selectAzureEditionImages(req);
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('the request was accepted');
}

describe('selectAzureEditionImages', () => {
  test('puts the newest Server Core standard-disk image first for hotpatch', () => {
    expect(selectAzureEditionImages({ features: ['hotpatch'] }).map((e) => e.sku).slice(0, 3)).toEqual([
      '2025-datacenter-azure-edition-core',
      '2025-datacenter-azure-edition-core-smalldisk',
      '2025-datacenter-azure-edition',
    ]);
  });

  test('finds only 2022 images for hotpatch with extended network', () => {
    expect(selectAzureEditionImages({ features: ['hotpatch', 'extended-network'] }).map((e) => e.sku)).toEqual([
      '2022-datacenter-azure-edition-core',
      '2022-datacenter-azure-edition-core-smalldisk',
      '2022-datacenter-azure-edition-hotpatch',
      '2022-datacenter-azure-edition-hotpatch-smalldisk',
    ]);
  });

  test('fails naming the feature that rules out each image', () => {
    const error = refusal({ features: ['extended-network'], year: 2025 });
    expect(error.code).toBe('NO_MATCHING_IMAGE');
    expect(error.violations.map((v) => v.message)).toContain("image '2025-datacenter-azure-edition-core' is ruled out by 'extended-network'");
    expect(error.violations).toHaveLength(4);
  });

  test('orders by year, then Server Core, then the standard disk, then the SKU', () => {
    expect(selectAzureEditionImages({ features: [], year: 2022 }).map((e) => e.sku)).toEqual([
      '2022-datacenter-azure-edition-core',
      '2022-datacenter-azure-edition-core-smalldisk',
      '2022-datacenter-azure-edition',
      '2022-datacenter-azure-edition-hotpatch',
      '2022-datacenter-azure-edition-hotpatch-smalldisk',
      '2022-datacenter-azure-edition-smalldisk',
    ]);
  });

  test('fails with one violation per image the filters allow, naming only the features it lacks and their sources', () => {
    const core = AZURE_EDITION_IMAGES.find((e) => e.sku === '2025-datacenter-azure-edition-core')!;
    expect(refusal({ features: ['hotpatch', 'extended-network'], year: 2025, installOption: 'server-core', diskVariant: 'standard' }).violations).toEqual([
      {
        ruleId: 'WSAE-IMAGE-SELECTION',
        severity: 'error',
        source: core.capabilities['extended-network'].source,
        path: 'selectAzureEditionImages',
        attribute: 'features',
        message: "image '2025-datacenter-azure-edition-core' is ruled out by 'extended-network'",
        value: 'extended-network',
        fix: 'drop that feature or choose another year or install option',
      },
    ]);
    const [none] = refusal({ features: [], year: 2019 as any }).violations;
    expect(none).toEqual({
      ruleId: 'WSAE-IMAGE-SELECTION',
      severity: 'error',
      source: expect.stringContaining('https://learn.microsoft.com/'),
      path: 'selectAzureEditionImages',
      attribute: 'filters',
      message: 'no Azure Edition image matches year 2019, install option any, disk any',
      value: 'year 2019, install option any, disk any',
      fix: 'relax the year, install option or disk filter',
    });
  });

  test('fails saying which filters were left open', () => {
    expect(() => selectAzureEditionImages({ features: ['hotpatch', 'smb-over-quic', 'extended-network'], year: 2025 })).toThrow(
      /no Azure Edition image supports hotpatch, smb-over-quic, extended-network with year 2025, install option any, disk any/,
    );
    expect(() => selectAzureEditionImages({ features: [], installOption: 'nano-server' as any })).toThrow(/no Azure Edition image matches year any, install option nano-server, disk any/);
    expect(() => selectAzureEditionImages({ features: [], year: 2019 as any, installOption: 'server-core', diskVariant: 'small' })).toThrow(/year 2019, install option server-core, disk small/);
  });

  test('fails when the filters leave no image at all', () => {
    expect(() => selectAzureEditionImages({ features: [], year: 2019 as any })).toThrow(/no Azure Edition image matches year 2019/);
  });

  propTest.prop(
    [
      fc.record({
        features: fc.subarray<AzureEditionFeature>(['hotpatch', 'smb-over-quic', 'extended-network']),
        year: fc.constantFrom<2022 | 2025 | undefined>(2022, 2025, undefined),
        core: fc.constantFrom<boolean | undefined>(true, false, undefined),
        small: fc.constantFrom<boolean | undefined>(true, false, undefined),
      }),
    ],
    { numRuns: runs(500) },
  )('returns exactly the images the facts say fit, or fails when none does', (r) => {
    const expected = MODEL_SKUS.filter((sku) => {
      const m = MODEL_IMAGES[sku];
      return (
        r.features.every((f) => m[FEATURE_KEY[f]]) &&
        (r.year === undefined || m.year === r.year) &&
        (r.core === undefined || m.core === r.core) &&
        (r.small === undefined || m.small === r.small)
      );
    });
    const req = {
      features: r.features,
      year: r.year,
      installOption: r.core === undefined ? undefined : r.core ? ('server-core' as const) : ('desktop-experience' as const),
      diskVariant: r.small === undefined ? undefined : r.small ? ('small' as const) : ('standard' as const),
    };
    if (expected.length === 0) expect(() => selectAzureEditionImages(req)).toThrow(ValidationError);
    else expect(selectAzureEditionImages(req).map((e) => e.sku).sort()).toEqual(expected.sort());
  });
});
