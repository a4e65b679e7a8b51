import fc from 'fast-check';
import { GEN1_ONLY_SIZES, GEN2_SIZES, MODEL_SIZE_DISKS, MODEL_SKUS, NO_TRUSTED_LAUNCH_SIZES, OFFER, PUBLISHER } from '../model/azure-edition-facts';
import { ImageChoice, NameChoice, VmConfig, VmDataChoice } from '../model/windows-vm-config';

const NON_AE_SKUS = ['2022-datacenter', '2022-datacenter-g2', '2025-datacenter-g2', '2019-datacenter', '2022-datacenter-core-g2', '2022-datacenter-azure-edition-g2', ''];
const MIS_CASED_SKUS = MODEL_SKUS.flatMap((s) => [s.toUpperCase(), s.replace('datacenter-azure-edition', 'Datacenter-Azure-Edition')]);

const image: fc.Arbitrary<ImageChoice> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...MODEL_SKUS).map((sku): ImageChoice => ({ kind: 'marketplace', publisher: PUBLISHER, offer: OFFER, sku })) },
  { weight: 1, arbitrary: fc.constantFrom(...MIS_CASED_SKUS, ...NON_AE_SKUS).map((sku): ImageChoice => ({ kind: 'marketplace', publisher: PUBLISHER, offer: OFFER, sku })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        publisher: fc.constantFrom(PUBLISHER, 'microsoftwindowsserver', 'MicrosoftWindowsDesktop', 'Canonical'),
        offer: fc.constantFrom(OFFER, 'windowsserver', 'WindowsServerHotpatch-Previews', 'windows-11'),
        sku: fc.constantFrom(...MODEL_SKUS, ...NON_AE_SKUS),
      })
      .map((r): ImageChoice => ({ kind: 'marketplace', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ publisher: fc.constantFrom(PUBLISHER, 'MicrosoftWindowsDesktop'), offer: fc.constantFrom(OFFER, 'windowsserver') })
      .map((r): ImageChoice => ({ kind: 'sku-token', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('ae-golden', 'ae-core-hardened')
      .map((n): ImageChoice => ({ kind: 'custom', imageId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/img/providers/Microsoft.Compute/galleries/g/images/${n}/versions/1.0.0` })),
  },
);

const NAME_ALPHABET = [...'abcdefghXYZ0123456789-', '_', '.', ' ', '!', 'é', '`'];
const name: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('web01', 'fs-01', 'a', 'wsae-core-0001', 'fileserver-0001', 'X9') },
  { weight: 1, arbitrary: fc.constantFrom('fileserver-00001', '12345', 'web_01', 'web.01', 'web 01', '', 'web-', 'ünïcode-01') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...NAME_ALPHABET), minLength: 0, maxLength: 18 }) },
);

const computerName: fc.Arbitrary<NameChoice | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: name.map((value): NameChoice => ({ kind: 'literal', value })) },
  { weight: 1, arbitrary: fc.constant<NameChoice>({ kind: 'token' }) },
  { weight: 1, arbitrary: fc.constantFrom('-web', '-web-01', '-', '-fileserver-0001', '_web', '01').map((suffix): NameChoice => ({ kind: 'template', suffix })) },
);

const adminUsername: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('azureuser', 'ops-admin', 'Administrator', 'ADMIN') },
  { weight: 1, arbitrary: fc.constantFrom('administrator', 'admin', 'root', 'ops.', 'a-name-of-21-letters!', ' ', 'ädmïnïsträtör-ünïcö') },
);

