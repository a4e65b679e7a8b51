/** Where the facts behind catalogs and rules come from. One constant per document, cited by id in rules and docs. */
export const SOURCES = {
  automanageWindowsServer:
    'Azure Automanage for Windows Server, "Deciding which image to use" (ms.date 2021-07-09), https://learn.microsoft.com/azure/automanage/automanage-windows-server-services-overview',
  hotpatch: 'Hotpatch for Windows Server (ms.date 2025-07-14), https://learn.microsoft.com/windows-server/get-started/hotpatch',
  updateManagerHotpatchable:
    'Automatic VM guest patching for Azure VMs, hotpatchable and non-hotpatchable image tables (ms.date 2025-02-13), https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching',
  azurermHotpatchImage:
    'hashicorp/terraform-provider-azurerm v4.55.0, internal/services/compute/windows_virtual_machine_resource.go (create-time checks) and shared_schema.go (isValidHotPatchSourceImageReference)',
  computePatchSettings:
    'Compute REST API, PatchSettings.enableHotpatching / patchMode descriptions, https://learn.microsoft.com/dotnet/api/azure.resourcemanager.compute.models.patchsettings',
  automaticGuestPatching:
    'Automatic VM guest patching for Azure VMs (requirements; enableAutomaticUpdates rules), https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching',
  hotpatchBypass:
    'Azure answers 400 InvalidParameter "Hotpatch updates require platform safety checks" (reported in claranet/terraform-azurerm-windows-vm pull request 4, 2025-03-31)',
  trustedLaunch: 'Trusted launch for Azure VMs (ms.date 2025-04-21), https://learn.microsoft.com/azure/virtual-machines/trusted-launch',
  azurermConfidentialVm: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go, resourceWindowsVirtualMachineCreate, L822-L828',
  confidentialVmSizes:
    'About Azure confidential VMs (DCasv5, ECasv5, DCesv5, ECesv5 families), https://learn.microsoft.com/azure/confidential-computing/confidential-vm-overview; Azure answer "The VM size ... is not supported for creation of VMs ... with \'ConfidentialVM\' security type" (confidential-containers/cloud-api-adaptor#1742)',
  generation2:
    'Support for generation 2 VMs on Azure, https://learn.microsoft.com/azure/virtual-machines/generation-2, and each size series page ("VM Generation Support")',
  windowsComputerName:
    'Naming rules for Azure resources, Microsoft.Compute virtualMachines (Windows computer name: at most 15 characters, not only digits, no special characters), https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules',
  smbSecurityHardening:
    'SMB security hardening (ms.date 2024-10-25): SMB over QUIC in all editions of Windows Server 2025, https://learn.microsoft.com/windows-server/storage/file-server/smb-security-hardening',
  smbOverQuic:
    'SMB over QUIC (ms.date 2024-04-19): certificate requirements, UDP 443 inbound, no TCP 445 inbound, certificate mapping, KDC proxy, https://learn.microsoft.com/windows-server/storage/file-server/smb-over-quic',
  smbClientAccessControl:
    'Configure SMB over QUIC client access control (ms.date 2024-12-04): Windows Server 2025, or 2022 Azure Edition with KB5035857 and a feature preview, https://learn.microsoft.com/windows-server/storage/file-server/configure-smb-over-quic-client-access-control',
  nestedVirtualization:
    'size series pages, "Nested Virtualization: Supported / Not Supported", https://learn.microsoft.com/azure/virtual-machines/sizes',
  extendedNetwork:
    'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network',
  azureEdition: 'Windows Server Datacenter: Azure Edition (ms.date 2023-05-16), https://learn.microsoft.com/windows-server/get-started/azure-edition',
  automanageRetirement:
    'Azure Automanage Best Practices retires on 2027-09-30 (aka.ms/automanagemigration), https://learn.microsoft.com/azure/automanage/',
  azurermExtensions:
    'hashicorp/terraform-provider-azurerm v4.55.0, windows_virtual_machine_resource.go: allow_extension_operations cannot be true when provision_vm_agent is false',
  azurermPatchEnums:
    'hashicorp/terraform-provider-azurerm v4.55.0, windows_virtual_machine_resource.go schema: patch_mode, patch_assessment_mode and reboot_setting values (case-sensitive)',
  azurermComputerName:
    'hashicorp/terraform-provider-azurerm v4.55.0, internal/services/compute/validate/windows_computer_name.go (WindowsComputerNameFull: 15, WindowsComputerNamePrefix: 9 and a trailing dash allowed)',
  azurermScaleSets:
    'hashicorp/terraform-provider-azurerm v4.55.0, orchestrated_virtual_machine_scale_set_resource.go (patch mode AutomaticByPlatform and hotpatch images need the application health extension; hotpatching_enabled on hotpatch images) and windows_virtual_machine_scale_set_resource.go (no patch mode or hotpatching setting)',
  azurermSecurityRule:
    'hashicorp/terraform-provider-azurerm v4.55.0, website/docs/r/network_security_rule.html.markdown: source_address_prefixes and destination_address_prefixes, "Tags may not be used"; Azure answers SecurityRuleParameterContainsUnsupportedValue at apply',
  keyVaultDeployment:
    'Key Vault enabledForDeployment ("Azure Virtual Machines are permitted to retrieve certificates stored as secrets"), https://learn.microsoft.com/azure/key-vault/general/overview-security; hashicorp/terraform-provider-azurerm v4.55.0, key_vault_resource.go (enabled_for_deployment, default false)',
  azurermAdminUsername: 'hashicorp/terraform-provider-azurerm v4.55.0, internal/services/compute/validate/windows_admin_username.go',
  arm64Sizes: 'Arm64 VM sizes (Dpsv5, Dpdsv5, Dplsv5, Dpldsv5, Epsv5, Epdsv5 series pages): Arm64 images only, https://learn.microsoft.com/azure/virtual-machines/sizes',
  securityPolicy: 'this library\'s security policy: secrets come from a sensitive variable or a Key Vault reference, never a literal',
  managementPortsPolicy:
    'this library\'s network policy, as the Azure Policy built-in "Management ports of virtual machines should be protected with just-in-time network access control": no management port open to the Internet',
  smbSourcesPolicy: 'this library\'s network policy: UDP 443 for SMB over QUIC is opened to the sources the user names (the SMB over QUIC article only asks for UDP 443 inbound)',
  azurermLicenseType: 'hashicorp/terraform-provider-azurerm, internal/services/compute/windows_virtual_machine_resource.go: license_type one of None, Windows_Client, Windows_Server (StringInSlice, case-sensitive)',
  azurermPlacement:
    'hashicorp/terraform-provider-azurerm, internal/services/compute/windows_virtual_machine_resource.go: availability_set_id ConflictsWith zone, capacity_reservation_group_id and virtual_machine_scale_set_id; capacity_reservation_group_id ConflictsWith proximity_placement_group_id',
  azurermBase64: 'hashicorp/terraform-provider-azurerm, internal/services/compute/windows_virtual_machine_resource.go: user_data and custom_data validated with StringIsBase64 (not empty, standard base64)',
  azurermIdentity:
    'go-azure-helpers identity expansion used by azurerm_windows_virtual_machine: "`identity_ids` can only be specified when `type` includes `UserAssigned`" (hashicorp/terraform-provider-azurerm issue 24244)',
  computeCustomData:
    'Compute REST API, OSProfile.customData: base-64 encoded, "the maximum length of the binary array is 65535 bytes", "do not pass any secrets or passwords", https://learn.microsoft.com/rest/api/compute/virtual-machines/create-or-update',
  computeUserData:
    'User data for Azure Virtual Machine: base64 encoded, "the size can\'t exceed 64 KB", not encrypted, "you should not store confidential information in user data", https://learn.microsoft.com/azure/virtual-machines/user-data',
  computeDataDiskLun:
    'Compute REST API, DataDisk.lun: "must be unique for each data disk attached to a VM"; hashicorp/terraform-provider-azurerm virtual_machine_data_disk_attachment_resource.go: lun at least 0, caching None, ReadOnly or ReadWrite',
  sizeDataDisks:
    'size series pages, "Max data disks" and "Premium Storage": Dv5 and Dsv5 (ms.date 2021-10-20), Ev5 and Esv5 (ms.date 2021-10-20), Fsv2 (ms.date 2022-12-19), https://learn.microsoft.com/azure/virtual-machines/sizes',
  ultraDisks: 'Using Azure Ultra Disks, limitations: no disk caching, no availability sets, https://learn.microsoft.com/azure/virtual-machines/disks-enable-ultra-ssd',
  ultraDiskSnapshots:
    'Create an incremental snapshot for managed disks: Ultra Disks and Premium SSD v2 can be created from (incremental) snapshots, https://learn.microsoft.com/azure/virtual-machines/disks-incremental-snapshots',
  ultraSsdCapability: 'Compute REST API, AdditionalCapabilities.ultraSSDEnabled: UltraSSD_LRS disks can be added "only if this property is enabled"',
  premiumSsdV2:
    'Deploy a Premium SSD v2, limitations: it "can be used with any premium storage-enabled virtual machine size"; "Premium SSD v2 doesn\'t support host caching", https://learn.microsoft.com/azure/virtual-machines/disks-deploy-premium-v2',
} as const;

