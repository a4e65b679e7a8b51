// A platform team's app, as it imports the published package: every construct, the pure entry point, and its own
// azapi provider. The consumer check (scripts/consumer-check.sh) installs the packed library next to it.
import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { App, Aspects, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AzapiProvider,
  AzureExtendedNetwork,
  AzureGuardrails,
  AzureLocalMarketplaceImage,
  AzureLocalTrustedLaunchVm,
  AzureLocalVmImage,
  SEED_23H2_IMAGES,
  selectAzureEditionImages,
  SmbOverQuic,
  SmbOverQuicCertificate,
  WindowsServerAzureEditionImage,
  WindowsServerAzureEditionVm,
} from 'azure-guardrails-cdktf';
import { ALL_RULES } from 'azure-guardrails-cdktf/rules';
import { checkStack } from 'azure-guardrails-cdktf/testing';

class PlatformStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AzapiProvider(this, 'azapi', { useOidc: true }); // the team's own: the constructs must not add a second one

    const secret = (name: string) => new TerraformVariable(this, name, { type: 'string', sensitive: true }).stringValue;
    const input = (name: string) => new TerraformVariable(this, name, { type: 'string' }).stringValue;
    const adminPassword = secret('admin_password');

    const rg = new ResourceGroup(this, 'rg', { name: 'rg-platform', location: 'westeurope' });
    const vnet = new VirtualNetwork(this, 'vnet', { name: 'vnet-platform', resourceGroupName: rg.name, location: rg.location, addressSpace: ['10.20.0.0/16', '10.10.1.0/24'] });
    const subnet = (name: string, prefix: string) => ({ id: new Subnet(this, name, { name, resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: [prefix] }).id, name, addressPrefix: prefix });
    const servers = subnet('snet-servers', '10.20.1.0/24');
    const nic = (name: string) =>
      new NetworkInterface(this, `${name}-nic`, { name: `nic-${name}`, resourceGroupName: rg.name, location: rg.location, ipConfiguration: [{ name: 'primary', subnetId: servers.id, privateIpAddressAllocation: 'Dynamic' }] }).id;

    const [best] = selectAzureEditionImages({ features: ['hotpatch', 'smb-over-quic'] });
    new WindowsServerAzureEditionVm(this, 'app', {
      name: 'app-01',
      resourceGroupName: rg.name,
      location: rg.location,
      size: 'Standard_D2s_v5',
      adminUsername: 'platformadmin',
      adminPassword,
      networkInterfaceIds: [nic('app-01')],
      image: WindowsServerAzureEditionImage.fromSku(best.sku),
      rebootSetting: 'IfRequired',
    });

    const nsg = new NetworkSecurityGroup(this, 'files-nsg', { name: 'nsg-files', resourceGroupName: rg.name, location: rg.location });
    const files = new WindowsServerAzureEditionVm(this, 'files', {
      name: 'files-01',
      resourceGroupName: rg.name,
      location: rg.location,
      size: 'Standard_D4s_v5',
      adminUsername: 'filesadmin',
      adminPassword,
      networkInterfaceIds: [nic('files-01')],
      image: WindowsServerAzureEditionImage.DATACENTER_2025,
    });
    new SmbOverQuic(this, 'files-quic', {
      vm: files,
      serverNames: ['files.contoso.com'],
      certificate: SmbOverQuicCertificate.create({ keyVaultId: input('key_vault_id'), name: 'files-smb-over-quic' }),
      networkSecurityGroup: { name: nsg.name, resourceGroupName: rg.name },
      allowedSourceAddressPrefixes: ['10.0.0.0/8'],
    });

    new AzureExtendedNetwork(this, 'xnet', {
      name: 'xnet-azure-01',
      resourceGroupName: rg.name,
      location: rg.location,
      adminUsername: 'xnetadmin',
      adminPassword,
      routableSubnet: subnet('snet-appliance', '10.20.2.0/24'),
      extendedSubnet: subnet('snet-extended', '10.10.1.0/24'),
      onPremisesSubnetPrefix: '10.10.1.0/24',
      onPremisesApplianceAddress: '192.168.50.10',
      virtualNetworkGateway: { name: input('vpn_gateway_name'), resourceGroupName: rg.name },
    });

    const hci = { resourceGroupName: input('hci_resource_group'), location: 'westeurope', customLocationId: input('custom_location_id') };
    const seed = SEED_23H2_IMAGES[0];
    const image = new AzureLocalMarketplaceImage(this, 'win11', { ...hci, name: 'win11-22h2-avd', publisher: seed.publisher, offer: seed.offer, sku: seed.sku, version: seed.version });
    const vm = new AzureLocalTrustedLaunchVm(this, 'tl-vm', {
      ...hci,
      name: 'tl-vm-01',
      image: AzureLocalVmImage.fromMarketplaceImage(image),
      logicalNetworkId: input('logical_network_id'),
      adminUsername: 'localadmin',
      adminPassword,
      dataDisks: [{ name: 'tl-vm-01-data', sizeGb: 64 }],
    });
    new TerraformOutput(this, 'vm_instance_id', { value: vm.id });
    new TerraformOutput(this, 'rule_count', { value: ALL_RULES.length });
  }
}

const app = new App();
const platform = new PlatformStack(app, 'platform');
Aspects.of(platform).add(new AzureGuardrails()); // raw resources and overrides are checked at synth too
// the test harness on the app's own stack, with the app's copy of the framework
const { errors, warnings } = checkStack(platform);
if (errors.length > 0 || !warnings.some((w) => w.ruleId === 'WIN-SECRET-VAULT-OUTSIDE' && w.constructPath === 'platform/files')) {
  throw new Error(`checkStack: ${JSON.stringify({ errors, warnings: warnings.map((w) => `${w.ruleId} ${w.constructPath}`) })}`);
}
app.synth();
