import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkResources } from '../../constructs/checker/check';
import { loadInputs } from '../../constructs/checker/load';
import { Definitions, secretKind } from '../../constructs/checker/raw-values';
import { TfResource } from '../../constructs/checker/terraform-config';

const SECRET = 'Pl4nted-S3cret!';

/** Definitions of a module from a table: `var.x` with its default (or none), `local.y` with its value. */
function definitions(table: Record<string, unknown>): Definitions {
  return (address) => {
    if (!(address in table)) return undefined;
    const [type, name] = address.split('.');
    const v = table[address];
    const values: Record<string, unknown> = type === 'var' ? (v === undefined ? {} : { default: v }) : { value: v };
    return { file: 'main.tf', address, type: type === 'var' ? 'variable' : 'local', name, values } as TfResource;
  };
}

describe('secretKind', () => {
  const defs = definitions({
    'var.with_default': SECRET,
    'var.without_default': undefined,
    'local.literal': SECRET,
    'local.wraps_default': '${var.with_default}',
    'local.wraps_input': '${var.without_default}',
    'local.loop_a': '${local.loop_b}',
    'local.loop_b': '${local.loop_a}',
  });

  test.each([
    [SECRET],
    ['${var.with_default}'],
    ['${local.literal}'],
    ['${local.wraps_default}'],
    [`\${trimspace("${SECRET}")}`],
    [`\${sensitive(join("", ["a", "b"]))}`],
    ['prefix-${local.literal}'],
    [`\${trimspace("\${var.with_default}")}`],
    ['${provider::corp::normalize(local.literal)}'],
  ])('calls %s a literal: it can only yield text written in the configuration', (value) => {
    expect(secretKind(value, defs)).toBe('literal');
  });

  test.each([
    ['${var.without_default}'],
    ['${local.wraps_input}'],
    ['${data.azurerm_key_vault_secret.admin.value}'],
    ['${random_password.admin.result}'],
    ['${trimspace(var.without_default)}'],
    [`\${trimspace("\${random_password.admin.result}")}`],
    ['${{ a = random_password.admin.result }.a}'],
    ['${[for s in ["a"] : s][0]}'],
    ['${var.undeclared}'],
    ['${local.loop_a}'],
    ['${each.value}'],
    ['$${not_a_template}-${var.without_default}'],
  ])('fails to call %s a literal: it reads a value known only at apply', (value) => {
    expect(secretKind(value, defs)).toBe('expression');
  });

  test('without the definitions of the module, any expression is an expression', () => {
    expect(secretKind('${var.with_default}')).toBe('expression');
    expect(secretKind(undefined, defs)).toBe('absent');
  });
});

describe('azguard check follows local values and variable defaults to the admin password', () => {
  // the clean fixture's VM (hotpatch on a Core image, everything else valid) with the password under test
  const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'hcl-clean', 'main.tf'), 'utf8');
  const VM = (password: string) => {
    const block = fixture.slice(fixture.indexOf('resource "azurerm_windows_virtual_machine"'));
    expect(block).toContain('= var.admin_password');
    return block.replace('= var.admin_password', `= ${password}`);
  };

  async function passwordFindings(files: Record<string, string>): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'azguard-secret-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { resources } = await loadInputs([dir], () => '');
    return checkResources(resources).map((f) => `${f.ruleId} ${f.address} ${f.attribute}: ${f.message}`);
  }

  test('a variable default in another file of the module, a local and a function of a literal are refused, without showing the value', async () => {
    for (const password of ['var.admin_password', 'local.admin_password', `trimspace("${SECRET}")`]) {
      const found = await passwordFindings({
        'variables.tf': `variable "admin_password" {\n  type      = string\n  sensitive = true\n  default   = "${SECRET}"\n}\n`,
        'locals.tf': `locals {\n  admin_password = var.admin_password\n}\n`,
        'main.tf': VM(password),
      });
      expect(found).toEqual(['WIN-ADMIN-PASSWORD-LITERAL azurerm_windows_virtual_machine.core admin_password: the admin password is a literal string (value hidden)']);
      expect(found.join()).not.toContain(SECRET);
    }
  });

  test('a variable without default and a Key Vault secret pass', async () => {
    for (const password of ['var.admin_password', 'data.azurerm_key_vault_secret.admin.value']) {
      expect(await passwordFindings({ 'variables.tf': 'variable "admin_password" {\n  type      = string\n  sensitive = true\n}\n', 'main.tf': VM(password) })).toEqual([]);
    }
  });

  test('cdktf output: a variable default and a local holding a literal are refused', async () => {
    const doc = (password: string) =>
      JSON.stringify({
        variable: { admin_password: { type: 'string', sensitive: true, default: SECRET } },
        locals: { pw: SECRET },
        resource: { azurerm_windows_virtual_machine: { vm: { name: 'vm01', size: 'Standard_D2s_v5', admin_username: 'azureuser', admin_password: password, network_interface_ids: ['nic'], source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: 'latest' }, patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true } } },
      });
    for (const password of ['${var.admin_password}', '${local.pw}']) {
      expect(await passwordFindings({ 'cdk.tf.json': doc(password) })).toEqual(['WIN-ADMIN-PASSWORD-LITERAL azurerm_windows_virtual_machine.vm admin_password: the admin password is a literal string (value hidden)']);
    }
  });
});
