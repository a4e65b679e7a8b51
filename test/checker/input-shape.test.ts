import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../constructs/cli/azguard';

const HOTPATCH_DESKTOP_VM = {
  name: 'vm', resource_group_name: 'rg', location: 'westeurope', size: 'Standard_D2s_v5', admin_username: 'u', admin_password: '${var.p}',
  network_interface_ids: ['${azurerm_network_interface.n.id}'], os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' },
  patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true,
  source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: 'latest' },
};

async function check(resource: unknown): Promise<{ code: number; findings: any[]; err: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'azguard-shape-')), 'main.tf.json');
  writeFileSync(file, JSON.stringify({ resource }));
  let out = '';
  let err = '';
  const code = await main(['check', '--format', 'json', file], { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => '' });
  return { code, findings: out ? JSON.parse(out).findings : [], err };
}

const shapeFindings = (findings: any[]) => findings.filter((f) => f.ruleId === 'AZG-INPUT-SHAPE').map((f) => f.address);

describe('azguard check on blocks of an unexpected shape', () => {
  test.each([
    ['a resource type that is a list of strings', { azurerm_network_security_rule: ['r'] }, 'azurerm_network_security_rule', 'is a string'],
    ['a resource block that is a number', { azurerm_network_security_rule: { r: 5 } }, 'azurerm_network_security_rule.r', 'is a number'],
    ['a resource block that is null', { azurerm_stack_hci_marketplace_gallery_image: { img: null } }, 'azurerm_stack_hci_marketplace_gallery_image.img', 'is null'],
    ['port ranges that are a number', { azurerm_network_security_rule: { r: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefix: 'Internet', destination_port_ranges: 5 } } }, 'azurerm_network_security_rule.r', 'cannot read'],
    ['source prefixes that are a string, not a list', { azurerm_network_security_group: { g: { security_rule: [{ direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefixes: 'Internet', destination_port_range: '445' }] } } }, 'azurerm_network_security_group.g', 'source_address_prefixes is string, not a list'],
  ])('fails %s with one finding on that block, checks the rest and exits 2', async (_what, bad, address, words) => {
    const r = await check({ ...bad, azurerm_windows_virtual_machine: { desktop: HOTPATCH_DESKTOP_VM } });
    // the other resource of the file is still checked
    expect(r.findings.map((f) => f.ruleId)).toContain('WIN-HOTPATCH-IMAGE');
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(shapeFindings(r.findings)).toEqual([address]);
    const finding = r.findings.find((f) => f.ruleId === 'AZG-INPUT-SHAPE');
    expect(finding.file).toMatch(/main\.tf\.json$/);
    expect(finding.message).toContain(words);
  });

  test('fails a resource type that is a string, naming it, instead of reporting a clean file', async () => {
    const r = await check({ azurerm_windows_virtual_machine: 'vm' });
    expect(r.code).toBe(2);
    expect(shapeFindings(r.findings)).toEqual(['azurerm_windows_virtual_machine']);
    expect(r.findings[0].message).toMatch(/^resource type azurerm_windows_virtual_machine is a string, not an object of named resource blocks/);
  });

  test('leaves well-formed files at exit 0 or 1, with no shape finding', async () => {
    const r = await check({ azurerm_windows_virtual_machine: { desktop: HOTPATCH_DESKTOP_VM } });
    expect(r.code).toBe(1);
    expect(shapeFindings(r.findings)).toEqual([]);
  });

  test('reads a list attribute given as an expression as unknown, not as its characters', async () => {
    const r = await check({ azurerm_network_security_rule: { r: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefixes: '${var.sources}', destination_port_range: '445' } } });
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });
});

