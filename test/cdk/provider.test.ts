import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  AzureExtendedNetwork,
  AzureLocalMarketplaceImage,
  AzureLocalTrustedLaunchVm,
  AzureLocalVmImage,
  SEED_23H2_IMAGES,
  SmbOverQuic,
  SmbOverQuicCertificate,
  ValidationError,
  WindowsServerAzureEditionImage,
  WindowsServerAzureEditionVm,
} from 'azure-guardrails-cdktf';

describe('provider', () => {
  test('every azurerm resource and data source of every construct uses the aliased provider given (SMB over QUIC takes the VM\'s)', () => {
    const stack = new TerraformStack(new App(), 'subs');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const other = new AzurermProvider(stack, 'other', { features: [{}], alias: 'other', subscriptionId: '11111111-1111-1111-1111-111111111111' });
    const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    const common = { resourceGroupName: 'rg', location: 'westeurope', provider: other };
    const vm = new WindowsServerAzureEditionVm(stack, 'files', {
      ...common, name: 'files01', size: 'Standard_D2s_v5', adminUsername: 'fleetadmin', adminPassword: password, networkInterfaceIds: ['nic'],
      image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, automanage: { configuration: { name: 'bp' } },
    });
    new SmbOverQuic(stack, 'quic', {
      vm, serverNames: ['files.contoso.com'], certificate: SmbOverQuicCertificate.create({ keyVaultId: 'kv', name: 'files-quic' }),
      networkSecurityGroup: { name: 'nsg', resourceGroupName: 'rg' }, allowedSourceAddressPrefixes: ['203.0.113.0/24'],
    });
    new AzureExtendedNetwork(stack, 'xnet', {
      ...common, name: 'xnet01', adminUsername: 'xnetadmin', adminPassword: password,
      routableSubnet: { id: 'sn-r', name: 'snet-appliance', addressPrefix: '10.20.2.0/24' }, extendedSubnet: { id: 'sn-e', name: 'snet-extended', addressPrefix: '10.10.1.0/24' },
      onPremisesSubnetPrefix: '10.10.1.0/24', onPremisesApplianceAddress: '192.168.50.10', virtualNetworkGateway: { name: 'gw', resourceGroupName: 'rg' },
    });
    const image = new AzureLocalMarketplaceImage(stack, 'img', { ...common, customLocationId: 'cl', ...SEED_23H2_IMAGES[0], name: 'ws2025', hypervGeneration: 'V2' });
    new AzureLocalTrustedLaunchVm(stack, 'hci', {
      ...common, name: 'hci01', customLocationId: 'cl', image: AzureLocalVmImage.fromMarketplaceImage(image), logicalNetworkId: 'lnet',
      adminUsername: 'localadmin', adminPassword: password, dataDisks: [{ name: 'hci01-data', sizeGb: 64 }],
    });
    const json = JSON.parse(Testing.synth(stack));
    const azurerm = [...Object.entries<any>(json.resource), ...Object.entries<any>(json.data ?? {})].filter(([type]) => type.startsWith('azurerm_'));
    const providers = azurerm.flatMap(([type, byName]) => Object.values<any>(byName).map((block) => `${type} ${block.provider}`));
    expect(providers.length).toBeGreaterThan(15);
    expect(providers.filter((p) => !p.endsWith(' azurerm.other'))).toEqual([]);
  });

  test('fails a provider that is not a Terraform provider, naming the prop', () => {
    const stack = new TerraformStack(new App(), 'subs');
    expect(() => new WindowsServerAzureEditionVm(stack, 'vm', { name: 'vm01', resourceGroupName: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', adminUsername: 'ops', adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue, networkInterfaceIds: ['nic'], image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, provider: 'azurerm.other' as never })).toThrow(ValidationError);
  });
});
