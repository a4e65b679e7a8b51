import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { azureGuardrailsMatchers, checkStack } from 'azure-guardrails-cdktf/testing';
import { baseProps } from '../../support/base-props';

expect.extend(azureGuardrailsMatchers);
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toPassAzureGuardrails(): R;
      toViolateAzureGuardrail(ruleId: string): R;
    }
  }
}

const newStack = () => new TerraformStack(new App(), 'test');

describe('checkStack', () => {
  test('fails a raw provider VM with hotpatch on a Desktop Experience 2022 image, with its construct path and address', () => {
    const stack = newStack();
    new WindowsVirtualMachine(stack, 'legacy', {
      name: 'legacy-01', resourceGroupName: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', adminUsername: 'azureuser',
      adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue, networkInterfaceIds: ['nic'],
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
      sourceImageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' },
      patchMode: 'AutomaticByPlatform', hotpatchingEnabled: true,
    });
    const { errors } = checkStack(stack);
    expect(errors.map((f) => [f.ruleId, f.constructPath, f.address, f.attribute])).toEqual([['WIN-HOTPATCH-IMAGE', 'test/legacy', 'azurerm_windows_virtual_machine.legacy', 'hotpatching_enabled']]);
    expect(errors[0].fix).toBe('use one of the allowed images (exact case), or set hotpatching_enabled = false');
    expect(stack).toViolateAzureGuardrail('WIN-HOTPATCH-IMAGE');
    expect(stack).not.toPassAzureGuardrails();
  });

  test('fails a construct whose patch mode an override changed, as it will be synthesized', () => {
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE });
    expect(stack).toPassAzureGuardrails();
    vm.resource.addOverride('patch_mode', 'AutomaticByOS');
    const ids = checkStack(stack).errors.map((f) => `${f.ruleId} ${f.constructPath}`);
    expect(ids).toEqual(['WIN-HOTPATCH-IMAGE-PATCH-MODE test/vm/Resource', 'WIN-HOTPATCH-PATCH-MODE test/vm/Resource']);
  });

  test("lists the constructs' warnings with their paths, once", () => {
    const stack = newStack();
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), automanage: { configuration: { name: 'bp' } } });
    const { errors, warnings, acknowledged } = checkStack(stack);
    expect([errors, acknowledged]).toEqual([[], []]);
    expect(warnings.map((f) => [f.ruleId, f.constructPath, f.severity])).toEqual([['WSAE-AUTOMANAGE-RETIREMENT', 'test/vm', 'warning']]);
    expect(stack).toViolateAzureGuardrail('WSAE-AUTOMANAGE-RETIREMENT');
  });
});

describe('matchers', () => {
  test('failure messages list the findings', () => {
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE });
    vm.resource.addOverride('size', 'Standard_A2');
    const pass = azureGuardrailsMatchers.toPassAzureGuardrails(stack);
    expect(pass.pass).toBe(false);
    expect(pass.message()).toMatch(/^expected the stack to pass the guardrails, but 1 error was found:\n {2}\[WIN-GEN2-SIZE\] test\/vm\/Resource \(azurerm_windows_virtual_machine\.vm_[0-9A-F]{8}\): size 'Standard_A2' \(Basic A and Standard A \(A0-A11\) family\) cannot boot a generation 2 image; fix: /);
    const violate = azureGuardrailsMatchers.toViolateAzureGuardrail(stack, 'WIN-HOTPATCH-BYPASS');
    expect(violate.pass).toBe(false);
    expect(violate.message()).toContain('expected the stack to violate WIN-HOTPATCH-BYPASS; its findings:\n  [WIN-GEN2-SIZE]');
  });

  test('fails with a clear message when given something other than a stack', () => {
    expect(() => azureGuardrailsMatchers.toPassAzureGuardrails({})).toThrow('expected a cdktf TerraformStack, got object');
    expect(() => azureGuardrailsMatchers.toPassAzureGuardrails(null)).toThrow('expected a cdktf TerraformStack, got null');
  });
});
