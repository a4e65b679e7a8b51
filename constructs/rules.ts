/**
 * `azure-guardrails-cdktf/rules`: the rules without cdktf (facts, catalogs, rules and the checker), for checker and
 * tool authors. Nothing here imports cdktf, constructs or a provider package.
 *
 * @packageDocumentation
 */
export type { Cond, Undecided } from './core/condition';
export { evaluate } from './core/rule';
export type { ExpressionBuilder, Finding, PreconditionSpec, Rule, Severity, Violation } from './core/rule';
export type { Refusal } from './core/refusal';
export { isKnown, isUnknown, Unknown } from './core/unknown';
export type { Maybe } from './core/unknown';
export { ValidationError } from './core/validation-error';
export type { ValidationErrorCode } from './core/validation-error';
export { ALL_RULES } from './rule-catalog';

export { WindowsServerAzureEditionImage } from './windows/image';
export type { MarketplaceImageReference } from './windows/image';
export { AZURE_EDITION_FEATURES, AZURE_EDITION_IMAGES, findAzureEditionImage } from './windows/image-catalog';
export type { AzureEditionFeature, AzureEditionImageEntry, CapabilityFact, DiskVariant, InstallOption } from './windows/image-catalog';
export { selectAzureEditionImages } from './windows/image-selection';
export type { ImageRequirements } from './windows/image-selection';
export type { AutomanageConfigurationOptions, AutomanageOptions } from './windows/automanage-options';
export { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS } from './windows/windows-vm-facts';
export type { PatchAssessmentMode, PatchMode, RebootSetting, WindowsVmFacts } from './windows/windows-vm-facts';
export type { ComputerNameKind } from './windows/computer-name';
export { WINDOWS_VM_RULES } from './windows/windows-vm-rules';
export { AZURE_EDITION_VM_RULES } from './windows/azure-edition-rules';
export type { AzureEditionVmFacts } from './windows/azure-edition-rules';
export { SCALE_SET_RULES } from './windows/scale-set-rules';
export type { ScaleSetFacts } from './windows/scale-set-rules';
export { VM_SECRET_VAULT_RULES } from './windows/key-vault-rules';
export type { VmSecretVaultFacts } from './windows/key-vault-rules';

export { DEFAULT_SUPPORT_POLICY, GUEST_IMAGE_SUPPORT_POLICIES, SEED_23H2_IMAGES } from './azure-local/guest-image-support';
export type { GuestImage, GuestImageSupportPolicy, GuestImageSupportPolicyName, SupportedImageEntry } from './azure-local/guest-image-support';
export { TRUSTED_LAUNCH_ADVISORIES, TRUSTED_LAUNCH_VM_RULES } from './azure-local/trusted-launch-rules';
export type { TrustedLaunchVmFacts } from './azure-local/trusted-launch-facts';
export { HCI_GALLERY_IMAGE } from './azure-local/marketplace-image-rules';
export type { MarketplaceImageFacts } from './azure-local/marketplace-image-rules';
export type { UnknownBodyKey, VmInstanceBody, VmInstanceProperties } from './azure-local/vm-instance-body';

export { SMB_OVER_QUIC_RULES } from './smb-over-quic/smb-over-quic-rules';
export type { NewCertificateFacts, SmbOverQuicFacts } from './smb-over-quic/smb-over-quic-facts';
export { EXTENDED_NETWORK_RULES } from './extended-network/extended-network-rules';
export type { ExtendedNetworkFacts, SubnetFacts } from './extended-network/extended-network-facts';
export { NETWORK_RULES } from './network/network-rules';
export type { NsgRuleFacts } from './network/network-rules';

export { checkResources } from './checker/check';
export type { CheckFinding, CheckOptions, FindingAcknowledgement } from './checker/check';
export { canAcknowledge } from './core/acknowledgement';
export type { Acknowledgement } from './core/acknowledgement';
export { loadInputs } from './checker/load';
export type { LoadedInputs } from './checker/load';
export { InputError } from './checker/terraform-config';
export type { TfResource } from './checker/terraform-config';
export type { RecordedAcknowledgement } from './checker/acknowledgements';
