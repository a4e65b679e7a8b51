import { describe, expect, test } from '@jest/globals';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import 'azure-guardrails-cdktf/jest';
import { WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { baseProps } from '../../support/base-props';

// the matchers are typed on the `expect` of @jest/globals too: this file compiles only when they are
describe('the matchers with expect from @jest/globals', () => {
  test('a valid stack passes and a raw hotpatch VM on a Desktop Experience image violates WIN-HOTPATCH-IMAGE', () => {
    const stack = new TerraformStack(new App(), 'fleet');
    new WindowsServerAzureEditionVm(stack, 'vm', baseProps(stack));
    expect(stack).toPassAzureGuardrails();
    new WindowsVirtualMachine(stack, 'raw', {
      name: 'raw01',
      resourceGroupName: 'rg',
      location: 'westeurope',
      size: 'Standard_D2s_v5',
      adminUsername: 'fleetadmin',
      adminPassword: new TerraformVariable(stack, 'raw_password', { type: 'string', sensitive: true }).stringValue,
      networkInterfaceIds: ['nic'],
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
      sourceImageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' },
      hotpatchingEnabled: true,
      patchMode: 'AutomaticByPlatform',
    });
    expect(stack).toViolateAzureGuardrail('WIN-HOTPATCH-IMAGE');
    expect(stack).not.toPassAzureGuardrails();
  });
});
