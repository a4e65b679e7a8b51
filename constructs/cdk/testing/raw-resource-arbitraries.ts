import type { Arbitrary } from 'fast-check';
import { PATCH_ASSESSMENT_MODES, PATCH_MODES } from '../../windows/windows-vm-facts';
import { AZURE_EDITION_IMAGES, HOTPATCH_SKUS } from '../../windows/image-catalog';
import { ADMIN_USERNAMES, ArbitraryOptions, BAD_ADMIN_USERNAMES, BAD_COMPUTER_NAMES, computerNameArbitrary, fastCheck, OTHER_SIZES, TRUSTED_LAUNCH_SIZES } from './arbitrary-parts';

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

/**
 * Settings of a raw provider `NetworkSecurityRule` (the attributes the rules read, in the provider class's names):
 * spread them over your own config (name, resource group, NSG name, priority). One of the singular and plural fields
 * of ports, sources and destinations is set, as azurerm requires.
 */
export interface NetworkSecurityRuleSettings {
  /** `direction`. */
  readonly direction: string;
  /** `access`. */
  readonly access: string;
  /** `protocol`. */
  readonly protocol: string;
  /** `source_port_range`. */
  readonly sourcePortRange: string;
  /** `destination_port_range`. */
  readonly destinationPortRange?: string;
  /** `destination_port_ranges`. */
  readonly destinationPortRanges?: string[];
  /** `source_address_prefix`. */
  readonly sourceAddressPrefix?: string;
  /** `source_address_prefixes`. */
  readonly sourceAddressPrefixes?: string[];
  /** `destination_address_prefix`. */
  readonly destinationAddressPrefix?: string;
  /** `destination_address_prefixes`. */
  readonly destinationAddressPrefixes?: string[];
}

const CIDRS = ['203.0.113.0/24', '198.51.100.7/32', '10.0.0.0/8', '2001:db8::/32'];
const TAGS = ['VirtualNetwork', 'AzureLoadBalancer', 'Internet', '*'];

/**
 * Settings of an NSG rule. Valid-only rules never allow RDP (TCP 3389) or SMB (TCP 445) from the Internet and put
 * only addresses and CIDRs in the plural prefix fields; the whole input space opens both ports to `*`, `Internet` or
 * `0.0.0.0/0` through single ports, ranges and lists, and puts service tags in the plural fields.
 */
export function networkSecurityRuleSettings(options: ArbitraryOptions = {}): Arbitrary<NetworkSecurityRuleSettings> {
  const fc = fastCheck();
  const ports = options.validOnly ? ['443', '80', '5985-5986', '8443'] : ['443', '3389', '445', '*', '3000-4000', '440-450', '22'];
  const internetPorts = ['443', '80', '8443'];
  const sources = options.validOnly ? ['VirtualNetwork', 'AzureLoadBalancer', ...CIDRS] : [...TAGS, '0.0.0.0/0', ...CIDRS];
  const plural = (items: readonly string[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });
  const port = (items: readonly string[]) => fc.oneof(fc.record({ destinationPortRange: fc.constantFrom(...items) }), fc.record({ destinationPortRanges: plural(items) }));
  const prefixes = options.validOnly ? CIDRS : [...CIDRS, ...TAGS];
  const source = (single: readonly string[]) => fc.oneof(fc.record({ sourceAddressPrefix: fc.constantFrom(...single) }), fc.record({ sourceAddressPrefixes: plural(prefixes) }));
  const destination = fc.oneof(fc.record({ destinationAddressPrefix: fc.constantFrom('*', 'VirtualNetwork', '10.1.0.4') }), fc.record({ destinationAddressPrefixes: plural(prefixes) }));
  const base = fc.record({
    direction: fc.constantFrom('Inbound', 'Outbound'),
    access: fc.constantFrom('Allow', 'Deny'),
    protocol: fc.constantFrom('Tcp', 'Udp', '*'),
    sourcePortRange: fc.constant('*'),
  });
  const rule = (p: Arbitrary<object>, s: Arbitrary<object>) => fc.tuple(base, p, s, destination).map(([b, ...parts]) => Object.assign({}, b, ...parts) as NetworkSecurityRuleSettings);
  // valid-only: management ports only from known sources, the Internet only to web ports
  return options.validOnly ? fc.oneof(rule(port(ports), source(sources)), rule(port(internetPorts), source(['Internet', '*']))) : rule(port(ports), source(sources));
}

/**
 * Settings of a raw provider `OrchestratedVirtualMachineScaleSet` (Flexible orchestration) that the patching rules
 * read: the image, `os_profile.windows_configuration`'s patching attributes, and the types of its extensions. Spread
 * `windowsConfiguration` over your `osProfile.windowsConfiguration` (administrator, password) and give each of
 * `extensionTypes` an `extension` block (publisher `Microsoft.ManagedServices` for the application health one).
 */
export interface FlexibleScaleSetSettings {
  /** `sku_name`. */
  readonly skuName: string;
  /** The Marketplace image. */
  readonly sourceImageReference: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  /** `os_profile.windows_configuration`'s patching attributes. */
  readonly windowsConfiguration: {
    readonly computerNamePrefix: string;
    readonly patchMode: string;
    readonly hotpatchingEnabled: boolean;
    readonly provisionVmAgent: boolean;
    readonly enableAutomaticUpdates: boolean;
  };
  /** The `type` of each extension block. */
  readonly extensionTypes: string[];
}

/**
 * Settings of a Flexible scale set on a Windows Server image. Valid-only ones patch by the platform with the
 * application health extension, and hotpatch exactly when the image can; the whole input space leaves the extension
 * out, turns hotpatching off on a hotpatch image or on where the image cannot, and mixes patch modes.
 */
export function flexibleScaleSetSettings(options: ArbitraryOptions = {}): Arbitrary<FlexibleScaleSetSettings> {
  const fc = fastCheck();
  const reference = (sku: string) => ({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' });
  const prefix = fc.stringMatching(/^[a-z][a-z0-9]{0,7}-?$/);
  if (options.validOnly) {
    return fc.constantFrom(...AZURE_EDITION_IMAGES).chain((entry) =>
      fc.record({
        skuName: fc.constantFrom(...TRUSTED_LAUNCH_SIZES),
        sourceImageReference: fc.constant(reference(entry.sku)),
        windowsConfiguration: fc.record({
          computerNamePrefix: prefix,
          patchMode: fc.constant('AutomaticByPlatform'),
          hotpatchingEnabled: fc.constant(HOTPATCH_SKUS.includes(entry.sku)),
          provisionVmAgent: fc.constant(true),
          enableAutomaticUpdates: fc.constant(true),
        }),
        extensionTypes: fc.constantFrom<string[]>(['ApplicationHealthWindows'], ['ApplicationHealthWindows', 'CustomScriptExtension']),
      }),
    );
  }
  return fc.record({
    skuName: fc.constantFrom(...TRUSTED_LAUNCH_SIZES),
    sourceImageReference: fc.constantFrom(...AZURE_EDITION_IMAGES.map((e) => e.sku), '2022-datacenter-g2', '2019-datacenter-gensecond').map(reference),
    windowsConfiguration: fc.record({
      computerNamePrefix: prefix,
      patchMode: fc.constantFrom(...PATCH_MODES),
      hotpatchingEnabled: fc.boolean(),
      provisionVmAgent: fc.constant(true),
      enableAutomaticUpdates: fc.boolean(),
    }),
    extensionTypes: fc.constantFrom<string[]>([], ['ApplicationHealthWindows'], ['CustomScriptExtension'], ['ApplicationHealthWindows', 'CustomScriptExtension']),
  });
}
