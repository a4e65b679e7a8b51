import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../constructs/cli/azguard';
import { configureSeed, runs } from '../support/seed';

configureSeed('check.fuzz');

/** JSON values as a file can hold them: wrong types, nulls, prototype keys, expressions, deep and wide values. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 5, 1.5, '', '*', 'Internet', 'AutomaticByPlatform', '2022-datacenter-azure-edition-core', '${var.x}', '${azurerm_network_interface.n.id}', 'x'.repeat(10_000)),
    fc.string({ maxLength: 8 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'security_rule', 'destination_port_ranges', 'source_address_prefixes', 'source_image_reference', 'patch_mode', 'body', 'type', 'name', 'os_profile', 'extension'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const TYPES = ['azurerm_windows_virtual_machine', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set', 'azurerm_network_security_rule', 'azurerm_network_security_group', 'azurerm_stack_hci_marketplace_gallery_image', 'azapi_resource', 'azurerm_key_vault_certificate', 'azurerm_virtual_machine_run_command'];

/** A configuration whose resource section has known types with blocks of any shape. */
const configuration = fc.dictionary(fc.constantFrom(...TYPES), fc.oneof(jsonValue, fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), jsonValue, { maxKeys: 3 })), { maxKeys: 4 });

/** A plan (terraform show -json) whose resource changes carry values of any shape. */
const plan = fc.array(fc.record({ address: fc.constantFrom('azurerm_windows_virtual_machine.vm', 'azapi_resource.vmi', 'azurerm_network_security_rule.r'), mode: fc.constantFrom('managed', 'data', 5), type: fc.constantFrom(...TYPES), name: fc.constantFrom('vm', 'r'), change: fc.oneof(jsonValue, fc.record({ after: jsonValue, after_unknown: jsonValue })) }), { maxLength: 3 });

const dir = mkdtempSync(join(tmpdir(), 'azguard-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(doc: unknown): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, 'main.tf.json');
  writeFileSync(file, JSON.stringify(doc));
  let out = '';
  let err = '';
  const code = await main(['check', '--format', 'json', file], { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => '' });
  return { code, out, err };
}

/** Every run ends in a report (exit 0, 1, or 2 with findings) or an input error naming the file, never another error. */
function ended(r: { code: number; out: string; err: string }): boolean {
  if (r.err !== '') return r.code === 2 && r.err.startsWith(`azguard: ${join(dir, 'main.tf.json')}: `);
  const report = JSON.parse(r.out);
  const shapes = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'AZG-INPUT-SHAPE').length;
  return shapes > 0 ? r.code === 2 : r.code === (report.summary.errors > 0 ? 1 : 0);
}

describe('azguard check on generated input', () => {
  test.prop([configuration], { numRuns: runs(1_000) })('a configuration of any shape ends in a report or a named input error', async (resource) => {
    const r = await run({ resource });
    expect(ended(r)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.prop([plan], { numRuns: runs(500) })('a plan of any shape ends in a report or a named input error', async (resource_changes) => {
    const r = await run({ format_version: '1.2', resource_changes });
    expect(ended(r)).toBe(true);
  });
});
