/**
 * Typed cdktf constructs that refuse invalid Windows Server Azure Edition and Azure Local trusted-launch VM
 * configurations at synth. This entry point is what a stack author uses: the constructs, their images and props,
 * image selection and the error they throw. The rules without cdktf are in `azure-guardrails-cdktf/rules`.
 *
 * @packageDocumentation
 */
export { WindowsServerAzureEditionVm } from './cdk/windows/windows-server-azure-edition-vm';
export type {
  HotpatchImageBaseProps,
  HotpatchImagePatchingProps,
  NonHotpatchImagePatchingProps,
  OsDiskOptions,
  PatchingProps,
  PatchingPropsFor,
  WindowsServerAzureEditionVmBaseProps,
  WindowsServerAzureEditionVmProps,
} from './cdk/windows/windows-server-azure-edition-vm';
export type { DataDiskOptions, VmFleetProps, VmIdentity } from './cdk/windows/vm-fleet-settings';
export { VmData } from './windows/vm-data';
export { IDENTITY_TYPES, LICENSE_TYPES } from './windows/vm-settings-rules';
export type { IdentityType, LicenseType } from './windows/vm-settings-rules';
export { WindowsServerAzureEditionImage } from './windows/image';
export type { MarketplaceImageReference } from './windows/image';
export { AZURE_EDITION_FEATURES, AZURE_EDITION_IMAGES } from './windows/image-catalog';
export type { AzureEditionFeature, AzureEditionImageEntry, CapabilityFact, DiskVariant, InstallOption } from './windows/image-catalog';
export { selectAzureEditionImages } from './windows/image-selection';
export type { ImageRequirements } from './windows/image-selection';
export type { AutomanageConfigurationOptions, AutomanageOptions } from './windows/automanage-options';
export { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from './windows/windows-vm-facts';
export type { PatchAssessmentMode, PatchMode, RebootSetting } from './windows/windows-vm-facts';

export { AzureLocalTrustedLaunchVm } from './cdk/azure-local/azure-local-trusted-launch-vm';
export type { AzureLocalDataDisk, AzureLocalDynamicMemory, AzureLocalNetworkInterface, AzureLocalTrustedLaunchVmProps } from './cdk/azure-local/azure-local-trusted-launch-vm';
export { AzureLocalMarketplaceImage } from './cdk/azure-local/azure-local-marketplace-image';
export type { AzureLocalMarketplaceImageProps } from './cdk/azure-local/azure-local-marketplace-image';
export { AzureLocalVmImage } from './cdk/azure-local/azure-local-vm-image';
export { DEFAULT_SUPPORT_POLICY, GUEST_IMAGE_SUPPORT_POLICIES, SEED_23H2_IMAGES } from './azure-local/guest-image-support';
export type { GuestImage, GuestImageSupportPolicy, GuestImageSupportPolicyName, SupportedImageEntry } from './azure-local/guest-image-support';

export { SmbOverQuic } from './cdk/smb-over-quic/smb-over-quic';
export type { SmbOverQuicClientAccessControl, SmbOverQuicProps } from './cdk/smb-over-quic/smb-over-quic';
export { SmbOverQuicCertificate } from './cdk/smb-over-quic/smb-over-quic-certificate';
export type { NewSmbOverQuicCertificateOptions } from './cdk/smb-over-quic/smb-over-quic-certificate';

export { AzureExtendedNetwork } from './cdk/extended-network/azure-extended-network';
export type { AzureExtendedNetworkProps, ExtendedNetworkSubnet } from './cdk/extended-network/azure-extended-network';

export { AzapiProvider } from './cdk/azapi/azapi-provider';
export type { AzapiProviderProps } from './cdk/azapi/azapi-provider';
export { AzapiResource } from './cdk/azapi/azapi-resource';
export type { AzapiIdentity, AzapiResourceProps, AzapiTimeouts } from './cdk/azapi/azapi-resource';
export type { VmInstanceBody, VmInstanceProperties } from './azure-local/vm-instance-body';

export { AzureGuardrails } from './cdk/guardrails/azure-guardrails';
export type { AzureGuardrailsOptions } from './cdk/guardrails/azure-guardrails';
export type { Acknowledgement } from './core/acknowledgement';
export { ValidationError } from './core/validation-error';
export type { ValidationErrorCode } from './core/validation-error';
export type { Finding, Severity, Violation } from './core/rule';
