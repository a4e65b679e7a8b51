import type { Arbitrary } from 'fast-check';
import { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from '../../windows/windows-vm-facts';
import { AZURE_EDITION_IMAGES, HOTPATCH_SKUS } from '../../windows/image-catalog';
import { WindowsServerAzureEditionImage } from '../../windows/image';
import type { PatchAssessmentMode, PatchMode, RebootSetting } from '../../windows/windows-vm-facts';

type FastCheck = typeof import('fast-check');

/** fast-check, loaded when an arbitrary is first asked for: the rest of the testing entry point works without it. */
export function fastCheck(): FastCheck {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('fast-check');
  } catch {
    throw new Error('azure-guardrails-cdktf/testing: the arbitraries and assertGuardrailsProperty need fast-check 4 (npm install --save-dev fast-check)');
  }
}

/** Options of the arbitraries. */
export interface ArbitraryOptions {
  /**
   * `true` for settings that every rule accepts (built from the image catalog and sizes that run trusted launch);
   * `false` for the whole input space, invalid combinations included (most do not compile: pass them `as` the props).
   * @default false
   */
  readonly validOnly?: boolean;
}

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
}

/** The settings of an `AzureLocalTrustedLaunchVm` that the rules read, for the same use. */
export interface AzureLocalVmSettings {
  /** The VM name. */
  readonly name: string;
  /** The guest's computer name. */
  readonly computerName?: string;
  /** Virtual processors. */
  readonly processors?: number;
  /** Memory in MB. */
  readonly memoryMb?: number;
  /** The security type (the whole input space holds others, as JavaScript callers write them). */
  readonly securityType?: 'TrustedLaunch';
  /** Secure boot (always on; the whole input space switches it off). */
  readonly secureBoot?: true;
  /** The vTPM (always on; the whole input space switches it off). */
  readonly vtpm?: true;
  /** Guest attestation (not available; the whole input space asks for it). */
  readonly guestAttestation?: false;
}

/** Sizes that boot generation 2 images and run trusted launch on x64 (their size pages). */
const TRUSTED_LAUNCH_SIZES = ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D2ds_v5', 'Standard_D2as_v5', 'Standard_E4s_v5', 'Standard_F4s_v2', 'Standard_B2ms'];
/** Sizes the rules refuse with these images: generation 1 only, no trusted launch, Arm64, and a name no catalog knows. */
const OTHER_SIZES = ['Standard_A2_v2', 'Standard_D2_v2', 'Basic_A1', 'Standard_M8ms', 'Standard_NC6s_v3', 'Standard_D2ps_v5', 'Standard_Unknown9'];
const ADMIN_USERNAMES = ['fleetadmin', 'platformadmin', 'opsadmin', 'azureuser'];
const BAD_ADMIN_USERNAMES = ['admin', 'Administrator', 'a-name-longer-than-twenty', 'ops.'];
const BAD_COMPUTER_NAMES = ['a-computer-name-too-long', '123456', 'web-', 'web_01'];

/** A name of 2 to 15 lower-case letters, digits and inner dashes, starting with a letter: a valid computer name. */
const computerNameArbitrary = (fc: FastCheck) => fc.stringMatching(/^[a-z][a-z0-9-]{0,13}[a-z0-9]$/);

/**
 * Settings of a Windows Server Azure Edition VM. Shrinking-friendly: each key is drawn independently from a small
 * list or a bounded string, so a failing case shrinks to the few keys that matter.
 */
export function azureEditionVmSettings(options: ArbitraryOptions = {}): Arbitrary<AzureEditionVmSettings> {
  const fc = fastCheck();
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
        },
        { requiredKeys: ['name', 'size', 'image', 'adminUsername'] },
      );
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
    },
    { requiredKeys: ['name', 'size', 'image', 'adminUsername'] },
  );
}

/** Settings of a trusted launch Azure Local VM (the image, network and password come from your factory). */
export function azureLocalVmSettings(options: ArbitraryOptions = {}): Arbitrary<AzureLocalVmSettings> {
  const fc = fastCheck();
  const name = computerNameArbitrary(fc);
  const sizing = { processors: fc.constantFrom(2, 4, 8), memoryMb: fc.constantFrom(4096, 8192, 16384) };
  if (options.validOnly) {
    return fc.record(
      { name, computerName: name, ...sizing, securityType: fc.constant('TrustedLaunch' as const), secureBoot: fc.constant(true as const), vtpm: fc.constant(true as const), guestAttestation: fc.constant(false as const) },
      { requiredKeys: ['name'] },
    );
  }
  // what does not compile (trusted launch switched off, attestation on) is generated too, as JavaScript callers write it
  return fc.record(
    {
      name,
      computerName: fc.oneof(name, fc.constantFrom(...BAD_COMPUTER_NAMES)),
      ...sizing,
      securityType: fc.constantFrom('TrustedLaunch', 'Standard', 'ConfidentialVM') as Arbitrary<'TrustedLaunch'>,
      secureBoot: fc.boolean() as Arbitrary<true>,
      vtpm: fc.boolean() as Arbitrary<true>,
      guestAttestation: fc.boolean() as Arbitrary<false>,
    },
    { requiredKeys: ['name'] },
  );
}

