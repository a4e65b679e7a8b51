import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { AzureGuardrails, ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import { main } from '../../../constructs/cli/azguard';
import { baseProps } from '../../support/base-props';
import { PLANTED_LITERAL_PASSWORD } from '../../support/build-vm';

const newApp = () => new App({ outdir: mkdtempSync(join(tmpdir(), 'acknowledge-')) });
const annotations = (stack: TerraformStack, type: string) => stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === type).map((m) => `${c.node.path} ${String(m.data)}`));

/** Synthesizes the app and returns the error thrown, failing if none was. */
function synthError(app: App): ValidationError {
  try {
    app.synth();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected the synth to fail');
}

async function azguard(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (out += s), stdin: () => '' });
  return { code, out };
}

describe('every invalid construct in one synth', () => {
  test('fails the synth of an app listing the invalid constructs of every stack, each with its path, and writes no file', () => {
    const app = newApp();
    const web = new TerraformStack(app, 'web');
    const files = new TerraformStack(app, 'files');
    new WindowsServerAzureEditionVm(web, 'frontend', { ...baseProps(web), size: 'Standard_A2' });
    new WindowsServerAzureEditionVm(files, 'share', { ...baseProps(files), image: WindowsServerAzureEditionImage.fromSku('2022-datacenter-azure-edition'), hotpatch: true });
    const e = synthError(app);
    expect(e.violations.map((v) => `${v.ruleId} ${v.path}`)).toEqual(['WIN-GEN2-SIZE web/frontend', 'WIN-HOTPATCH-IMAGE files/share']);
    expect(e.ruleIds).toEqual(['WIN-GEN2-SIZE', 'WIN-HOTPATCH-IMAGE']);
    expect(e.message).toMatch(/^2 invalid settings in several constructs:\n {2}\[WIN-GEN2-SIZE\] web\/frontend: size 'Standard_A2'.*\n {2}\[WIN-HOTPATCH-IMAGE\] files\/share: /);
    const written = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? written(join(dir, d.name)) : [d.name])) : []);
    expect(written(app.outdir)).toEqual([]);
  });

  test('refuses the synth of a stack in a test as well (Testing.synth), and checkStack reports the errors as data', () => {
    const stack = new TerraformStack(new App(), 'test');
    const props = baseProps(stack);
    new WindowsServerAzureEditionVm(stack, 'a', { ...props, size: 'Standard_A2' });
    new WindowsServerAzureEditionVm(stack, 'b', { ...props, name: 'b', adminUsername: 'admin' });
    expect(() => Testing.synth(stack)).toThrow(/2 invalid settings in several constructs/);
    expect(checkStack(stack).errors.map((f) => `${f.ruleId} ${f.constructPath}`)).toEqual(['WIN-GEN2-SIZE test/a', 'WIN-ADMIN-USERNAME test/b']);
  });
});

