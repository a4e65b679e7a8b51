import { AZAPI_PROVIDER_CHOICE } from './azapi/azapi-provider-rules';
import { AZG_INPUT_SHAPE, AZG_UNKNOWN_VALUE } from './checker/checker-rules';
import { AZG_ACKNOWLEDGEMENT, AZG_ACKNOWLEDGEMENT_UNUSED } from './core/acknowledgement';
import { NETWORK_RULES } from './network/network-rules';
import { PROPS_TYPE, PROPS_UNKNOWN } from './core/prop-types';
import { Rule } from './core/rule';
import { HCI_GALLERY_IMAGE } from './azure-local/marketplace-image-rules';
import { AZURE_LOCAL_HARDWARE_RULES } from './azure-local/hardware-rules';
import { TRUSTED_LAUNCH_ADVISORIES, TRUSTED_LAUNCH_VM_RULES } from './azure-local/trusted-launch-rules';
import { EXTENDED_NETWORK_RULES } from './extended-network/extended-network-rules';
import { SMB_OVER_QUIC_RULES } from './smb-over-quic/smb-over-quic-rules';
import { AZURE_EDITION_VM_RULES } from './windows/azure-edition-rules';
import { WSAE_IMAGE_SELECTION } from './windows/image-selection';
import { SCALE_SET_RULES } from './windows/scale-set-rules';
import { VM_SECRET_VAULT_RULES } from './windows/key-vault-rules';
import { DISK_RULES } from './windows/disk-rules';
import { VM_DATA_RULES } from './windows/vm-data-rules';
import { VM_SETTINGS_RULES } from './windows/vm-settings-rules';

/** Every rule id any message of the library or of azguard can print, in documentation order. */
export const ALL_RULES: readonly Rule<never>[] = [
  PROPS_TYPE as Rule<never>,
  PROPS_UNKNOWN as Rule<never>,
  ...(AZURE_EDITION_VM_RULES as readonly Rule<never>[]),
  ...(VM_SETTINGS_RULES as readonly Rule<never>[]),
  ...(VM_DATA_RULES as readonly Rule<never>[]),
  ...(DISK_RULES as readonly Rule<never>[]),
  WSAE_IMAGE_SELECTION as Rule<never>,
  ...(TRUSTED_LAUNCH_VM_RULES as readonly Rule<never>[]),
  HCI_GALLERY_IMAGE as Rule<never>,
  ...(AZURE_LOCAL_HARDWARE_RULES as readonly Rule<never>[]),
  AZAPI_PROVIDER_CHOICE as Rule<never>,
  ...(TRUSTED_LAUNCH_ADVISORIES as readonly Rule<never>[]),
  ...(SMB_OVER_QUIC_RULES as readonly Rule<never>[]),
  ...(EXTENDED_NETWORK_RULES as readonly Rule<never>[]),
  ...(SCALE_SET_RULES as readonly Rule<never>[]),
  ...(VM_SECRET_VAULT_RULES as readonly Rule<never>[]),
  ...(NETWORK_RULES as readonly Rule<never>[]),
  AZG_UNKNOWN_VALUE as Rule<never>,
  AZG_INPUT_SHAPE as Rule<never>,
  AZG_ACKNOWLEDGEMENT as Rule<never>,
  AZG_ACKNOWLEDGEMENT_UNUSED as Rule<never>,
];
