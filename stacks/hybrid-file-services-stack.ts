import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { NetworkInterfaceSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/network-interface-security-group-association';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzureExtendedNetwork, SmbOverQuic, SmbOverQuicCertificate, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../constructs';

/**
 * Hybrid file services: a Desktop Experience file server reached by SMB over QUIC, and the Azure appliance of an
 * Azure Extended Network pair that stretches the on-premises 10.10.1.0/24 subnet into the VNet.
 */
export class HybridFileServicesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    const variable = (name: string, description: string, sensitive = false) => new TerraformVariable(this, name, { type: 'string', description, sensitive }).stringValue;
    const adminPassword = variable('admin_password', 'Local administrator password.', true);
    const keyVaultId = variable('key_vault_id', 'Key Vault that holds the SMB over QUIC certificate.');
    const gatewayName = variable('vpn_gateway_name', 'Existing site-to-site VPN gateway of the VNet.');

    const rg = new ResourceGroup(this, 'rg', { name: 'rg-hybrid-files', location: 'westeurope' });
    const vnet = new VirtualNetwork(this, 'vnet', { name: 'vnet-hybrid', resourceGroupName: rg.name, location: rg.location, addressSpace: ['10.20.0.0/16', '10.10.1.0/24'] });
    const subnet = (name: string, prefix: string) => ({ id: new Subnet(this, name, { name, resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: [prefix] }).id, name, addressPrefix: prefix });
    const servers = subnet('snet-servers', '10.20.1.0/24');
    const routable = subnet('snet-appliance', '10.20.2.0/24');
    const extended = subnet('snet-extended', '10.10.1.0/24');

    // file server with SMB over QUIC
    const nsg = new NetworkSecurityGroup(this, 'files-nsg', { name: 'nsg-files', resourceGroupName: rg.name, location: rg.location });
    const nic = new NetworkInterface(this, 'files-nic', {
      name: 'nic-files-01',
      resourceGroupName: rg.name,
      location: rg.location,
      ipConfiguration: [{ name: 'primary', subnetId: servers.id, privateIpAddressAllocation: 'Dynamic' }],
    });
    new NetworkInterfaceSecurityGroupAssociation(this, 'files-nsg-association', { networkInterfaceId: nic.id, networkSecurityGroupId: nsg.id });
    const files = new WindowsServerAzureEditionVm(this, 'files', {
      name: 'files-01',
      resourceGroupName: rg.name,
      location: rg.location,
      size: 'Standard_D4s_v5',
      image: WindowsServerAzureEditionImage.DATACENTER_2022,
      adminUsername: 'filesadmin',
      adminPassword,
      networkInterfaceIds: [nic.id],
    });
    new SmbOverQuic(this, 'files-quic', {
      vm: files,
      serverNames: ['files.contoso.com'],
      certificate: SmbOverQuicCertificate.create({ keyVaultId, name: 'files-smb-over-quic' }),
      networkSecurityGroup: { name: nsg.name, resourceGroupName: rg.name },
      allowedSourceAddressPrefixes: ['Internet'],
      kdcProxy: true,
    });

    // Azure side of the Extended Network appliance pair
    new AzureExtendedNetwork(this, 'extended-network', {
      name: 'xnet-azure-01',
      resourceGroupName: rg.name,
      location: rg.location,
      adminUsername: 'xnetadmin',
      adminPassword,
      routableSubnet: routable,
      extendedSubnet: extended,
      onPremisesSubnetPrefix: '10.10.1.0/24',
      onPremisesApplianceAddress: '192.168.50.10',
      virtualNetworkGateway: { name: gatewayName, resourceGroupName: rg.name },
    });
  }
}
