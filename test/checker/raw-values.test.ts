import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkResources } from '../../constructs/checker/check';
import { loadInputs } from '../../constructs/checker/load';
import { block, blocks, Definitions, isExpression, raw, rawBool, rawList, rawOr, referencedAddress, secretKind } from '../../constructs/checker/raw-values';
import { isUnknown } from '../../constructs/core/unknown';
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

describe('reading raw attribute values', () => {
  test('an expression is a ${...} or %{...} that is not escaped, anywhere in a string', () => {
    for (const v of ['${var.x}', 'a-${var.x}', '%{ if true }a%{ endif }', 'x%{for a in b}']) expect(isExpression(v)).toBe(true);
    for (const v of ['$${var.x}', '%%{ if }', 'plain', '$', '{x}', 5, null, undefined]) expect(isExpression(v)).toBe(false);
  });

  test('a value is unset (null or absent), unknown (an expression) or the value itself; an unset value takes the default', () => {
    expect(raw(undefined)).toBeUndefined();
    expect(raw(null)).toBeUndefined();
    expect(raw('x')).toBe('x');
    expect(raw(0)).toBe(0);
    const unknown = raw('${var.x}');
    expect(isUnknown(unknown) && unknown.expression).toBe('${var.x}');
    expect(rawOr(null, 'd')).toBe('d');
    expect(rawOr(undefined, 'd')).toBe('d');
    expect(rawOr('', 'd')).toBe('');
    expect(rawOr(false, true)).toBe(false);
  });

  test('booleans: Terraform converts the strings "true" and "false"; any other string is kept for the rules to refuse', () => {
    expect(rawBool('true', false)).toBe(true);
    expect(rawBool('false', true)).toBe(false);
    expect(rawBool(undefined, true)).toBe(true);
    expect(rawBool(null, false)).toBe(false);
    expect(rawBool('yes', false)).toBe('yes');
    expect(isUnknown(rawBool('${var.on}', false))).toBe(true);
  });

  test('lists: the items, one unknown item for an expression, nothing when unset; fails on any other shape, naming the attribute', () => {
    expect(rawList(['a'], 'l')).toEqual(['a']);
    expect(rawList('${var.l}', 'l')).toEqual(['${var.l}']);
    expect(rawList(undefined, 'l')).toEqual([]);
    expect(rawList(null, 'l')).toEqual([]);
    expect(() => rawList('a,b', 'destination_port_ranges')).toThrow('destination_port_ranges is string, not a list');
    expect(() => rawList(5, 'l')).toThrow('l is number, not a list');
    expect(() => rawList({}, 'l')).toThrow('l is object, not a list');
  });

  test('blocks: an object, or the first of a list (HCL parsers give lists); every object of a list for repeated blocks', () => {
    expect(block({ a: 1 })).toEqual({ a: 1 });
    expect(block([{ a: 1 }, { a: 2 }])).toEqual({ a: 1 });
    expect(block([])).toBeUndefined();
    expect(block('x')).toBeUndefined();
    expect(block(null)).toBeUndefined();
    expect(blocks([{ a: 1 }, 'x', null, { a: 2 }])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(blocks({ a: 1 })).toEqual([{ a: 1 }]);
    expect(blocks('x')).toEqual([]);
    expect(blocks(null)).toEqual([]);
  });

  test('a reference to a resource id: the address, also of an indexed instance; nothing for anything else', () => {
    expect(referencedAddress('${azurerm_key_vault.kv.id}')).toBe('azurerm_key_vault.kv');
    expect(referencedAddress(' ${azurerm_managed_disk.d-1[0].id} ')).toBe('azurerm_managed_disk.d-1');
    expect(referencedAddress('${azurerm_managed_disk.d["a"].id}')).toBe('azurerm_managed_disk.d');
    for (const v of ['${azurerm_key_vault.kv.name}', '${var.kv_id}.x', 'x${azurerm_key_vault.kv.id}', '${azurerm_key_vault.kv.id}-x', '${data.azurerm_key_vault.kv.id}', '/subscriptions/s', 5, undefined]) expect(referencedAddress(v)).toBeUndefined();
  });
});

describe('secretKind on values that are not strings', () => {
  test('a number or boolean is a literal; an object or list is an expression (never called a literal on a guess)', () => {
    expect(secretKind(12345)).toBe('literal');
    expect(secretKind(true)).toBe('literal');
    expect(secretKind({ a: 'x' })).toBe('expression');
    expect(secretKind(['x'])).toBe('expression');
    expect(secretKind(null)).toBe('absent');
  });

  // one module for every template below: `var.pw` has a literal default, `var.input` none
  const defs = definitions({ 'var.pw': 'x', 'var.input': undefined });
  test.each([
    // keywords are not references; a bare var or local root, or a directive, is
    ['${true ? "a" : "b"}', 'literal'],
    ['${null == null ? "a" : var.pw}', 'literal'],
    ['${var}', 'expression'],
    ['${local}', 'expression'],
    // a template directive is not followed: read as an expression, never called a literal on a guess
    ['%{ if var.pw == "x" }a%{ endif }', 'expression'],
    ['%%{not a directive}', 'literal'],
    ['${upper("a\\"${var.missing}")}', 'expression'],
    // an escaped template is text, whatever it names
    ['$${random_password.admin.result}-${var.pw}', 'literal'],
    ['%%{ random }-${var.pw}', 'literal'],
    ['$${var.input}%%{ var.input }', 'literal'],
    // a template after a lone percent sign is still a template
    ['%${random_password.admin.result}', 'expression'],
    // an escaped quote does not end a string inside the code
    ['${trimspace("say \\"hi\\" ${var.pw}")}', 'literal'],
    // braces inside the code do not end it; the text after it is not code, and braces in it open nothing
    ['${ {} == {} ? "a" : var.input }', 'expression'],
    ['${var.pw} is the password', 'literal'],
    ['${var.pw} {braces} and more', 'literal'],
    ['${var.pw}${var.input}', 'expression'],
    ['${false ? "a" : "b"}', 'literal'],
    ['${trimspace ("x")}', 'literal'],
    // an unterminated template, or a string in it, is read to its end
    ['${var.input', 'expression'],
    ['${var.pw', 'literal'],
    ['${trimspace("unterminated', 'literal'],
  ])('reads %s as Terraform does: %s', (template, kind) => {
    expect(secretKind(template, defs)).toBe(kind);
  });

  test('a directive alone is an expression', () => {
    expect(isExpression('%{ if true }')).toBe(true);
  });
});

