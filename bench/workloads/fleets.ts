import { ArcMachine } from '@cdktf/provider-azurerm/lib/arc-machine';
import { StackHciNetworkInterface } from '@cdktf/provider-azurerm/lib/stack-hci-network-interface';
import { WindowsVirtualMachine, WindowsVirtualMachineConfig } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzapiProvider, AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../constructs';

const NIC = (i: number) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic-${i}`;
const CUSTOM_LOCATION = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.ExtendedLocation/customLocations/cl';
const LNET = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet';
const IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/marketplaceGalleryImages/win11';

/** N Azure Edition VMs through WindowsServerAzureEditionVm. */
export function wsaeOurs(stack: TerraformStack, n: number): void {
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  for (let i = 0; i < n; i++) {
    new WindowsServerAzureEditionVm(stack, `vm${i}`, {
      name: `wsae-${i}`,
      resourceGroupName: 'rg',
      location: 'westeurope',
      size: 'Standard_D2s_v5',
      image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
      adminUsername: 'azureuser',
      adminPassword: password,
      networkInterfaceIds: [NIC(i)],
    });
  }
}

/** The attribute values of VM `i`, as the construct writes them. */
function rawVmConfig(i: number, password: string): WindowsVirtualMachineConfig {
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
export function wsaeRaw(stack: TerraformStack, n: number): void {
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  for (let i = 0; i < n; i++) new WindowsVirtualMachine(stack, `vm${i}`, rawVmConfig(i, password));
}

/** A construct that adds nothing to the raw class: the floor of any construct library's cost (one more construct level and stack frame). */
class WrappedVm extends Construct {
  constructor(scope: Construct, id: string, config: WindowsVirtualMachineConfig) {
    super(scope, id);
    new WindowsVirtualMachine(this, 'Resource', config);
  }
}

/** The raw resources, each inside a construct that adds nothing. */
export function wsaeWrapped(stack: TerraformStack, n: number): void {
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  for (let i = 0; i < n; i++) new WrappedVm(stack, `vm${i}`, rawVmConfig(i, password));
}

/** N trusted-launch Azure Local VMs through AzureLocalTrustedLaunchVm. */
export function hciOurs(stack: TerraformStack, n: number): void {
  new AzapiProvider(stack, 'azapi');
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  const image = AzureLocalVmImage.fromExistingMarketplaceImage(IMAGE, { ...SEED_23H2_IMAGES[0], hypervGeneration: 'V2' });
  for (let i = 0; i < n; i++) {
    new AzureLocalTrustedLaunchVm(stack, `vm${i}`, {
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
export function hciRaw(stack: TerraformStack, n: number): void {
  new AzapiProvider(stack, 'azapi');
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  for (let i = 0; i < n; i++) {
    const scope = new Construct(stack, `vm${i}`);
    const arc = new ArcMachine(scope, 'ArcMachine', { resourceGroupName: 'rg', location: 'westeurope', name: `tl-${i}`, kind: 'HCI', identity: { type: 'SystemAssigned' } });
    const nic = new StackHciNetworkInterface(scope, 'NetworkInterface', { resourceGroupName: 'rg', location: 'westeurope', name: `tl-${i}-nic`, customLocationId: CUSTOM_LOCATION, ipConfiguration: { subnetId: LNET } });
    const security = { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } };
    const vm = new TerraformResource(scope, 'Resource', { terraformResourceType: 'azapi_resource', terraformGeneratorMetadata: { providerName: 'azapi' } });
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

export const FLEETS = { wsae: { ours: wsaeOurs, raw: wsaeRaw, wrapped: wsaeWrapped }, hci: { ours: hciOurs, raw: hciRaw } } as const;
