/**
 * D1: a value known only at apply may resolve to null, which Terraform treats as unset. What azurerm 4.55.0 then uses
 * for each fact the rules read (read in `windows_virtual_machine_resource.go`'s schema and Create: the booleans fall
 * back to these values when the raw configuration is null; patch modes are sent empty, which Azure takes as
 * AutomaticByOS and ImageDefault). `required` marks an argument Terraform itself refuses as missing when null: a
 * precondition must still evaluate there, with any verdict.
 */
export type NullResolution = { readonly value: unknown } | 'required';

const unset: NullResolution = { value: undefined };

export const WINDOWS_VM_NULLS: Readonly<Record<string, NullResolution>> = {
  'imageReference.publisher': 'required',
  'imageReference.offer': 'required',
  'imageReference.sku': 'required',
  imageId: unset,
  size: 'required',
  // a null computer_name falls back to the VM name, which these facts do not hold
  computerName: 'required',
  adminUsername: 'required',
  patchMode: { value: 'AutomaticByOS' },
  patchAssessmentMode: { value: 'ImageDefault' },
  rebootSetting: unset,
  hotpatchingEnabled: { value: false },
  bypassPlatformSafetyChecks: { value: false },
  provisionVmAgent: { value: true },
  allowExtensionOperations: { value: true },
  automaticUpdatesEnabled: { value: true },
  secureBootEnabled: { value: false },
  vtpmEnabled: { value: false },
  securityEncryptionType: unset,
  networkInterfaceCount: 'required',
};

/** Placement, licence and identity: optional attributes without defaults; a null list of identity ids has none. */
export const VM_SETTINGS_NULLS: Readonly<Record<string, NullResolution>> = {
  licenseType: unset,
  identityType: 'required',
  identityIdCount: { value: 0 },
  zone: unset,
  availabilitySetId: unset,
  proximityPlacementGroupId: unset,
  capacityReservationGroupId: unset,
  virtualMachineScaleSetId: unset,
};

/**
 * The Azure Local VM instance body: azapi drops a null property from the body, so the API's defaults apply (B1: no
 * security type, enableTPM and secureBootEnabled false). The gallery image's identifier is required.
 */
export const AZURE_LOCAL_NULLS: Readonly<Record<string, NullResolution>> = {
  'image.publisher': 'required',
  'image.offer': 'required',
  'image.sku': 'required',
  'image.version': 'required',
  'image.hypervGeneration': 'required',
  'image.id': 'required',
  securityType: { value: '' },
  secureBoot: { value: false },
  vtpm: { value: false },
  guestAttestation: { value: false },
  computerName: unset,
  'arcMachine.kind': 'required',
  'arcMachine.identityType': unset,
};
