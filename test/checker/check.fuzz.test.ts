import { test } from '@fast-check/jest';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkInputs } from '../../constructs/checker/check-inputs';
import { InputError } from '../../constructs/checker/terraform-config';
import { main } from '../../constructs/cli/azguard';
import { checkerDocument, configurationResources as configuration, planResourceChanges as plan } from '../support/checker-fuzz-inputs';
import { configureSeed, runs } from '../support/seed';

configureSeed('check.fuzz');

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

  test.prop([checkerDocument], { numRuns: runs(500) })('the streamed reader gives the verdict of the text reader on any document', async (doc) => {
    const file = join(dir, 'streamed.tf.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(await verdict(file, 0)).toEqual(await verdict(file, Infinity));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** What the checker makes of one file read as text or streamed (`streamBytes` 0): its findings without lines (a stream has none), or its input error. */
async function verdict(file: string, streamBytes: number): Promise<unknown> {
  try {
    const r = await checkInputs([file], () => '', {}, { streamBytes });
    return { findings: r.findings.map(({ line: _line, ...f }) => f), resources: r.resourceCount };
  } catch (e) {
    if (e instanceof InputError) return { inputError: e.message };
    throw e;
  }
}