describe('AzureGuardrails.acknowledge', () => {
  test('an acknowledged warning is silent at synth, recorded in the output, and a suppression with its justification in SARIF', async () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'fleet');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    const vm = new WindowsServerAzureEditionVm(stack, 'web', { ...baseProps(stack), automanage: { configuration: { name: 'bp' } } });
    AzureGuardrails.acknowledge(vm, [{ ruleId: 'WSAE-AUTOMANAGE-RETIREMENT', reason: 'moving to Azure Policy guest configuration in 2027-Q1' }]);
    app.synth();
    expect(annotations(stack, '@cdktf/warn')).toEqual([]);
    const file = join(app.outdir, 'stacks', 'fleet', 'cdk.tf.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const resource = Object.values<any>(doc.resource.azurerm_windows_virtual_machine)[0];
    expect(resource['//'].azureGuardrails.acknowledgements).toEqual([{ ruleId: 'WSAE-AUTOMANAGE-RETIREMENT', reason: 'moving to Azure Policy guest configuration in 2027-Q1', scope: 'fleet/web' }]);
    expect(resource['//'].metadata.path).toBe('fleet/web/Resource');
    expect(checkStack(stack).acknowledged.map((f) => [f.ruleId, f.constructPath, f.acknowledgement?.reason])).toEqual([['WSAE-AUTOMANAGE-RETIREMENT', 'fleet/web', 'moving to Azure Policy guest configuration in 2027-Q1']]);
    expect(checkStack(stack).warnings).toEqual([]);
  });

  test('a policy error acknowledged on a parent scope lets the synth pass, counted apart, and azguard honours it in the output', async () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'lab');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    new NetworkSecurityRule(stack, 'rdp', {
      name: 'rdp', resourceGroupName: 'rg', networkSecurityGroupName: 'nsg', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp',
      sourcePortRange: '*', destinationPortRange: '3389', sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*',
    });
    AzureGuardrails.acknowledge(stack, [{ ruleId: 'NET-RDP-FROM-INTERNET', reason: 'isolated lab subscription, torn down nightly' }]);
    app.synth();
    expect(annotations(stack, '@cdktf/error')).toEqual([]);
    const out = join(app.outdir, 'stacks', 'lab');
    const text = await azguard(['check', out]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('0 errors, 0 warnings, 1 acknowledged (--verbose lists them)');
    expect((await azguard(['check', '--verbose', out])).out).toMatch(/^ACKNOWLEDGED \S+cdk\.tf\.json:\d+ azurerm_network_security_rule\.rdp destination_port_range: \[NET-RDP-FROM-INTERNET\] .*; reason: isolated lab subscription, torn down nightly \(acknowledged on lab\)$/m);
    const json = JSON.parse((await azguard(['check', '--format', 'json', out])).out);
    expect([json.findings, json.summary.acknowledged, json.acknowledged.map((a: any) => [a.ruleId, a.reason, a.acknowledgedOn])]).toEqual([[], 1, [['NET-RDP-FROM-INTERNET', 'isolated lab subscription, torn down nightly', 'lab']]]);
    const sarif = JSON.parse((await azguard(['check', '--format', 'sarif', out])).out);
    expect(sarif.runs[0].results.map((r: any) => [r.ruleId, r.suppressions])).toEqual([['NET-RDP-FROM-INTERNET', [{ kind: 'inSource', status: 'accepted', justification: 'isolated lab subscription, torn down nightly' }]]]);
  });

  test('a literal password acknowledged on its construct no longer refuses the synth', () => {
    const stack = new TerraformStack(new App(), 'test');
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), adminPassword: PLANTED_LITERAL_PASSWORD });
    expect(() => Testing.synth(stack)).toThrow(/WIN-ADMIN-PASSWORD-LITERAL/);
    AzureGuardrails.acknowledge(vm, [{ ruleId: 'WIN-ADMIN-PASSWORD-LITERAL', reason: 'throwaway demo environment, password rotated by the pipeline' }]);
    expect(() => Testing.synth(stack)).not.toThrow();
    expect(checkStack(stack).errors).toEqual([]);
    expect(checkStack(stack).acknowledged.map((f) => f.ruleId)).toEqual(['WIN-ADMIN-PASSWORD-LITERAL']);
  });

  test('fails to acknowledge an error Azure refuses, saying why, and an unknown rule or a short reason', () => {
    const stack = new TerraformStack(new App(), 'test');
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.fromSku('2022-datacenter-azure-edition'), hotpatch: true });
    AzureGuardrails.acknowledge(vm, [
      { ruleId: 'WIN-HOTPATCH-IMAGE', reason: 'we know what we are doing here' },
      { ruleId: 'WIN-NO-SUCH-RULE', reason: 'a reason long enough' },
      { ruleId: 'WSAE-AUTOMANAGE-RETIREMENT', reason: 'ok' },
    ]);
    let error: ValidationError | undefined;
    try {
      Testing.synth(stack);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.violations.map((v) => `${v.ruleId} ${v.attribute}`)).toEqual(['WIN-HOTPATCH-IMAGE hotpatching_enabled', 'AZG-ACKNOWLEDGEMENT ruleId', 'AZG-ACKNOWLEDGEMENT ruleId', 'AZG-ACKNOWLEDGEMENT reason']);
    expect(error?.violations[1].message).toMatch(/^WIN-HOTPATCH-IMAGE cannot be acknowledged: hotpatch only on a hotpatch-capable image, and Azure or azurerm refuse the configuration at plan or apply, so an acknowledgement would only move the failure there$/);
    expect(error?.violations[2].message).toBe("no rule has the id 'WIN-NO-SUCH-RULE'");
    expect(error?.violations[3].message).toBe("the acknowledgement of WSAE-AUTOMANAGE-RETIREMENT gives the reason 'ok' (2 characters); at least 10 characters are needed");
  });

  test('an acknowledgement that matches nothing is reported, by checkStack and by the Aspect', () => {
    const app = newApp();
    const stack = new TerraformStack(app, 'test');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', baseProps(stack));
    AzureGuardrails.acknowledge(vm, [{ ruleId: 'NET-RDP-FROM-INTERNET', reason: 'left over from the jump host we removed' }]);
    expect(checkStack(stack).warnings.map((f) => [f.ruleId, f.constructPath, f.message])).toEqual([['AZG-ACKNOWLEDGEMENT-UNUSED', 'test/vm', 'the acknowledgement of NET-RDP-FROM-INTERNET on test/vm matches no finding']]);
    app.synth();
    expect(annotations(stack, '@cdktf/warn')).toEqual([expect.stringMatching(/^test\/vm \[AZG-ACKNOWLEDGEMENT-UNUSED\] ruleId: the acknowledgement of NET-RDP-FROM-INTERNET on test\/vm matches no finding/)]);
  });
});
