import { AZURE_EDITION_FEATURES, AZURE_EDITION_IMAGES, WindowsServerAzureEditionImage } from '../../constructs/rules';
import { HOTPATCH_SKUS, imageGenerationOf } from '../../constructs/windows/image-catalog';
import { MODEL_IMAGES, MODEL_SKUS } from '../model/azure-edition-facts';

describe('Azure Edition image catalog', () => {
  test('holds exactly the 10 Marketplace SKUs, lowercase', () => {
    expect(AZURE_EDITION_IMAGES.map((e) => e.sku).sort()).toEqual([...MODEL_SKUS].sort());
    for (const e of AZURE_EDITION_IMAGES) expect(e.sku).toBe(e.sku.toLowerCase());
  });

  test('agrees with the facts on every capability, year, install option and disk variant', () => {
    for (const e of AZURE_EDITION_IMAGES) {
      const m = MODEL_IMAGES[e.sku];
      expect([e.sku, e.capabilities['hotpatch'].supported, e.capabilities['smb-over-quic'].supported, e.capabilities['extended-network'].supported]).toEqual([e.sku, m.hotpatch, m.smbOverQuic, m.extendedNetwork]);
      expect([e.sku, e.year, e.installOption === 'server-core', e.diskVariant === 'small']).toEqual([e.sku, m.year, m.core, m.small]);
      expect(e.generation).toBe('V2');
      expect(e.trustedLaunch.supported).toBe(true);
    }
  });

  test('keeps the seed table: 2022 Core has Hotpatch, SMB over QUIC and Extended Network; 2022 Desktop Experience has the last two only', () => {
    const core = WindowsServerAzureEditionImage.DATACENTER_2022_CORE;
    const desktop = WindowsServerAzureEditionImage.DATACENTER_2022;
    expect(AZURE_EDITION_FEATURES.filter((f) => core.supports(f))).toEqual(['hotpatch', 'smb-over-quic', 'extended-network']);
    expect(AZURE_EDITION_FEATURES.filter((f) => desktop.supports(f))).toEqual(['smb-over-quic', 'extended-network']);
  });

  test('gives every capability a source, and a note where the fact is inferred', () => {
    for (const e of AZURE_EDITION_IMAGES) {
      for (const f of AZURE_EDITION_FEATURES) expect(e.capabilities[f].source).toMatch(/learn\.microsoft\.com|terraform-provider-azurerm/);
    }
    expect(AZURE_EDITION_IMAGES.find((e) => e.sku === '2025-datacenter-azure-edition')!.capabilities['extended-network'].note).toMatch(/2022/);
  });

  test('tells the generation of an image from its reference where the name says it', () => {
    const gen = (publisher: string, offer: string, sku: string) => imageGenerationOf(publisher, offer, sku);
    expect(AZURE_EDITION_IMAGES.map((e) => gen('MicrosoftWindowsServer', 'WindowsServer', e.sku))).toEqual(AZURE_EDITION_IMAGES.map(() => 'V2'));
    expect([gen('MicrosoftWindowsServer', 'WindowsServer', '2019-datacenter-gensecond'), gen('MicrosoftWindowsServer', 'WindowsServer', '2019-Datacenter-GenSecond'), gen('p', 'o', 'win10-22h2-avd-g2'), gen('p', 'o', 'x-G2')]).toEqual(['V2', 'V2', 'V2', 'V2']);
    // unknown when the name does not say: a `-g2` that does not end the SKU, a `g2` without its dash, or none at all
    expect([gen('p', 'o', '2019-datacenter'), gen('p', 'o', 'x-g2-smalldisk'), gen('p', 'o', 'xg2'), gen('MicrosoftWindowsServer', 'WindowsServer-HUB', '2022-datacenter-azure-edition'), gen('MicrosoftWindowsServer', 'WindowsServer', '2019-datacenter-with-containers')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Azure Edition images are generation 2 however the reference is cased (Azure compares without case)
    expect([gen('microsoftwindowsserver', 'WindowsServer', '2022-datacenter-azure-edition'), gen('MicrosoftWindowsServer', 'windowsserver', '2025-DATACENTER-AZURE-EDITION-CORE')]).toEqual(['V2', 'V2']);
    // the plain Windows Server Datacenter SKUs, whose generation 2 twins carry a suffix, are generation 1 (any case)
    expect([gen('MicrosoftWindowsServer', 'WindowsServer', '2019-Datacenter'), gen('microsoftwindowsserver', 'windowsserver', '2022-datacenter-core-smalldisk'), gen('MicrosoftWindowsServer', 'WindowsServer', '2016-datacenter')]).toEqual(['V1', 'V1', 'V1']);
  });

  test('hotpatch list is the 8 SKUs of the Microsoft and azurerm lists', () => {
    expect([...HOTPATCH_SKUS].sort()).toEqual(MODEL_SKUS.filter((s) => MODEL_IMAGES[s].hotpatch).sort());
  });

  test('static images agree with the catalog on hotpatch capability', () => {
    const statics = Object.entries(WindowsServerAzureEditionImage).filter(([, v]) => v instanceof WindowsServerAzureEditionImage) as [string, WindowsServerAzureEditionImage][];
    expect(statics).toHaveLength(10);
    for (const [, image] of statics) expect(image.hotpatchCapable).toBe(MODEL_IMAGES[image.reference!.sku].hotpatch);
  });

  test('a custom image cannot hotpatch and supports no catalog feature', () => {
    const custom = WindowsServerAzureEditionImage.fromImageId('/subscriptions/x/images/y');
    expect(custom.hotpatchCapable).toBe(false);
    expect(AZURE_EDITION_FEATURES.some((f) => custom.supports(f))).toBe(false);
  });

  test('a mis-cased sku is not recognised as a hotpatch image', () => {
    expect(WindowsServerAzureEditionImage.fromSku('2022-Datacenter-Azure-Edition-Core').hotpatchCapable).toBe(false);
    expect(WindowsServerAzureEditionImage.fromSku('2022-datacenter-azure-edition-core').hotpatchCapable).toBe(true);
  });

  test('withVersion pins the version and keeps the sku', () => {
    const pinned = WindowsServerAzureEditionImage.DATACENTER_2025_CORE.withVersion('26100.2314.241107');
    expect(pinned.reference).toEqual({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition-core', version: '26100.2314.241107' });
    expect(String(pinned)).toBe('MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition-core:26100.2314.241107');
  });
});
