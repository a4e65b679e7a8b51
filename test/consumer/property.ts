// A property test as a user writes one with the package's arbitraries: any valid generated VM synthesizes and passes
// the guardrails, and so does any valid raw NSG rule. Prints how many cases each ran, as JSON.
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import { assertGuardrailsProperty, azureEditionVmSettings, networkSecurityRuleSettings } from 'azure-guardrails-cdktf/testing/arbitraries';

const run = assertGuardrailsProperty(
  azureEditionVmSettings({ validOnly: true }),
  (settings) => {
    const stack = new TerraformStack(new App(), 'property');
    new WindowsServerAzureEditionVm(stack, 'vm', {
      ...settings,
      resourceGroupName: 'rg',
      location: 'westeurope',
      adminPassword: new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
      networkInterfaceIds: ['/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic'],
    });
    Testing.synth(stack);
    return checkStack(stack).errors.length === 0;
  },
  { numRuns: 50 },
);
const nsg = assertGuardrailsProperty(
  networkSecurityRuleSettings({ validOnly: true }),
  (settings) => {
    const stack = new TerraformStack(new App(), 'property');
    new NetworkSecurityRule(stack, 'rule', { ...settings, name: 'rule', resourceGroupName: 'rg', networkSecurityGroupName: 'nsg', priority: 200 });
    return checkStack(stack).errors.length === 0;
  },
  { numRuns: 50 },
);
console.log(JSON.stringify({ vm: run, nsg }));
