import { test as propTest } from '@fast-check/jest';
import fc from 'fast-check';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES, ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../constructs';
import { AzureLocalTrustedLaunchStack } from '../../stacks/azure-local-trusted-launch-stack';
import { HybridFileServicesStack } from '../../stacks/hybrid-file-services-stack';
import { VariableDrivenStack } from '../../stacks/variable-driven-stack';
import { WindowsFleetStack } from '../../stacks/windows-fleet-stack';
import { configureSeed, runs } from '../support/seed';

configureSeed('secrets');

/** Everything a run shows (synthesized JSON, annotations, error messages and console output), and the rules it was refused with. */
function everythingShown(build: (stack: TerraformStack) => void): string {
  return run(build).shown;
}

function run(build: (stack: TerraformStack) => void): { shown: string; refused: string[] } {
  const shown: string[] = [];
  let refused: string[] = [];
  const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => jest.spyOn(console, m).mockImplementation((...a: unknown[]) => void shown.push(a.map(String).join(' '))));
  try {
    const stack = new TerraformStack(new App(), 'secrets');
    try {
      build(stack);
      shown.push(Testing.synth(stack));
    } catch (e) {
      shown.push(String((e as Error).message), JSON.stringify((e as ValidationError).violations ?? []));
      refused = (e as ValidationError).ruleIds ?? [];
    }
    shown.push(...stack.node.findAll().flatMap((c) => c.node.metadata.map((m) => String(m.data))));
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  return { shown: shown.join('\n'), refused };
}

const secret = fc.string({ minLength: 12, maxLength: 40 }).filter((s) => /[A-Za-z]/.test(s) && /\d/.test(s) && !/^\s|\s$/.test(s)).map((s) => `S3cr3t!${s}`);

const wsae = (stack: TerraformStack, adminPassword: string) =>
  new WindowsServerAzureEditionVm(stack, 'vm', { name: 'vm-01', resourceGroupName: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, adminUsername: 'azureuser', adminPassword, networkInterfaceIds: ['/subscriptions/0/nic'] });
const hci = (stack: TerraformStack, adminPassword: string) =>
  new AzureLocalTrustedLaunchVm(stack, 'vm', { name: 'tl-01', resourceGroupName: 'rg', location: 'westeurope', customLocationId: 'cl', image: AzureLocalVmImage.fromExistingMarketplaceImage('/subscriptions/0/img', { ...SEED_23H2_IMAGES[0], hypervGeneration: 'V2' }), logicalNetworkId: 'lnet', adminUsername: 'localadmin', adminPassword });

describe('secrets never reach any output', () => {
  propTest.prop([secret, fc.constantFrom('literal', 'variable-default'), fc.constantFrom('wsae', 'hci')], { numRuns: runs(300) })(
    'a generated password given as a literal or as a variable default is refused, and shown nowhere',
    (pw, how, kind) => {
      const { shown, refused } = run((stack) => {
        const value = how === 'literal' ? pw : new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true, default: pw }).stringValue;
        (kind === 'wsae' ? wsae : hci)(stack, value);
      });
      expect(refused).toEqual([kind === 'wsae' ? 'WIN-ADMIN-PASSWORD-LITERAL' : 'HCI-ADMIN-PASSWORD-LITERAL']);
      expect(shown).not.toContain(pw);
    },
  );

  test('a sensitive variable without a default is accepted and only referenced', () => {
    const shown = everythingShown((stack) => wsae(stack, new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue));
    expect(shown).toContain('"admin_password": "${var.admin_password}"');
  });

  test('each VM is judged by its own password variable, whatever the VMs before it were given', () => {
    const stack = new TerraformStack(new App(), 'passwords');
    const withoutDefault = new TerraformVariable(stack, 'ops_password', { type: 'string', sensitive: true }).stringValue;
    const withDefault = new TerraformVariable(stack, 'lab_password', { type: 'string', sensitive: true, default: 'Lab-Passw0rd-2026' }).stringValue;
    const vm = (id: string, adminPassword: string) => new WindowsServerAzureEditionVm(stack, id, { name: id, resourceGroupName: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, adminUsername: 'azureuser', adminPassword, networkInterfaceIds: ['/subscriptions/0/nic'] });
    [vm('ops1', withoutDefault), vm('lab1', withDefault), vm('lab2', withDefault), vm('ops2', withoutDefault)];
    const refused = (() => {
      try {
        Testing.synth(stack);
        return [];
      } catch (e) {
        return (e as ValidationError).violations.map((v) => `${v.ruleId} ${v.path}`);
      }
    })();
    expect(refused).toEqual(['WIN-ADMIN-PASSWORD-LITERAL passwords/lab1', 'WIN-ADMIN-PASSWORD-LITERAL passwords/lab2']);
  });

  test.each([
    ['windows-fleet', WindowsFleetStack],
    ['azure-local-trusted-launch', AzureLocalTrustedLaunchStack],
    ['hybrid-file-services', HybridFileServicesStack],
    ['variable-driven', VariableDrivenStack],
  ])('example stack %s has no literal secret: passwords are sensitive variables without defaults, no private key', (name, Stack) => {
    const json = JSON.parse(Testing.synth(new (Stack as any)(new App(), name)));
    for (const [varName, v] of Object.entries<any>(json.variable ?? {})) if (/password|secret|key$/i.test(varName) && varName !== 'key_vault_id') expect([varName, v.sensitive, v.default]).toEqual([varName, true, undefined]);
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(text).not.toMatch(/"(admin_password|adminPassword)":\s*"(?!\$\{)/);
  });
});
