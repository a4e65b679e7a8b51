import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { supportPolicy } from '../../constructs/azure-local/guest-image-support';
import { modelSupports, POLICIES, SEED_IMAGES } from '../model/azure-local-facts';
import { configureSeed, runs } from '../support/seed';

configureSeed('guest-image-support.property');

/**
 * Images assembled from parts near the edges of each dated list: a Windows 11 or Windows Server 2022 marker that is
 * not at the start of the SKU, publishers and offers in other cases, seed SKUs at other versions.
 */
const image = fc.record({
  publisher: fc.constantFrom('microsoftwindowsdesktop', 'MicrosoftWindowsDesktop', 'MicrosoftWindowsServer', 'microsoftwindowsserver', 'Canonical', 'contoso'),
  offer: fc.constantFrom('windows-11', 'Windows-11', 'windows11preview', 'office-365', 'WindowsServer', 'windowsserver', 'WindowsServer-HUB'),
  sku: fc.constantFrom(
    ...SEED_IMAGES.map((s) => s.sku),
    'win11-23h2-ent',
    'WIN11-24H2-PRO',
    'win11-24h2-avd',
    'xwin11-23h2-ent',
    'win10-22h2-ent',
    '2022-datacenter-azure-edition',
    '2022-Datacenter',
    'datacenter-2022-core',
    '12022-datacenter',
    '2019-datacenter',
  ),
  version: fc.constantFrom(...SEED_IMAGES.map((s) => s.version), 'latest'),
});

describe('guest image support policies', () => {
  test.prop([fc.constantFrom(...POLICIES), image], { numRuns: runs(500) })('support an image exactly as their dated document does', (policy, i) => {
    const reason = supportPolicy(policy)!.unsupportedBecause(i);
    expect(reason === undefined).toBe(modelSupports(policy, i));
    // a refusal names the image it refuses
    if (reason !== undefined) expect(reason).toContain(`'${i.publisher}:${i.offer}:${i.sku}:${i.version}'`);
  });

  test.prop([fc.constantFrom(...SEED_IMAGES)])('the 23H2 list supports its four images in any publisher, offer or SKU case', (s) => {
    const upper = { publisher: s.publisher.toUpperCase(), offer: s.offer.toUpperCase(), sku: s.sku.toUpperCase(), version: s.version };
    expect(supportPolicy('23H2-2023-11')!.unsupportedBecause(upper)).toBeUndefined();
    expect(supportPolicy('23H2-2023-11')!.unsupportedBecause({ ...s, version: `${s.version}.1` })).toContain('not one of the four images');
    // the same SKU and version under another publisher or offer is another image
    expect(supportPolicy('23H2-2023-11')!.unsupportedBecause({ ...s, publisher: 'contoso' })).toContain('not one of the four images');
    expect(supportPolicy('23H2-2023-11')!.unsupportedBecause({ ...s, offer: 'windows-10' })).toContain('not one of the four images');
  });
});
