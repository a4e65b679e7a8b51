import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformProvider, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AzapiProvider, AzureLocalTrustedLaunchVm, AzureLocalVmImage, ValidationError } from '../../../constructs';
import { CUSTOM_LOCATION, EXISTING_IMAGE, LOGICAL_NETWORK } from '../../support/build-tl-vm';
import { SEED_23H2_IMAGES } from '../../../constructs/azure-local/guest-image-support';

/** What `cdktf get` generates for azure/azapi, reduced to what matters here. */
class GeneratedAzapiProvider extends TerraformProvider {
  private _alias?: string;
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  constructor(scope: Construct, id: string, config: { alias?: string } = {}) {
    super(scope, id, {
      terraformResourceType: 'azapi',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersion: '2.5.0' },
      terraformProviderSource: 'azure/azapi',
    });
    this.alias = config.alias;
  }
  protected synthesizeAttributes() {
    return { alias: this.alias };
  }
}

/** A provider written by hand for the registry address, as some teams do. */
class RegistryAzapiProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: 'azapi_by_hand', terraformProviderSource: 'registry.terraform.io/Azure/azapi' });
  }
}

function vm(stack: TerraformStack, id: string, extra: Record<string, unknown> = {}) {
  const seed = SEED_23H2_IMAGES[0];
  return new AzureLocalTrustedLaunchVm(stack, id, {
    name: id,
    resourceGroupName: 'rg-hci',
    location: 'westeurope',
    customLocationId: CUSTOM_LOCATION,
    image: AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...seed, hypervGeneration: 'V2' }),
    logicalNetworkId: LOGICAL_NETWORK,
    adminUsername: 'localadmin',
    adminPassword: new TerraformVariable(stack, `${id}_password`, { type: 'string', sensitive: true }).stringValue,
    ...extra,
  });
}

function synth(build: (stack: TerraformStack) => void): { providers: any[]; instances: any[] } {
  const stack = new TerraformStack(new App(), 'test');
  build(stack);
  const json = JSON.parse(Testing.synth(stack));
  const providers = [json.provider?.azapi ?? [], json.provider?.azapi_by_hand ?? []].flat();
  return { providers, instances: Object.values(json.resource?.azapi_resource ?? {}) };
}

function refusal(build: (stack: TerraformStack) => void): ValidationError {
  try {
    const stack = new TerraformStack(new App(), 'test');
    build(stack);
    Testing.synth(stack);
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('one azapi provider per stack', () => {
  test('creates one default azapi provider for a stack that has none, shared by every VM', () => {
    const { providers, instances } = synth((s) => {
      vm(s, 'vm-a');
      vm(s, 'vm-b');
    });
    expect(providers).toHaveLength(1);
    expect(instances).toHaveLength(2);
    expect(instances.every((i) => i.provider === 'azapi')).toBe(true);
  });

  test.each([
    ['the library class', (s: TerraformStack) => new AzapiProvider(s, 'mine', { useOidc: true }), 'azapi'],
    ['a generated binding', (s: TerraformStack) => new GeneratedAzapiProvider(s, 'generated'), 'azapi'],
    ['a provider for the registry address', (s: TerraformStack) => new RegistryAzapiProvider(s, 'by-hand'), 'azapi_by_hand'],
  ])('uses the stack\'s own default azapi provider (%s) and adds none', (_name, provider, fqn) => {
    const { providers, instances } = synth((s) => {
      provider(s);
      vm(s, 'vm-a');
    });
    expect(providers).toHaveLength(1);
    expect(instances[0].provider).toBe(fqn);
  });

  test('uses the only azapi provider of the stack when it has an alias', () => {
    const { providers, instances } = synth((s) => {
      new GeneratedAzapiProvider(s, 'hci', { alias: 'hci' });
      vm(s, 'vm-a');
    });
    expect(providers).toHaveLength(1);
    expect(instances[0].provider).toBe('azapi.hci');
  });

  test('uses the default one when the stack has a default and aliased azapi providers', () => {
    const { providers, instances } = synth((s) => {
      new AzapiProvider(s, 'other', { alias: 'other' });
      new AzapiProvider(s, 'default');
      vm(s, 'vm-a');
    });
    expect(providers).toHaveLength(2);
    expect(instances[0].provider).toBe('azapi');
  });

  test('uses the provider given to the construct', () => {
    const { instances } = synth((s) => {
      new AzapiProvider(s, 'prod', { alias: 'prod' });
      const dev = new AzapiProvider(s, 'dev', { alias: 'dev' });
      vm(s, 'vm-a', { azapiProvider: dev });
    });
    expect(instances[0].provider).toBe('azapi.dev');
  });

  test('fails when the stack has several aliased azapi providers, no default one and the construct is given none', () => {
    const e = refusal((s) => {
      new AzapiProvider(s, 'prod', { alias: 'prod' });
      new GeneratedAzapiProvider(s, 'dev', { alias: 'dev' });
      vm(s, 'vm-a');
    });
    expect(e.ruleIds).toEqual(['AZAPI-PROVIDER-CHOICE']);
    expect(e.message).toContain("'prod', 'dev'");
    expect(e.message).toContain('azapiProvider');
  });

  test('fails when azapiProvider is not an azapi provider', () => {
    const e = refusal((s) => vm(s, 'vm-a', { azapiProvider: new AzurermProvider(s, 'azurerm', { features: [{}] }) }));
    expect(e.ruleIds).toEqual(['PROPS-TYPE']);
    expect(e.message).toContain('azapiProvider');
  });

  test('uses an azapi provider created after the constructs that need it', () => {
    const { providers, instances } = synth((s) => {
      vm(s, 'vm-a');
      new GeneratedAzapiProvider(s, 'late', { alias: 'late' });
    });
    expect(providers).toHaveLength(1);
    expect(instances[0].provider).toBe('azapi.late');
  });

  test('names every construct that needs a provider when it cannot choose one', () => {
    const e = refusal((s) => {
      new AzapiProvider(s, 'prod', { alias: 'prod' });
      new AzapiProvider(s, 'dev', { alias: 'dev' });
      for (const id of ['vm-a', 'vm-b', 'vm-c', 'vm-d', 'vm-e']) vm(s, id);
    });
    expect(e.violations).toHaveLength(1);
    expect(e.violations[0].path).toBe('test/vm-a, test/vm-b, test/vm-c and 2 more');
  });

  test('chooses the provider while the stack is prepared, where no Aspect of this copy of cdktf runs', () => {
    const stack = new TerraformStack(new App(), 'test');
    const a = vm(stack, 'vm-a');
    const b = vm(stack, 'vm-b');
    stack.prepareStack(); // the first step of App.synth in any copy of cdktf, before aspects
    const providers = stack.node.findAll().filter(AzapiProvider.isAzapiProvider);
    expect(providers).toHaveLength(1);
    expect(a.resource.provider).toBe(providers[0]);
    expect(b.resource.provider).toBe(providers[0]);
  });
});