/**
 * Settings of a raw provider `WindowsVirtualMachine` (the attributes the rules read, in the provider class's names),
 * for stacks that write the provider resources themselves: spread them over your own config (name, resource group,
 * password, NICs, OS disk). Every attribute is set, so the provider's defaults never decide the verdict.
 */
export interface WindowsVirtualMachineSettings {
  /** The VM size. */
  readonly size: string;
  /** The Marketplace image. */
  readonly sourceImageReference: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  /** The computer name. */
  readonly computerName: string;
  /** The local administrator's user name. */
  readonly adminUsername: string;
  /** `patch_mode`. */
  readonly patchMode: string;
  /** `patch_assessment_mode`. */
  readonly patchAssessmentMode: string;
  /** `hotpatching_enabled`. */
  readonly hotpatchingEnabled: boolean;
  /** `provision_vm_agent`. */
  readonly provisionVmAgent: boolean;
  /** `allow_extension_operations`. */
  readonly allowExtensionOperations: boolean;
  /** `automatic_updates_enabled`. */
  readonly automaticUpdatesEnabled: boolean;
  /** `bypass_platform_safety_checks_on_user_schedule_enabled`. */
  readonly bypassPlatformSafetyChecksOnUserScheduleEnabled: boolean;
  /** `secure_boot_enabled`. */
  readonly secureBootEnabled: boolean;
  /** `vtpm_enabled`. */
  readonly vtpmEnabled: boolean;
}

/** Settings of a raw provider `WindowsVirtualMachine` on an Azure Edition image: the whole space, or valid-only. */
export function windowsVirtualMachineSettings(options: ArbitraryOptions = {}): Arbitrary<WindowsVirtualMachineSettings> {
  const fc = fastCheck();
  const reference = (sku: string) => ({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' });
  if (options.validOnly) {
    return fc.constantFrom(...AZURE_EDITION_IMAGES).chain((entry) =>
      fc.record({
        size: fc.constantFrom(...TRUSTED_LAUNCH_SIZES),
        sourceImageReference: fc.constant(reference(entry.sku)),
        computerName: computerNameArbitrary(fc),
        adminUsername: fc.constantFrom(...ADMIN_USERNAMES),
        patchMode: fc.constant('AutomaticByPlatform'),
        patchAssessmentMode: fc.constantFrom(...PATCH_ASSESSMENT_MODES),
        hotpatchingEnabled: HOTPATCH_SKUS.includes(entry.sku) ? fc.boolean() : fc.constant(false),
        provisionVmAgent: fc.constant(true),
        allowExtensionOperations: fc.boolean(),
        automaticUpdatesEnabled: fc.constant(true),
        bypassPlatformSafetyChecksOnUserScheduleEnabled: fc.constant(false),
        secureBootEnabled: fc.boolean(),
        vtpmEnabled: fc.boolean(),
      }),
    );
  }
  return fc.record({
    size: fc.constantFrom(...TRUSTED_LAUNCH_SIZES, ...OTHER_SIZES),
    sourceImageReference: fc.constantFrom(...AZURE_EDITION_IMAGES.map((e) => e.sku), '2022-Datacenter-Azure-Edition-Core', '2022-datacenter-g2', '2019-datacenter').map(reference),
    computerName: fc.oneof(computerNameArbitrary(fc), fc.constantFrom(...BAD_COMPUTER_NAMES)),
    adminUsername: fc.constantFrom(...ADMIN_USERNAMES, ...BAD_ADMIN_USERNAMES),
    patchMode: fc.constantFrom(...PATCH_MODES, 'automaticbyplatform'),
    patchAssessmentMode: fc.constantFrom(...PATCH_ASSESSMENT_MODES),
    hotpatchingEnabled: fc.boolean(),
    provisionVmAgent: fc.boolean(),
    allowExtensionOperations: fc.boolean(),
    automaticUpdatesEnabled: fc.boolean(),
    bypassPlatformSafetyChecksOnUserScheduleEnabled: fc.boolean(),
    secureBootEnabled: fc.boolean(),
    vtpmEnabled: fc.boolean(),
  });
}
