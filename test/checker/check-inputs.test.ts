import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkResources } from '../../constructs/checker/check';
import { checkInputs } from '../../constructs/checker/check-inputs';
import { loadInputs } from '../../constructs/checker/load';
import { InputError, isDefinition } from '../../constructs/checker/terraform-config';

const VM = (name: string, sku: string, password: string) => ({
  name, size: 'Standard_D2s_v5', admin_password: password, patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true,
  os_disk: { storage_account_type: 'Premium_LRS' }, source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' },
});

/** Two stacks: one with a literal password behind a local, one whose VM names a local of the other stack. */
function estate(): string {
  const root = mkdtempSync(join(tmpdir(), 'azguard-estate-'));
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, 'b'));
  writeFileSync(join(root, 'a', 'cdk.tf.json'), JSON.stringify({ locals: { pw: 'Literal-Pw-1234' }, resource: { azurerm_windows_virtual_machine: { vm: VM('a', '2022-datacenter-azure-edition', '${local.pw}') } } }));
  writeFileSync(join(root, 'b', 'cdk.tf.json'), JSON.stringify({ resource: { azurerm_windows_virtual_machine: { vm: VM('b', '2022-datacenter-azure-edition-core', '${local.pw}') } } }));
  return root;
}

describe('checkInputs, one module at a time', () => {
  test('finds what checking every resource at once finds, and counts the resources', async () => {
    const root = estate();
    const whole = await loadInputs([root], () => '');
    const byModule = await checkInputs([root], () => '');
    expect(byModule.findings).toEqual(checkResources(whole.resources));
    expect(byModule.files).toEqual(whole.files);
    expect(byModule.resourceCount).toBe(whole.resources.filter((r) => !isDefinition(r)).length);
    // references stay within a module: the local of stack a is not stack b's
    expect(byModule.findings.map((f) => `${f.file.replace(root, '')} ${f.ruleId}`)).toEqual(['/a/cdk.tf.json WIN-HOTPATCH-IMAGE', '/a/cdk.tf.json WIN-ADMIN-PASSWORD-LITERAL']);
  });

  test('fails a path that does not exist with its name', async () => {
    await expect(checkInputs(['/no/such/dir'], () => '')).rejects.toThrow(InputError);
  });
});
