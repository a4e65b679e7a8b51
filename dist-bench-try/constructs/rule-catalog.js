"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_RULES = void 0;
const azapi_provider_rules_1 = require("./azapi/azapi-provider-rules");
const checker_rules_1 = require("./checker/checker-rules");
const acknowledgement_1 = require("./core/acknowledgement");
const network_rules_1 = require("./network/network-rules");
const prop_types_1 = require("./core/prop-types");
const marketplace_image_rules_1 = require("./azure-local/marketplace-image-rules");
const hardware_rules_1 = require("./azure-local/hardware-rules");
const trusted_launch_rules_1 = require("./azure-local/trusted-launch-rules");
const extended_network_rules_1 = require("./extended-network/extended-network-rules");
const smb_over_quic_rules_1 = require("./smb-over-quic/smb-over-quic-rules");
const azure_edition_rules_1 = require("./windows/azure-edition-rules");
const image_selection_1 = require("./windows/image-selection");
const scale_set_rules_1 = require("./windows/scale-set-rules");
const key_vault_rules_1 = require("./windows/key-vault-rules");
const disk_rules_1 = require("./windows/disk-rules");
const vm_data_rules_1 = require("./windows/vm-data-rules");
const vm_settings_rules_1 = require("./windows/vm-settings-rules");
/** Every rule id any message of the library or of azguard can print, in documentation order. */
exports.ALL_RULES = [
    prop_types_1.PROPS_TYPE,
    prop_types_1.PROPS_UNKNOWN,
    ...azure_edition_rules_1.AZURE_EDITION_VM_RULES,
    ...vm_settings_rules_1.VM_SETTINGS_RULES,
    ...vm_data_rules_1.VM_DATA_RULES,
    ...disk_rules_1.DISK_RULES,
    image_selection_1.WSAE_IMAGE_SELECTION,
    ...trusted_launch_rules_1.TRUSTED_LAUNCH_VM_RULES,
    marketplace_image_rules_1.HCI_GALLERY_IMAGE,
    ...hardware_rules_1.AZURE_LOCAL_HARDWARE_RULES,
    azapi_provider_rules_1.AZAPI_PROVIDER_CHOICE,
    ...trusted_launch_rules_1.TRUSTED_LAUNCH_ADVISORIES,
    ...smb_over_quic_rules_1.SMB_OVER_QUIC_RULES,
    ...extended_network_rules_1.EXTENDED_NETWORK_RULES,
    ...scale_set_rules_1.SCALE_SET_RULES,
    ...key_vault_rules_1.VM_SECRET_VAULT_RULES,
    ...network_rules_1.NETWORK_RULES,
    checker_rules_1.AZG_UNKNOWN_VALUE,
    checker_rules_1.AZG_INPUT_SHAPE,
    acknowledgement_1.AZG_ACKNOWLEDGEMENT,
    acknowledgement_1.AZG_ACKNOWLEDGEMENT_UNUSED,
];