describe('azguard check at scale and depth', () => {
  async function checkDoc(doc: unknown): Promise<{ code: number; out: string; err: string }> {
    const file = join(mkdtempSync(join(tmpdir(), 'azguard-scale-')), 'plan.json');
    writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
    let out = '';
    let err = '';
    const code = await main(['check', file], { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => '' });
    return { code, out, err };
  }

  test('checks 150,000 resources of one file (more than a spread of arguments holds)', async () => {
    const groups: Record<string, object> = {};
    for (let i = 0; i < 150_000; i++) groups[`rg${i}`] = { name: `rg-${i}`, location: 'westeurope' };
    const r = await checkDoc({ resource: { azurerm_resource_group: groups } });
    expect(r.err).toBe('');
    expect(r.out).toMatch(/azguard: 1 files, 150000 resources, 0 errors, 0 warnings/);
    expect(r.code).toBe(0);
  });

  // written as text: JSON.stringify itself cannot write values this deep
  const nested = (depth: number, leaf: string) => '{"inner":'.repeat(depth) + leaf + '}'.repeat(depth);

  test('fails a planned value nested deeper than it reads with a message naming the file, the resource and the limit', async () => {
    const r = await checkDoc(`{"format_version":"1.2","resource_changes":[{"address":"azapi_resource.vmi","mode":"managed","type":"azapi_resource","name":"vmi","change":{"after":{"body":${nested(5_000, '1')}},"after_unknown":{}}}]}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^azguard: .*plan\.json: the planned value of azapi_resource\.vmi is nested deeper than 1000 levels, more than azguard reads\n$/);
  });

  test('fails a module tree nested deeper than it reads with a message naming the file and the limit', async () => {
    const mod = '{"resources":[],"child_modules":['.repeat(5_000) + '{"resources":[]}' + ']}'.repeat(5_000);
    const r = await checkDoc(`{"format_version":"1.2","planned_values":{"root_module":${mod}}}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/plan\.json: the module tree of the planned values is nested deeper than 1000 levels/);
  });
});

describe('azguard check on JSON keys written twice', () => {
  async function checkText(text: string): Promise<{ code: number; findings: any[] }> {
    const file = join(mkdtempSync(join(tmpdir(), 'azguard-dup-')), 'main.tf.json');
    writeFileSync(file, text);
    let out = '';
    const code = await main(['check', '--format', 'json', file], { stdout: (s) => (out += s), stderr: () => undefined, stdin: () => '' });
    return { code, findings: JSON.parse(out).findings };
  }
  const vm = (sku: string) => JSON.stringify({ ...HOTPATCH_DESKTOP_VM, source_image_reference: { ...HOTPATCH_DESKTOP_VM.source_image_reference, sku } });
  const HIDDEN = vm('2022-datacenter-azure-edition');
  const KEPT = vm('2022-datacenter-azure-edition-core');

  test.each([
    ['a resource block', `{"resource": {"azurerm_windows_virtual_machine": {\n"vm": ${HIDDEN},\n"vm": ${KEPT}}}}`, 'azurerm_windows_virtual_machine.vm', 'the resource block is written 2 times (lines 2, 3)'],
    ['a resource type', `{"resource": {\n"azurerm_windows_virtual_machine": {"a": ${HIDDEN}},\n"azurerm_windows_virtual_machine": {"b": ${KEPT}}}}`, 'azurerm_windows_virtual_machine', 'the resource type azurerm_windows_virtual_machine is written 2 times (lines 2, 3)'],
    ['the resource key', `{\n"resource": {"azurerm_windows_virtual_machine": {"a": ${HIDDEN}}},\n"resource": {"azurerm_windows_virtual_machine": {"b": ${KEPT}}}}`, 'resource', 'the top-level "resource" key is written 2 times (lines 2, 3)'],
  ])('fails %s written twice, which JSON.parse would hide, with the lines of each, and exits 2', async (_what, text, address, words) => {
    const r = await checkText(text);
    const shape = r.findings.filter((f) => f.ruleId === 'AZG-INPUT-SHAPE');
    expect(shape.map((f) => [f.address, f.line])).toEqual([[address, 2]]);
    expect(shape[0].message).toContain(words);
    expect(r.code).toBe(2);
  });

  test('the same name under two types, or in nested attributes, is no duplicate', async () => {
    const r = await checkText(`{"resource": {"azurerm_windows_virtual_machine": {"vm": ${KEPT}}, "azurerm_network_security_rule": {"vm": {"name": "x", "tags": {"a": "1"}}}}}`);
    expect(r.findings.filter((f) => f.ruleId === 'AZG-INPUT-SHAPE')).toEqual([]);
  });
});
