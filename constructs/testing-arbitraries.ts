/**
 * `azure-guardrails-cdktf/testing/arbitraries`: fast-check arbitraries of the constructs' settings and of raw
 * provider resources (the whole input space, or only valid settings) and `assertGuardrailsProperty`, which runs a
 * property over them with every case run and the seed to replay a failure. Needs fast-check 4 (an optional peer
 * dependency).
 *
 * @packageDocumentation
 */
export type { ArbitraryOptions } from './cdk/testing/arbitrary-parts';
export { azureEditionVmSettings } from './cdk/testing/azure-edition-arbitraries';
export type { AzureEditionVmSettings } from './cdk/testing/azure-edition-arbitraries';
export { azureLocalMarketplaceImageSettings, azureLocalVmInstanceSecuritySettings, azureLocalVmSettings } from './cdk/testing/azure-local-arbitraries';
export type { AzureLocalMarketplaceImageSettings, AzureLocalVmInstanceSecuritySettings, AzureLocalVmSettings } from './cdk/testing/azure-local-arbitraries';
export { smbOverQuicSettings } from './cdk/testing/smb-over-quic-arbitraries';
export type { SmbOverQuicNewCertificateSettings, SmbOverQuicSettings } from './cdk/testing/smb-over-quic-arbitraries';
export { azureExtendedNetworkSettings } from './cdk/testing/extended-network-arbitraries';
export type { AzureExtendedNetworkSettings } from './cdk/testing/extended-network-arbitraries';
export { flexibleScaleSetSettings, networkSecurityRuleSettings, windowsVirtualMachineSettings } from './cdk/testing/raw-resource-arbitraries';
export type { FlexibleScaleSetSettings, NetworkSecurityRuleSettings, WindowsVirtualMachineSettings } from './cdk/testing/raw-resource-arbitraries';
export { assertGuardrailsProperty } from './cdk/testing/property';
export type { GuardrailsPropertyOptions, GuardrailsPropertyRun } from './cdk/testing/property';
// what the settings are made of
export { WindowsServerAzureEditionImage } from './windows/image';
export type { MarketplaceImageReference } from './windows/image';
export { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from './windows/windows-vm-facts';
export type { PatchAssessmentMode, PatchMode, RebootSetting } from './windows/windows-vm-facts';
export type { AzureEditionFeature, AzureEditionImageEntry, CapabilityFact, DiskVariant, InstallOption } from './windows/image-catalog';
export type { SmbOverQuicClientAccessControl } from './cdk/smb-over-quic/smb-over-quic';
export type { ExtendedNetworkSubnet } from './cdk/extended-network/azure-extended-network';
export type { DataDiskOptions, VmIdentity } from './cdk/windows/vm-fleet-settings';
export { VmData } from './windows/vm-data';
export { IDENTITY_TYPES, LICENSE_TYPES } from './windows/vm-settings-rules';
export type { IdentityType, LicenseType } from './windows/vm-settings-rules';
