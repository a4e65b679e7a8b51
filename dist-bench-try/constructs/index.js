"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ValidationError = exports.AzureGuardrails = exports.AzapiResource = exports.AzapiProvider = exports.AzureExtendedNetwork = exports.SmbOverQuicCertificate = exports.SmbOverQuic = exports.SEED_23H2_IMAGES = exports.GUEST_IMAGE_SUPPORT_POLICIES = exports.DEFAULT_SUPPORT_POLICY = exports.AzureLocalVmImage = exports.AzureLocalMarketplaceImage = exports.AzureLocalTrustedLaunchVm = exports.REBOOT_SETTINGS = exports.PATCH_MODES = exports.PATCH_ASSESSMENT_MODES = exports.selectAzureEditionImages = exports.AZURE_EDITION_IMAGES = exports.AZURE_EDITION_FEATURES = exports.WindowsServerAzureEditionImage = exports.LICENSE_TYPES = exports.IDENTITY_TYPES = exports.VmData = exports.WindowsServerAzureEditionVm = void 0;
/**
 * Typed cdktf constructs that refuse invalid Windows Server Azure Edition and Azure Local trusted-launch VM
 * configurations at synth. This entry point is what a stack author uses: the constructs, their images and props,
 * image selection and the error they throw. The rules without cdktf are in `azure-guardrails-cdktf/rules`.
 *
 * @packageDocumentation
 */
var windows_server_azure_edition_vm_1 = require("./cdk/windows/windows-server-azure-edition-vm");
Object.defineProperty(exports, "WindowsServerAzureEditionVm", { enumerable: true, get: function () { return windows_server_azure_edition_vm_1.WindowsServerAzureEditionVm; } });
var vm_data_1 = require("./windows/vm-data");
Object.defineProperty(exports, "VmData", { enumerable: true, get: function () { return vm_data_1.VmData; } });
var vm_settings_rules_1 = require("./windows/vm-settings-rules");
Object.defineProperty(exports, "IDENTITY_TYPES", { enumerable: true, get: function () { return vm_settings_rules_1.IDENTITY_TYPES; } });
Object.defineProperty(exports, "LICENSE_TYPES", { enumerable: true, get: function () { return vm_settings_rules_1.LICENSE_TYPES; } });
var image_1 = require("./windows/image");
Object.defineProperty(exports, "WindowsServerAzureEditionImage", { enumerable: true, get: function () { return image_1.WindowsServerAzureEditionImage; } });
var image_catalog_1 = require("./windows/image-catalog");
Object.defineProperty(exports, "AZURE_EDITION_FEATURES", { enumerable: true, get: function () { return image_catalog_1.AZURE_EDITION_FEATURES; } });
Object.defineProperty(exports, "AZURE_EDITION_IMAGES", { enumerable: true, get: function () { return image_catalog_1.AZURE_EDITION_IMAGES; } });
var image_selection_1 = require("./windows/image-selection");
Object.defineProperty(exports, "selectAzureEditionImages", { enumerable: true, get: function () { return image_selection_1.selectAzureEditionImages; } });
var windows_vm_facts_1 = require("./windows/windows-vm-facts");
Object.defineProperty(exports, "PATCH_ASSESSMENT_MODES", { enumerable: true, get: function () { return windows_vm_facts_1.PATCH_ASSESSMENT_MODES; } });
Object.defineProperty(exports, "PATCH_MODES", { enumerable: true, get: function () { return windows_vm_facts_1.PATCH_MODES; } });
Object.defineProperty(exports, "REBOOT_SETTINGS", { enumerable: true, get: function () { return windows_vm_facts_1.REBOOT_SETTINGS; } });
var azure_local_trusted_launch_vm_1 = require("./cdk/azure-local/azure-local-trusted-launch-vm");
Object.defineProperty(exports, "AzureLocalTrustedLaunchVm", { enumerable: true, get: function () { return azure_local_trusted_launch_vm_1.AzureLocalTrustedLaunchVm; } });
var azure_local_marketplace_image_1 = require("./cdk/azure-local/azure-local-marketplace-image");
Object.defineProperty(exports, "AzureLocalMarketplaceImage", { enumerable: true, get: function () { return azure_local_marketplace_image_1.AzureLocalMarketplaceImage; } });
var azure_local_vm_image_1 = require("./cdk/azure-local/azure-local-vm-image");
Object.defineProperty(exports, "AzureLocalVmImage", { enumerable: true, get: function () { return azure_local_vm_image_1.AzureLocalVmImage; } });
var guest_image_support_1 = require("./azure-local/guest-image-support");
Object.defineProperty(exports, "DEFAULT_SUPPORT_POLICY", { enumerable: true, get: function () { return guest_image_support_1.DEFAULT_SUPPORT_POLICY; } });
Object.defineProperty(exports, "GUEST_IMAGE_SUPPORT_POLICIES", { enumerable: true, get: function () { return guest_image_support_1.GUEST_IMAGE_SUPPORT_POLICIES; } });
Object.defineProperty(exports, "SEED_23H2_IMAGES", { enumerable: true, get: function () { return guest_image_support_1.SEED_23H2_IMAGES; } });
var smb_over_quic_1 = require("./cdk/smb-over-quic/smb-over-quic");
Object.defineProperty(exports, "SmbOverQuic", { enumerable: true, get: function () { return smb_over_quic_1.SmbOverQuic; } });
var smb_over_quic_certificate_1 = require("./cdk/smb-over-quic/smb-over-quic-certificate");
Object.defineProperty(exports, "SmbOverQuicCertificate", { enumerable: true, get: function () { return smb_over_quic_certificate_1.SmbOverQuicCertificate; } });
var azure_extended_network_1 = require("./cdk/extended-network/azure-extended-network");
Object.defineProperty(exports, "AzureExtendedNetwork", { enumerable: true, get: function () { return azure_extended_network_1.AzureExtendedNetwork; } });
var azapi_provider_1 = require("./cdk/azapi/azapi-provider");
Object.defineProperty(exports, "AzapiProvider", { enumerable: true, get: function () { return azapi_provider_1.AzapiProvider; } });
var azapi_resource_1 = require("./cdk/azapi/azapi-resource");
Object.defineProperty(exports, "AzapiResource", { enumerable: true, get: function () { return azapi_resource_1.AzapiResource; } });
var azure_guardrails_1 = require("./cdk/guardrails/azure-guardrails");
Object.defineProperty(exports, "AzureGuardrails", { enumerable: true, get: function () { return azure_guardrails_1.AzureGuardrails; } });
var validation_error_1 = require("./core/validation-error");
Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function () { return validation_error_1.ValidationError; } });
