/**
 * `azure-guardrails-cdktf/testing/arbitraries`: fast-check arbitraries of the constructs' settings (the whole input
 * space, or only valid settings) and `assertGuardrailsProperty`, which runs a property over them with every case run
 * and the seed to replay a failure. Needs fast-check 4 (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { azureEditionVmSettings, azureLocalVmSettings, windowsVirtualMachineSettings } from './cdk/testing/arbitraries';
export type { ArbitraryOptions, AzureEditionVmSettings, AzureLocalVmSettings, WindowsVirtualMachineSettings } from './cdk/testing/arbitraries';
export { assertGuardrailsProperty } from './cdk/testing/property';
export type { GuardrailsPropertyOptions, GuardrailsPropertyRun } from './cdk/testing/property';
// what the settings are made of
export { WindowsServerAzureEditionImage } from './windows/image';
export type { MarketplaceImageReference } from './windows/image';
export { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from './windows/windows-vm-facts';
export type { PatchAssessmentMode, PatchMode, RebootSetting } from './windows/windows-vm-facts';
export type { AzureEditionFeature, AzureEditionImageEntry, CapabilityFact, DiskVariant, InstallOption } from './windows/image-catalog';
