import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../constructs';

/**
 * Inputs known only at apply: the rules that cannot be decided at synth become Terraform preconditions on the
 * resources (image SKU, patch mode, computer names, the VM agent).
 */
export class VariableDrivenStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    const v = (name: string, type = 'string', description = name) => new TerraformVariable(this, name, { type, description });
    const adminPassword = new TerraformVariable(this, 'admin_password', { type: 'string', sensitive: true }).stringValue;

    new WindowsServerAzureEditionVm(this, 'vm', {
      name: 'wsae-var-01',
      computerName: v('computer_name').stringValue,
      resourceGroupName: v('resource_group_name').stringValue,
      location: v('location').stringValue,
      size: v('size').stringValue,
      image: WindowsServerAzureEditionImage.fromSku(v('image_sku', 'string', 'Azure Edition SKU').stringValue),
      patchMode: v('patch_mode').stringValue as 'AutomaticByPlatform',
      provisionVmAgent: v('provision_vm_agent', 'bool').booleanValue as unknown as boolean,
      hotpatch: true,
      adminUsername: 'azureuser',
      adminPassword,
      networkInterfaceIds: v('nic_ids', 'list(string)').listValue,
    });

    new AzureLocalTrustedLaunchVm(this, 'hci-vm', {
      name: 'tl-var-01',
      computerName: v('hci_computer_name').stringValue,
      resourceGroupName: v('hci_resource_group_name').stringValue,
      location: v('hci_location').stringValue,
      customLocationId: v('custom_location_id').stringValue,
      image: AzureLocalVmImage.fromExistingMarketplaceImage(v('gallery_image_id').stringValue, { ...SEED_23H2_IMAGES[0], hypervGeneration: 'V2' }),
      logicalNetworkId: v('logical_network_id').stringValue,
      adminUsername: 'localadmin',
      adminPassword,
    });
  }
}