/** Unset (the construct's default) `unsetWeight` times out of `unsetWeight + 1`, else one of the values. */
const opt = <T>(arb: fc.Arbitrary<T>, unsetWeight = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: unsetWeight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** Mostly valid values, sometimes invalid ones. */
const mostly = <T>(valid: T[], invalid: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
const bool = opt(fc.boolean(), 2);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const vmData: fc.Arbitrary<VmDataChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Install-WindowsFeature Web-Server', '{"role":"web"}', '$password = $env:ADMIN_PASSWORD').map((value): VmDataChoice => ({ kind: 'text', value })) },
  { weight: 2, arbitrary: fc.constantFrom(b64('Install-WindowsFeature Web-Server'), 'QQ==', 'QUJD\nREVG').map((value): VmDataChoice => ({ kind: 'base64', value })) },
  { weight: 1, arbitrary: fc.constantFrom('Install-WindowsFeature Web-Server', '', 'QQ', 'a-_b').map((value): VmDataChoice => ({ kind: 'base64', value })) },
  { weight: 1, arbitrary: fc.constantFrom('$password = "Sup3rS3cret!"', 'ConvertTo-SecureString "P@ssw0rd123" -AsPlainText -Force').map((value): VmDataChoice => ({ kind: 'text', value })) },
  { weight: 1, arbitrary: fc.constantFrom(65535, 65536, 65537).map((n): VmDataChoice => ({ kind: 'text', value: 'a'.repeat(n) })) },
);
const dataDisk = fc.record(
  {
    lun: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5) }),
    caching: fc.constantFrom('None', 'ReadOnly', 'ReadWrite'),
    type: mostly(['Premium_LRS', 'StandardSSD_LRS', 'Standard_LRS'], ['UltraSSD_LRS', 'PremiumV2_LRS', 'Premium_ZRS']),
    copy: fc.boolean(),
  },
  { requiredKeys: ['lun'] },
);

/** The whole input space of a WindowsServerAzureEditionVm. */
export const vmConfig: fc.Arbitrary<VmConfig> = fc
  .record({
    image,
    size: fc.oneof({ weight: 12, arbitrary: mostly(GEN2_SIZES, [...GEN1_ONLY_SIZES, ...NO_TRUSTED_LAUNCH_SIZES]) }, { weight: 2, arbitrary: fc.constantFrom(...Object.keys(MODEL_SIZE_DISKS)) }),
    name,
    computerName,
    adminUsername: opt(adminUsername, 2),
    passwordLiteral: fc.oneof({ weight: 10, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    hotpatch: opt(fc.boolean()),
    patchMode: opt(mostly(['AutomaticByOS', 'AutomaticByPlatform', 'Manual'], ['automaticbyplatform', 'Automatic', '']), 2),
    patchAssessmentMode: opt(mostly(['AutomaticByPlatform', 'ImageDefault'], ['imagedefault']), 2),
    rebootSetting: opt(mostly(['Always', 'IfRequired', 'Never'], ['always']), 2),
    bypass: opt(fc.boolean(), 4),
    provisionVmAgent: opt(fc.boolean(), 4),
    allowExtensionOperations: bool,
    automaticUpdates: opt(fc.boolean(), 4),
    secureBoot: bool,
    vtpm: bool,
    automanage: opt(fc.constantFrom<'existing' | 'new'>('existing', 'new')),
    licenseType: opt(mostly(['Windows_Server', 'None', 'Windows_Client'], ['windows_server', 'AHUB', '']), 4),
    identity: opt(fc.record({ type: mostly(['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned'], ['systemassigned', 'SystemAssigned,UserAssigned']), ids: fc.integer({ min: 0, max: 2 }) }), 4),
    placement: opt(fc.record({ zone: fc.boolean(), availabilitySet: fc.boolean(), proximityPlacementGroup: fc.boolean(), capacityReservation: fc.boolean() }, { requiredKeys: [] }), 4),
    userData: opt(vmData, 4),
    customData: opt(vmData, 6),
    osDiskType: opt(fc.constantFrom('Premium_LRS', 'StandardSSD_LRS'), 4),
    // one configuration in seven has data disks: each disk adds two resources to synthesize
    dataDisks: opt(fc.array(dataDisk, { maxLength: 5 }), 6),
  })
  .map((c) => {
    // drop unset keys so that the config reads like what a user would write
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (v !== undefined) out[k] = v;
    return out as unknown as VmConfig;
  });
