"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLEETS = void 0;
exports.wsaeOurs = wsaeOurs;
exports.wsaeRaw = wsaeRaw;
exports.wsaeWrapped = wsaeWrapped;
exports.hciOurs = hciOurs;
exports.hciRaw = hciRaw;
const arc_machine_1 = require("@cdktf/provider-azurerm/lib/arc-machine");
const stack_hci_network_interface_1 = require("@cdktf/provider-azurerm/lib/stack-hci-network-interface");
const windows_virtual_machine_1 = require("@cdktf/provider-azurerm/lib/windows-virtual-machine");
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const constructs_2 = require("../../constructs");
const NIC = (i) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic-${i}`;
const CUSTOM_LOCATION = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.ExtendedLocation/customLocations/cl';
const LNET = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet';
const IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/marketplaceGalleryImages/win11';
/** N Azure Edition VMs through WindowsServerAzureEditionVm. */
function wsaeOurs(stack, n) {
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    for (let i = 0; i < n; i++) {
        new constructs_2.WindowsServerAzureEditionVm(stack, `vm${i}`, {
            name: `wsae-${i}`,
            resourceGroupName: 'rg',
            location: 'westeurope',
            size: 'Standard_D2s_v5',
            image: constructs_2.WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
            adminUsername: 'azureuser',
            adminPassword: password,
            networkInterfaceIds: [NIC(i)],
        });
    }
}
/** The attribute values of VM `i`, as the construct writes them. */
function rawVmConfig(i, password) {
    return {
        name: `wsae-${i}`,
        resourceGroupName: 'rg',
        location: 'westeurope',
        size: 'Standard_D2s_v5',
        computerName: `wsae-${i}`,
        adminUsername: 'azureuser',
        adminPassword: password,
        networkInterfaceIds: [NIC(i)],
        sourceImageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: 'latest' },
        osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
        provisionVmAgent: true,
        allowExtensionOperations: true,
        automaticUpdatesEnabled: true,
        patchMode: 'AutomaticByPlatform',
        patchAssessmentMode: 'AutomaticByPlatform',
        hotpatchingEnabled: true,
        bypassPlatformSafetyChecksOnUserScheduleEnabled: false,
        secureBootEnabled: true,
        vtpmEnabled: true,
        encryptionAtHostEnabled: false,
        bootDiagnostics: {},
    };
}
/** The same resources with the raw provider class and the same attribute values. */
function wsaeRaw(stack, n) {
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    for (let i = 0; i < n; i++)
        new windows_virtual_machine_1.WindowsVirtualMachine(stack, `vm${i}`, rawVmConfig(i, password));
}
/** A construct that adds nothing to the raw class: the floor of any construct library's cost (one more construct level and stack frame). */
class WrappedVm extends constructs_1.Construct {
    constructor(scope, id, config) {
        super(scope, id);
        new windows_virtual_machine_1.WindowsVirtualMachine(this, 'Resource', config);
    }
}
/** The raw resources, each inside a construct that adds nothing. */
function wsaeWrapped(stack, n) {
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    for (let i = 0; i < n; i++)
        new WrappedVm(stack, `vm${i}`, rawVmConfig(i, password));
}
/** N trusted-launch Azure Local VMs through AzureLocalTrustedLaunchVm. */
function hciOurs(stack, n) {
    new constructs_2.AzapiProvider(stack, 'azapi');
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    const image = constructs_2.AzureLocalVmImage.fromExistingMarketplaceImage(IMAGE, { ...constructs_2.SEED_23H2_IMAGES[0], hypervGeneration: 'V2' });
    for (let i = 0; i < n; i++) {
        new constructs_2.AzureLocalTrustedLaunchVm(stack, `vm${i}`, {
            name: `tl-${i}`,
            resourceGroupName: 'rg',
            location: 'westeurope',
            customLocationId: CUSTOM_LOCATION,
            image,
            logicalNetworkId: LNET,
            adminUsername: 'localadmin',
            adminPassword: password,
        });
    }
}
/** The same resources with raw classes: azurerm classes, and a bare TerraformResource for azapi_resource. */
function hciRaw(stack, n) {
    new constructs_2.AzapiProvider(stack, 'azapi');
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    for (let i = 0; i < n; i++) {
        const scope = new constructs_1.Construct(stack, `vm${i}`);
        const arc = new arc_machine_1.ArcMachine(scope, 'ArcMachine', { resourceGroupName: 'rg', location: 'westeurope', name: `tl-${i}`, kind: 'HCI', identity: { type: 'SystemAssigned' } });
        const nic = new stack_hci_network_interface_1.StackHciNetworkInterface(scope, 'NetworkInterface', { resourceGroupName: 'rg', location: 'westeurope', name: `tl-${i}-nic`, customLocationId: CUSTOM_LOCATION, ipConfiguration: { subnetId: LNET } });
        const security = { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } };
        const vm = new cdktf_1.TerraformResource(scope, 'Resource', { terraformResourceType: 'azapi_resource', terraformGeneratorMetadata: { providerName: 'azapi' } });
        vm.addOverride('type', 'Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01');
        vm.addOverride('name', 'default');
        vm.addOverride('parent_id', arc.id);
        vm.addOverride('body', {
            extendedLocation: { type: 'CustomLocation', name: CUSTOM_LOCATION },
            properties: {
                hardwareProfile: { vmSize: 'Custom', processors: 2, memoryMB: 8192 },
                osProfile: { adminUsername: 'localadmin', computerName: `tl-${i}`, windowsConfiguration: { provisionVMAgent: true, provisionVMConfigAgent: true } },
                securityProfile: security,
                storageProfile: { imageReference: { id: IMAGE } },
                networkProfile: { networkInterfaces: [{ id: nic.id }] },
            },
        });
        vm.addOverride('sensitive_body', { properties: { osProfile: { adminPassword: password } } });
        vm.addOverride('replace_triggers_external_values', security);
        vm.addOverride('timeouts', { create: '2h' });
        vm.addOverride('provider', 'azapi');
    }
}
exports.FLEETS = { wsae: { ours: wsaeOurs, raw: wsaeRaw, wrapped: wsaeWrapped }, hci: { ours: hciOurs, raw: hciRaw } };
