import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../constructs/cli/azguard';

const ROOT = join(__dirname, '..', '..');
const BAD_HCL = join(__dirname, '..', 'fixtures', 'hcl-hotpatch-desktop');
const CLEAN_HCL = join(__dirname, '..', 'fixtures', 'hcl-clean');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => stdin });
  return { code, out, err };
}

describe('azguard check', () => {
  test('exits 1 naming the rule for a hotpatch VM on 2022-datacenter-azure-edition in an HCL directory', async () => {
    const r = await run(['check', BAD_HCL]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ERROR .*main\.tf:6 azurerm_windows_virtual_machine\.desktop hotpatching_enabled: \[WIN-HOTPATCH-IMAGE\]/m);
    expect(r.out).toMatch(/azguard: 2 files, 2 resources, 1 errors, 0 warnings/);
  });

  test('exits 0 on a clean directory', async () => {
    expect((await run(['check', CLEAN_HCL])).code).toBe(0);
  });

  test('prints one JSON object with findings and summary', async () => {
    const r = await run(['check', '--format', 'json', BAD_HCL]);
    const doc = JSON.parse(r.out);
    expect(doc.summary).toEqual({ files: 2, resources: 2, errors: 1, warnings: 0, acknowledged: 0 });
    expect(Object.keys(doc.findings[0]).sort()).toEqual(['address', 'attribute', 'file', 'fix', 'line', 'message', 'ruleId', 'severity', 'source']);
  });

  test('prints SARIF 2.1.0 that validates against the SARIF schema, with rules and line numbers', async () => {
    const r = await run(['check', '--format', 'sarif', BAD_HCL, CLEAN_HCL]);
    const log = JSON.parse(r.out);
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((x: any) => x.id)).toEqual(['WIN-HOTPATCH-IMAGE']);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(6);
    expect(r.code).toBe(1);
  });

  test('a broken SARIF log fails the same validation (the validator bites)', () => {
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
  });

  test('reads JSON from standard input', async () => {
    const doc = { resource: { azurerm_windows_virtual_machine: { vm: { name: 'vm', admin_password: 'literal-secret-1', size: 'Standard_D2s_v5' } } } };
    const r = await run(['check', '-'], JSON.stringify(doc));
    expect(r.code).toBe(1);
    expect(r.out).toContain('[WIN-ADMIN-PASSWORD-LITERAL]');
    expect(r.out).not.toContain('literal-secret-1');
  });

  test('exits 2 naming the file and place for unusable input, never with a stack trace', async () => {
    const r = await run(['check', '-'], '{"resource": ');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^azguard: -: invalid JSON/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect((await run(['check', 'no/such/path'])).err).toBe('azguard: no/such/path: no such file or directory\n');
    expect((await run(['check', '--format', 'xml', CLEAN_HCL])).code).toBe(2);
  });
});

describe('azguard rules, explain, images', () => {
  test('rules --format markdown is the README rule table', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = (await run(['rules', '--format', 'markdown'])).out.trim();
    expect(readme).toContain(table);
    expect(table.split('\n').length).toBeGreaterThan(40);
  });

  test('rules --format json lists id, severity, whether it can be acknowledged, title, source and refusals', async () => {
    const rules = JSON.parse((await run(['rules', '--format', 'json'])).out);
    expect(rules.find((r: any) => r.id === 'WIN-HOTPATCH-BYPASS')).toEqual({
      id: 'WIN-HOTPATCH-BYPASS',
      severity: 'error',
      acknowledgeable: false,
      title: 'hotpatch needs the platform safety checks',
      source: expect.stringContaining('claranet'),
      refusals: [{ by: 'Azure', when: 'apply', says: '400 InvalidParameter "Hotpatch updates require platform safety checks"', source: expect.stringContaining('claranet') }],
    });
    expect(rules.filter((r: any) => r.severity === 'error' && r.acknowledgeable).map((r: any) => r.id).sort()).toEqual(['HCI-ADMIN-PASSWORD-LITERAL', 'NET-RDP-FROM-INTERNET', 'NET-SMB-FROM-INTERNET', 'SMBQ-SOURCES', 'WIN-ADMIN-PASSWORD-LITERAL']);
  });

  test('explain prints the documentation of a rule, and exits 2 for an unknown id', async () => {
    expect((await run(['explain', 'HCI-BOOT-INTEGRITY'])).out).toMatch(/^HCI-BOOT-INTEGRITY \(error; cannot be acknowledged: refused by this library at synth\): guest boot-integrity verification is not available\n\n.*contradiction.*\nrefused by this library at synth: guest boot integrity verification is not available/s);
    expect((await run(['explain', 'NOPE'])).code).toBe(2);
  });

  test('images lists the images for the wanted features, best first', async () => {
    const out = (await run(['images', '--features', 'hotpatch,extended-network'])).out.trim().split('\n');
    expect(out.map((l) => l.split(/\s+/)[0])).toEqual(['2022-datacenter-azure-edition-core', '2022-datacenter-azure-edition-core-smalldisk', '2022-datacenter-azure-edition-hotpatch', '2022-datacenter-azure-edition-hotpatch-smalldisk']);
    expect((await run(['images', '--features', 'teleport'])).code).toBe(2);
  });
});

describe('the installed azguard command', () => {
  test('runs from bin/ with the real exit code and no stack trace', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'azguard.js'), 'check', BAD_HCL], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[WIN-HOTPATCH-IMAGE]');
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'azguard.js'), 'check', '-'], { encoding: 'utf8', input: 'not json' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
