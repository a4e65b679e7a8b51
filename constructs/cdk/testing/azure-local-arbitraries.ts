import type { Arbitrary } from 'fast-check';
import { ArbitraryOptions, BAD_COMPUTER_NAMES, computerNameArbitrary, fastCheck, mostly, withoutUndefined } from './arbitrary-parts';

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
 * The settings of an `AzureLocalMarketplaceImage` that the rules read (the Marketplace identifier, version,
 * generation and name): spread them over the props your factory gives (resource group, location, custom location).
 */
export interface AzureLocalMarketplaceImageSettings {
  /** The image resource's name. */
  readonly name: string;
  /** The Marketplace publisher. */
  readonly publisher: string;
  /** The Marketplace offer. */
  readonly offer: string;
  /** The Marketplace SKU. */
  readonly sku: string;
  /** The image version. */
  readonly version: string;
  /** The Hyper-V generation. */
  readonly hypervGeneration?: 'V1' | 'V2';
}

type MarketplaceIdentifier = Pick<AzureLocalMarketplaceImageSettings, 'publisher' | 'offer' | 'sku' | 'version'>;

/** Windows guest images the newest support statement lists (Windows 11 and Windows Server Marketplace images). */
const SUPPORTED_GUEST_IMAGES: readonly MarketplaceIdentifier[] = [
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '26100.2314.241107' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-23h2-avd', version: '22631.4460.241107' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001' },
  { publisher: 'microsoftwindowsdesktop', offer: 'office-365', sku: 'win10-21h2-avd-m365-g2', version: '19044.3570.231010' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '20348.2849.241107' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '26100.2314.241107' },
];
/** Marketplace images no support statement lists for trusted launch VMs on Azure Local. */
const UNSUPPORTED_GUEST_IMAGES: readonly MarketplaceIdentifier[] = [
  { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: '22.04.202411070' },
  { publisher: 'RedHat', offer: 'RHEL', sku: '9-lvm-gen2', version: '9.4.2024101412' },
];
const BAD_IMAGE_NAMES = ['a', '-win11-image', 'win11-image.', 'win11 image', 'i'.repeat(81)];

/**
 * Settings of a Marketplace gallery image for trusted launch VMs. Valid-only settings are generation 2 Windows images
 * that the default support policy lists; the whole input space holds generation 1, Linux images no policy lists, and
 * names Azure refuses.
 */
export function azureLocalMarketplaceImageSettings(options: ArbitraryOptions = {}): Arbitrary<AzureLocalMarketplaceImageSettings> {
  const fc = fastCheck();
  const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
  if (options.validOnly) {
    return fc
      .record({ name, identifier: fc.constantFrom(...SUPPORTED_GUEST_IMAGES), hypervGeneration: fc.option(fc.constant('V2' as const), { nil: undefined }) })
      .map(({ identifier, ...rest }) => withoutUndefined({ ...rest, ...identifier }));
  }
  return fc
    .record({
      name: fc.oneof({ weight: 6, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom(...BAD_IMAGE_NAMES) }),
      identifier: mostly(fc, SUPPORTED_GUEST_IMAGES, UNSUPPORTED_GUEST_IMAGES, 4),
      hypervGeneration: fc.option(mostly(fc, ['V2' as const], ['V1' as const], 3), { nil: undefined }),
    })
    .map(({ identifier, ...rest }) => withoutUndefined({ ...rest, ...identifier }));
}

/**
 * The parts of a raw `Microsoft.AzureStackHCI/virtualMachineInstances` body that the rules read, for stacks that write
 * the azapi resource themselves: merge `securityProfile` and `osProfile.computerName` into your body's `properties`.
 * The whole input space holds what ARM silently ignores or Azure refuses: misspelt keys, secure boot or the vTPM
 * off or left out on a trusted launch VM, and computer names Azure refuses.
 */
export interface AzureLocalVmInstanceSecuritySettings {
  /** `properties.securityProfile`. */
  readonly securityProfile: { readonly [key: string]: unknown };
  /** `properties.osProfile.computerName`. */
  readonly computerName: string;
}

/** Settings of a raw VM instance body's security profile and computer name: valid-only ones are trusted launch with secure boot and vTPM on. */
export function azureLocalVmInstanceSecuritySettings(options: ArbitraryOptions = {}): Arbitrary<AzureLocalVmInstanceSecuritySettings> {
  const fc = fastCheck();
  const computerName = computerNameArbitrary(fc);
  const trustedLaunch = { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } };
  if (options.validOnly) return fc.record({ securityProfile: fc.constant(trustedLaunch), computerName });
  const flag = fc.option(fc.boolean(), { nil: undefined });
  const securityProfile = fc
    .record({
      securityType: fc.option(mostly(fc, ['TrustedLaunch'], ['ConfidentialVM']), { nil: undefined, freq: 8 }),
      enableTPM: flag,
      uefiSettings: fc.option(fc.record({ secureBootEnabled: flag }).map(withoutUndefined), { nil: undefined, freq: 8 }),
      // keys ARM does not know, as a hand-written body misspells them
      misspelt: fc.option(fc.constantFrom({ enableTpm: true }, { uefiSetting: { secureBootEnabled: true } }, { SecurityType: 'TrustedLaunch' }), { nil: undefined, freq: 6 }),
    })
    .map(({ misspelt, ...rest }) => withoutUndefined({ ...rest, ...misspelt }));
  return fc.record({ securityProfile, computerName: fc.oneof({ weight: 6, arbitrary: computerName }, { weight: 1, arbitrary: fc.constantFrom('vm_01', 'a-computer-name-too-long', '') }) });
}
