import type { Arbitrary } from 'fast-check';
import { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from '../../windows/windows-vm-facts';
import { AZURE_EDITION_IMAGES, HOTPATCH_SKUS } from '../../windows/image-catalog';
import { WindowsServerAzureEditionImage } from '../../windows/image';
import type { PatchAssessmentMode, PatchMode, RebootSetting } from '../../windows/windows-vm-facts';
import { ADMIN_USERNAMES, ArbitraryOptions, BAD_ADMIN_USERNAMES, BAD_COMPUTER_NAMES, computerNameArbitrary, fastCheck, FastCheck, OTHER_SIZES, TRUSTED_LAUNCH_SIZES } from './arbitrary-parts';
import type { DataDiskOptions, VmIdentity } from '../windows/vm-fleet-settings';
import { VmData } from '../../windows/vm-data';
import type { LicenseType } from '../../windows/vm-settings-rules';

/**
 * The settings of a `WindowsServerAzureEditionVm` that the rules read: spread them over the props your stack
 * factory gives (resource group, location, password, network interfaces). Every key but `name`, `size` and `image`
 * may be absent, so that the construct's defaults are generated too.
 */
export interface AzureEditionVmSettings {
  /** The VM name (also the computer name when `computerName` is absent). */
  readonly name: string;
  /** The VM size. */
  readonly size: string;
  /** The image. */
  readonly image: WindowsServerAzureEditionImage;
  /** The local administrator's user name. */
  readonly adminUsername: string;
  /** The computer name. */
  readonly computerName?: string;
  /** Hotpatch on or off. */
  readonly hotpatch?: boolean;
  /** The patch mode. */
  readonly patchMode?: PatchMode;
  /** The patch assessment mode. */
  readonly patchAssessmentMode?: PatchAssessmentMode;
  /** The reboot setting of platform patching. */
  readonly rebootSetting?: RebootSetting;
  /** Whether the VM agent is installed. */
  readonly provisionVmAgent?: boolean;
  /** Whether Windows Update installs updates by itself. */
  readonly automaticUpdates?: boolean;
  /** Whether platform safety checks are bypassed on a user schedule. */
  readonly bypassPlatformSafetyChecksOnUserSchedule?: boolean;
  /** Secure boot. */
  readonly secureBoot?: boolean;
  /** The vTPM. */
  readonly vtpm?: boolean;
  /** Azure Hybrid Benefit. */
  readonly licenseType?: LicenseType;
  /** Managed identities. */
  readonly identity?: VmIdentity;
  /** Availability zone. */
  readonly zone?: string;
  /** Availability set. */
  readonly availabilitySetId?: string;
  /** User data. */
  readonly userData?: VmData;
  /** New data disks. */
  readonly dataDisks?: DataDiskOptions[];
}

const PLACEHOLDER = (type: string, name: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-fleet/providers/${type}/${name}`;
const USER_ASSIGNED = PLACEHOLDER('Microsoft.ManagedIdentity/userAssignedIdentities', 'fleet');
const AVAILABILITY_SET = PLACEHOLDER('Microsoft.Compute/availabilitySets', 'fleet');

/** Spreads the generated placement (zone, availability set) into the settings. */
function withPlacement<T extends { placement?: object }>(s: T): Omit<T, 'placement'> {
  const { placement, ...rest } = s;
  return { ...rest, ...placement };
}

/** Fleet settings every size of the valid-only space accepts: at most 4 data disks (the smallest size takes 4), distinct LUNs, no premium disk caching limits crossed. */
function fleetSettings(fc: FastCheck, validOnly: boolean) {
  const disk = (lun: Arbitrary<number>) =>
    fc.record({ lun, sizeGb: fc.constantFrom(32, 128, 1024), caching: fc.constantFrom('None' as const, 'ReadOnly' as const), storageAccountType: fc.constantFrom('Premium_LRS' as const, 'StandardSSD_LRS' as const) });
  const identity = fc.oneof(fc.constant<VmIdentity>({ type: 'SystemAssigned' }), fc.constantFrom<VmIdentity['type']>('UserAssigned', 'SystemAssigned, UserAssigned').map((type): VmIdentity => ({ type, identityIds: [USER_ASSIGNED] })));
  const placement: Arbitrary<{ readonly zone?: string; readonly availabilitySetId?: string }> = fc.constantFrom({ zone: '1' }, { zone: '3' }, { availabilitySetId: AVAILABILITY_SET }, {});
  const licenseType = fc.constantFrom<LicenseType>('Windows_Server', 'None');
  const dataDisks = fc.uniqueArray(disk(fc.integer({ min: 0, max: 15 })), { maxLength: 4, selector: (d) => d.lun }).map((ds) => ds.map((d, i) => ({ name: `data${i}`, ...d })));
  const userData = fc.constantFrom('Install-WindowsFeature Web-Server', '{"role":"web","tier":"front"}').map((t) => VmData.fromText(t));
  if (validOnly) {
    return { licenseType, identity, placement, userData, dataDisks };
  }
  // the whole space: mostly valid fleet settings, sometimes one Azure or azurerm refuses, so that valid VMs stay common
  const sometimes = <T>(valid: Arbitrary<T>, invalid: Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
  return {
    licenseType: sometimes(licenseType, fc.constantFrom('Windows_Client', 'windows_server' as LicenseType)),
    identity: sometimes(identity, fc.constant({ type: 'SystemAssigned', identityIds: [USER_ASSIGNED] } as VmIdentity)),
    placement: sometimes(placement, fc.constant({ zone: '1', availabilitySetId: AVAILABILITY_SET })),
    userData: sometimes(userData, fc.constant(VmData.fromBase64('Install-WindowsFeature Web-Server'))),
    dataDisks: sometimes(dataDisks, fc.array(disk(fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 6 }).map((ds) => ds.map((d, i) => ({ name: `data${i}`, ...d })))),
  };
}

/**
 * Settings of a Windows Server Azure Edition VM. Shrinking-friendly: each key is drawn independently from a small
 * list or a bounded string, so a failing case shrinks to the few keys that matter.
 */
export function azureEditionVmSettings(options: ArbitraryOptions = {}): Arbitrary<AzureEditionVmSettings> {
  const fc = fastCheck();
  const fleet = (validOnly: boolean) => fleetSettings(fc, validOnly);
  const name = computerNameArbitrary(fc);
  if (options.validOnly) {
    return fc.constantFrom(...AZURE_EDITION_IMAGES).chain((entry) => {
      const hotpatchImage = HOTPATCH_SKUS.includes(entry.sku);
      return fc.record(
        {
          name,
          size: fc.constantFrom(...TRUSTED_LAUNCH_SIZES),
          image: fc.constant(WindowsServerAzureEditionImage.fromSku(entry.sku)),
          adminUsername: fc.constantFrom(...ADMIN_USERNAMES),
          computerName: name,
          hotpatch: hotpatchImage ? fc.boolean() : fc.constant(false),
          patchMode: fc.constant('AutomaticByPlatform' as const),
          patchAssessmentMode: fc.constantFrom(...PATCH_ASSESSMENT_MODES),
          rebootSetting: fc.constantFrom(...REBOOT_SETTINGS),
          secureBoot: fc.constant(true),
          vtpm: fc.constant(true),
          ...fleet(true),
        },
        { requiredKeys: ['name', 'size', 'image', 'adminUsername'] },
      ).map(withPlacement);
    });
  }
  const image = fc.oneof(
    fc.constantFrom(...AZURE_EDITION_IMAGES.map((e) => e.sku)).map((sku) => WindowsServerAzureEditionImage.fromSku(sku)),
    fc.constantFrom('2022-Datacenter-Azure-Edition-Core', '2022-datacenter-g2', '2019-datacenter').map((sku) => WindowsServerAzureEditionImage.fromSku(sku)),
    fc.constant(WindowsServerAzureEditionImage.fromImageId('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/golden')),
  );
  return fc.record(
    {
      name: fc.oneof(name, fc.constantFrom(...BAD_COMPUTER_NAMES)),
      size: fc.constantFrom(...TRUSTED_LAUNCH_SIZES, ...OTHER_SIZES),
      image,
      adminUsername: fc.constantFrom(...ADMIN_USERNAMES, ...BAD_ADMIN_USERNAMES),
      computerName: fc.oneof(name, fc.constantFrom(...BAD_COMPUTER_NAMES)),
      hotpatch: fc.boolean(),
      patchMode: fc.constantFrom(...PATCH_MODES, 'automaticbyplatform' as never),
      patchAssessmentMode: fc.constantFrom(...PATCH_ASSESSMENT_MODES),
      rebootSetting: fc.constantFrom(...REBOOT_SETTINGS),
      provisionVmAgent: fc.boolean(),
      automaticUpdates: fc.boolean(),
      bypassPlatformSafetyChecksOnUserSchedule: fc.boolean(),
      secureBoot: fc.boolean(),
      vtpm: fc.boolean(),
      ...fleet(false),
    },
    { requiredKeys: ['name', 'size', 'image', 'adminUsername'] },
  ).map(withPlacement);
}
