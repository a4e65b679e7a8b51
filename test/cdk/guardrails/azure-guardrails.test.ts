import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { App, Aspects, Fn, TerraformLocal, TerraformStack, TerraformVariable } from 'cdktf';
import { AzureGuardrails, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { baseProps } from '../../support/base-props';

const newApp = () => new App({ outdir: mkdtempSync(join(tmpdir(), 'guardrails-')) });

function rawHotpatchVm(stack: TerraformStack, id: string): WindowsVirtualMachine {
  return new WindowsVirtualMachine(stack, id, {
    name: id, resourceGroupName: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', adminUsername: 'azureuser',
    adminPassword: new TerraformVariable(stack, `${id}-pw`, { type: 'string', sensitive: true }).stringValue, networkInterfaceIds: ['nic'],
    osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
    // Desktop Experience 2022 cannot hotpatch
    sourceImageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: 'latest' },
    patchMode: 'AutomaticByPlatform', hotpatchingEnabled: true,
  });
}

describe('AzureGuardrails', () => {
  test('fails cdktf synth of a raw provider VM and of an overridden construct, listing every error with its construct path', () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'fleet');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    rawHotpatchVm(stack, 'legacy');
    const vm = new WindowsServerAzureEditionVm(stack, 'web', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE });
    vm.resource.addOverride('patch_mode', 'AutomaticByOS');
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Encountered Annotations with level "ERROR"');
    expect(message).toMatch(/fleet\/legacy.*\[WIN-HOTPATCH-IMAGE\] hotpatching_enabled: hotpatch is enabled but image 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition' is not a hotpatch-capable image/);
    expect(message).toMatch(/fleet\/web\/Resource.*\[WIN-HOTPATCH-IMAGE-PATCH-MODE\] patch_mode:/);
    expect(message).toMatch(/fleet\/web\/Resource.*\[WIN-HOTPATCH-PATCH-MODE\] patch_mode:/);
  });

  test('lets a valid stack synthesize, and does not repeat the warnings the constructs gave', () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'fleet');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    const vm = new WindowsServerAzureEditionVm(stack, 'web', { ...baseProps(stack), automanage: { configuration: { name: 'bp' } } });
    // a vault given by id: the construct warns, and the resource check would say the same of its resource
    vm.addKeyVaultCertificate('/subscriptions/0/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/kv1', 'https://kv1.vault.azure.net/secrets/c/1');
    expect(() => app.synth()).not.toThrow();
    const annotations = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type.startsWith('@cdktf/')).map((m) => `${c.node.path} ${String(m.data).slice(0, 50)}`));
    expect(annotations).toEqual([`${vm.node.path} [WSAE-AUTOMANAGE-RETIREMENT] Automanage Best Pract`, `${vm.node.path} [WIN-SECRET-VAULT-OUTSIDE] Key Vault '/subscriptio`]);
  });

  test('checks a stack once, however many times the Aspect visits it', () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'fleet');
    const guardrails = new AzureGuardrails();
    rawHotpatchVm(stack, 'legacy');
    guardrails.visit(stack);
    guardrails.visit(stack);
    expect(stack.node.findChild('legacy').node.metadata.filter((m) => m.type === '@cdktf/error')).toHaveLength(1);
  });

  test('fails cdktf synth of a password that resolves to a literal through a local, a variable default or a function', () => {
    const secret = 'Pl4nted-S3cret!';
    const passwords: [string, (stack: TerraformStack) => string][] = [
      ['local', (stack) => new TerraformLocal(stack, 'pw', secret).asString],
      ['local over a variable default', (stack) => new TerraformLocal(stack, 'pw', new TerraformVariable(stack, 'pw_default', { type: 'string', sensitive: true, default: secret }).stringValue).asString],
      ['function of a literal', () => Fn.trimspace(` ${secret} `)],
    ];
    for (const [, password] of passwords) {
      const app = newApp();
      const stack = new TerraformStack(app, 'fleet');
      new AzurermProvider(stack, 'azurerm', { features: [{}] });
      Aspects.of(stack).add(new AzureGuardrails());
      new WindowsServerAzureEditionVm(stack, 'web', { ...baseProps(stack), adminPassword: password(stack) });
      let message = '';
      try {
        app.synth();
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/fleet\/web\/Resource.*\[WIN-ADMIN-PASSWORD-LITERAL\] admin_password: the admin password is a literal string \(value hidden\)/);
      expect(message).not.toContain(secret);
    }
  });
});
