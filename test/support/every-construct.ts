import { TerraformStack, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  AzureExtendedNetwork,
  AzureLocalMarketplaceImage,
  AzureLocalTrustedLaunchVm,
  AzureLocalVmImage,
  SEED_23H2_IMAGES,
  SmbOverQuic,
  SmbOverQuicCertificate,
  WindowsServerAzureEditionImage,
  WindowsServerAzureEditionVm,
} from 'azure-guardrails-cdktf';

/** What every construct is given (SMB over QUIC takes it from its VM): a resource group, a region, and the settings under test. */
export interface CommonProps {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly tags?: { [key: string]: string };
  readonly provider?: WindowsServerAzureEditionVm['provider'];
}

/** One valid instance of every construct of the library in the stack, each given `common`; in the order built. */
export function everyConstruct(stack: TerraformStack, common: CommonProps): IConstruct[] {
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  const vm = new WindowsServerAzureEditionVm(stack, 'files', {
    ...common, name: 'files01', size: 'Standard_D2s_v5', adminUsername: 'fleetadmin', adminPassword: password, networkInterfaceIds: ['nic'],
    image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, automanage: { configuration: { name: 'bp' } }, dataDisks: [{ name: 'files01-data', sizeGb: 128, lun: 0 }],
  });
  const quic = new SmbOverQuic(stack, 'quic', {
    vm, serverNames: ['files.contoso.com'], certificate: SmbOverQuicCertificate.create({ keyVaultId: 'kv', name: 'files-quic' }),
    networkSecurityGroup: { name: 'nsg', resourceGroupName: 'rg' }, allowedSourceAddressPrefixes: ['203.0.113.0/24'],
  });
  const xnet = new AzureExtendedNetwork(stack, 'xnet', {
    ...common, name: 'xnet01', adminUsername: 'xnetadmin', adminPassword: password,
    routableSubnet: { id: 'sn-r', name: 'snet-appliance', addressPrefix: '10.20.2.0/24' }, extendedSubnet: { id: 'sn-e', name: 'snet-extended', addressPrefix: '10.10.1.0/24' },
    onPremisesSubnetPrefix: '10.10.1.0/24', onPremisesApplianceAddress: '192.168.50.10', virtualNetworkGateway: { name: 'gw', resourceGroupName: 'rg' },
  });
  const image = new AzureLocalMarketplaceImage(stack, 'img', { ...common, customLocationId: 'cl', ...SEED_23H2_IMAGES[0], name: 'ws2025', hypervGeneration: 'V2' });
  const local = new AzureLocalTrustedLaunchVm(stack, 'hci', {
    ...common, name: 'hci01', customLocationId: 'cl', image: AzureLocalVmImage.fromMarketplaceImage(image), logicalNetworkId: 'lnet',
    adminUsername: 'localadmin', adminPassword: password, dataDisks: [{ name: 'hci01-data', sizeGb: 64 }],
  });
  return [vm, quic, xnet, image, local];
}
