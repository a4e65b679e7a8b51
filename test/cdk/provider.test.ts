import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { everyConstruct } from '../support/every-construct';

describe('provider', () => {
  test('every azurerm resource and data source of every construct uses the aliased provider given (SMB over QUIC takes the VM\'s)', () => {
    const stack = new TerraformStack(new App(), 'subs');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const other = new AzurermProvider(stack, 'other', { features: [{}], alias: 'other', subscriptionId: '11111111-1111-1111-1111-111111111111' });
    everyConstruct(stack, { resourceGroupName: 'rg', location: 'westeurope', provider: other });
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
