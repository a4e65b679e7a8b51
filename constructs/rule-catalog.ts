import { NETWORK_RULES } from './network/network-rules';
import { SCALE_SET_RULES } from './windows/scale-set-rules';
import { Rule } from './core/rule';
import { HCI_GALLERY_IMAGE } from './azure-local/marketplace-image-rules';
import { TRUSTED_LAUNCH_ADVISORIES, TRUSTED_LAUNCH_VM_RULES } from './azure-local/trusted-launch-rules';
import { EXTENDED_NETWORK_RULES } from './extended-network/extended-network-rules';
import { SMB_OVER_QUIC_RULES } from './smb-over-quic/smb-over-quic-rules';
import { AZURE_EDITION_VM_RULES } from './windows/azure-edition-rules';

/** Every rule the library applies, in documentation order. */
export const ALL_RULES: readonly Rule<never>[] = [
  ...(AZURE_EDITION_VM_RULES as readonly Rule<never>[]),
  ...(TRUSTED_LAUNCH_VM_RULES as readonly Rule<never>[]),
  HCI_GALLERY_IMAGE as Rule<never>,
  ...(TRUSTED_LAUNCH_ADVISORIES as readonly Rule<never>[]),
  ...(SMB_OVER_QUIC_RULES as readonly Rule<never>[]),
  ...(EXTENDED_NETWORK_RULES as readonly Rule<never>[]),
  ...(SCALE_SET_RULES as readonly Rule<never>[]),
  ...(NETWORK_RULES as readonly Rule<never>[]),
];
