import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { App, Aspects, Fn, TerraformLocal, TerraformStack, TerraformVariable, Testing } from 'cdktf';
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

  test('says each finding once, however many times the stack is synthesized', () => {
    const stack = new TerraformStack(newApp(), 'fleet');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    rawHotpatchVm(stack, 'legacy');
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    expect(stack.node.findChild('legacy').node.metadata.filter((m) => m.type === '@cdktf/error')).toHaveLength(1);
  });

  test('sees what an Aspect that runs after it changes, and writes the configuration it checked', () => {
    /** A guarded fleet of one VM, with a team's own Aspect visited after the stack that overrides one attribute of the VM. */
    const fleet = (path: string, value: unknown) => {
      const app = newApp();
      const stack = new TerraformStack(app, 'fleet');
      new AzurermProvider(stack, 'azurerm', { features: [{}] });
      Aspects.of(stack).add(new AzureGuardrails());
      const vm = new WindowsServerAzureEditionVm(stack, 'web', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE });
      Aspects.of(stack).add({ visit: (node) => node === vm.resource && vm.resource.addOverride(path, value) });
      return { app, stack };
    };
    expect(() => fleet('size', 'Standard_A2').app.synth()).toThrow(/fleet\/web\/Resource.*\[WIN-GEN2-SIZE\] size: size 'Standard_A2'/);
    // without the mistake, the file written is the configuration resolved afresh
    const { app: ok, stack: clean } = fleet('tags.team', 'platform');
    ok.synth();
    const written = JSON.parse(readFileSync(join(ok.outdir, 'stacks', 'fleet', 'cdk.tf.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(clean.toTerraform())));
    expect(Object.values<any>(written.resource.azurerm_windows_virtual_machine)[0].tags).toEqual({ team: 'platform' });
  });

  test('an app with skipValidation is checked when the Aspect reaches the stack', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'guardrails-')), skipValidation: true });
    const stack = new TerraformStack(app, 'fleet');
    Aspects.of(stack).add(new AzureGuardrails());
    rawHotpatchVm(stack, 'legacy');
    expect(() => app.synth()).toThrow(/fleet\/legacy.*\[WIN-HOTPATCH-IMAGE\]/);
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
