// The same app's mistake: a hotpatch image patched by the OS, on a Gen1-only size. Prints the rule ids that refuse
// it, as JSON, so that the consumer check can compare them across cdktf and CDK Terrain.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';

const stack = new TerraformStack(new App(), 'invalid');
try {
  new WindowsServerAzureEditionVm(stack, 'vm', {
    name: 'app-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    size: 'Standard_A2',
    adminUsername: 'platformadmin',
    adminPassword: new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
    networkInterfaceIds: ['/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic'],
    image: WindowsServerAzureEditionImage.fromSku('2022-datacenter-azure-edition-core'),
    patchMode: 'AutomaticByOS' as never,
  });
  console.log(JSON.stringify({ refused: false }));
} catch (e) {
  if (!(e instanceof ValidationError)) throw e;
  console.log(JSON.stringify({ refused: true, ruleIds: e.ruleIds, message: e.message }));
}