/** Sources of the Azure Local (Azure Stack HCI 23H2+) trusted launch facts. */
export const HCI_SOURCES = {
  trustedLaunchOverview:
    'Trusted launch for Azure Arc VMs on Azure Local / Azure Stack HCI 23H2 (ms.date 2023-11-13 to 2025-10-07), https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview',
  createArcVm:
    'Create Arc virtual machines on Azure Local (ms.date 2025-12-30): TrustedLaunch requires --enable-secure-boot true and --enable-vtpm true, https://learn.microsoft.com/azure/azure-local/manage/create-arc-virtual-machines',
  azapiSchemaValidation:
    'azapi v2.5.0 internal/services/azapi_resource.go ValidateConfig L434-L439 (schema_validation_enabled, on unless false) and internal/services/resource.go schemaValidate (a body object known at plan), refusing "Invalid configuration: `<key>` is not expected here. Do you mean `<key>`?" (internal/azure/utils/error.go ErrorShouldNotDefine); D7 of the fact sheet',
  vmInstanceArmTypes:
    'ARM types of Microsoft.AzureStackHCI/virtualMachineInstances, 2024-01-01 to 2025-09-01-preview (Azure/bicep-types-az, generated types.md): securityProfile has enableTPM, securityType and uefiSettings.secureBootEnabled',
  arcMachine:
    'Azure Local create-VM ARM template (Microsoft.HybridCompute/machines of kind HCI with a SystemAssigned identity), https://learn.microsoft.com/azure/azure-local/manage/create-arc-virtual-machines; resourceUri of the virtualMachineInstances API (azure-rest-api-specs)',
  vmInstanceApi:
    'Microsoft.AzureStackHCI virtualMachineInstances 2024-01-01 (azure-rest-api-specs): "EnableTPM and SecureBootEnabled must be set to true for SecurityType to function"; the PATCH body has no securityProfile',
  marketplaceImage: 'hashicorp/terraform-provider-azurerm v4.55.0, azurerm_stack_hci_marketplace_gallery_image (name 2-80 characters, hyperv_generation V1 or V2)',
  dynamicMemory:
    'Microsoft.AzureStackHCI virtualMachineInstances API, hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer: "this property can be in the range of 5 to 2000" (percent), https://learn.microsoft.com/javascript/api/@azure/arm-azurestackhcivm/virtualmachineinstancepropertieshardwareprofiledynamicmemoryconfig; Hyper-V Set-VMMemory: -Buffer "allowed values range from 5 to 2000"',
  stackHciNetworkInterface: 'hashicorp/terraform-provider-azurerm v4.55.0, azurerm_stack_hci_network_interface: ip_configuration.private_ip_address is an IPv4 address (validated at plan)',
  azureLocalNaming: 'Azure Verified Module avm-res-azurestackhci-virtualmachineinstance: VM name (computer name) at most 15 characters of letters, digits and hyphens',
} as const;
