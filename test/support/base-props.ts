import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { WindowsServerAzureEditionImage, WindowsServerAzureEditionVmProps } from '../../constructs';
import { NIC_ID } from './build-vm';

export function newStack(): TerraformStack {
  return new TerraformStack(new App(), 'test');
}

/** Valid props for a 2022 Core VM; tests override what they exercise. */
export function baseProps(stack: TerraformStack): WindowsServerAzureEditionVmProps<true> {
  return {
    name: 'vm01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    size: 'Standard_D2s_v5',
    adminUsername: 'azureuser',
    adminPassword: new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
    networkInterfaceIds: [NIC_ID],
    image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
  };
}
