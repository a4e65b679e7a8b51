// The same app's mistake: a hotpatch image patched by the OS, on a Gen1-only size, refused when the app is synthesized; then the same patch mode written
// by an override, which the AzureGuardrails Aspect refuses at synth. Prints the rule ids of both refusals, as JSON, so
// that the consumer check can compare them across cdktf and CDK Terrain.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { AzureGuardrails, ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';

function overridden(): string[] {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'invalid-')), skipValidation: true });
  const stack = new TerraformStack(app, 'overridden');
  Aspects.of(stack).add(new AzureGuardrails());
  const vm = new WindowsServerAzureEditionVm(stack, 'vm', {
    name: 'app-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    size: 'Standard_D2s_v5',
    adminUsername: 'platformadmin',
    adminPassword: new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
    networkInterfaceIds: ['/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic'],
    image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
  });
  vm.resource.addOverride('patch_mode', 'AutomaticByOS');
  try {
    app.synth();
    return [];
  } catch (e) {
    return [...new Set(String((e as Error).message).match(/\[[A-Z0-9-]+\]/g) ?? [])].sort();
  }
}

// the constructs record the errors; the synth refuses the app with all of them, before any file is written
const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'invalid-')) });
const stack = new TerraformStack(app, 'invalid');
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
  app.synth();
  console.log(JSON.stringify({ refused: false }));
} catch (e) {
  if (!(e instanceof ValidationError)) throw e;
  console.log(JSON.stringify({ refused: true, ruleIds: e.ruleIds, message: e.message, overrideRuleIds: overridden() }));
}
