import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzapiProvider, AzureLocalMarketplaceImage, AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES } from '../constructs';

/** A trusted-launch Arc VM on an existing Azure Local cluster (custom location and logical network given as inputs). */
export class AzureLocalTrustedLaunchStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AzapiProvider(this, 'azapi');

    const input = (name: string, description: string) => new TerraformVariable(this, name, { type: 'string', description }).stringValue;
    const resourceGroupName = input('resource_group_name', 'Resource group of the Azure Local cluster resources.');
    const location = input('location', 'Azure region of the cluster.');
    const customLocationId = input('custom_location_id', 'Custom location id of the Azure Local cluster.');
    const logicalNetworkId = input('logical_network_id', 'Logical network id for the VM network interface.');
    const storageNetworkId = input('storage_logical_network_id', 'Logical network id for the VM storage network interface.');
    const adminPassword = new TerraformVariable(this, 'admin_password', { type: 'string', sensitive: true, description: 'Local administrator password.' });

    const seed = SEED_23H2_IMAGES[0]; // Windows 11 Enterprise multi-session 22H2 - Gen2
    const image = new AzureLocalMarketplaceImage(this, 'win11-image', {
      name: 'win11-22h2-avd',
      resourceGroupName,
      location,
      customLocationId,
      publisher: seed.publisher,
      offer: seed.offer,
      sku: seed.sku,
      version: seed.version,
    });

    const vm = new AzureLocalTrustedLaunchVm(this, 'tl-vm', {
      name: 'tl-vm-01',
      resourceGroupName,
      location,
      customLocationId,
      image: AzureLocalVmImage.fromMarketplaceImage(image),
      logicalNetworkId,
      adminUsername: 'localadmin',
      adminPassword: adminPassword.stringValue,
      additionalNetworkInterfaces: [{ name: 'tl-vm-01-storage', logicalNetworkId: storageNetworkId, privateIpAddress: '10.50.0.21' }],
      processors: 4,
      memoryMb: 8192,
      dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBufferPercent: 20 },
      dataDisks: [{ name: 'tl-vm-01-data', sizeGb: 64 }],
    });

    new TerraformOutput(this, 'vm_instance_id', { value: vm.id });
    new TerraformOutput(this, 'arc_machine_id', { value: vm.arcMachine.id });
  }
}
