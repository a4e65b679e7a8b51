import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../constructs/cli/azguard';
import { ALL_RULES } from '../constructs/rule-catalog';
import { checkResources } from '../constructs/checker/check';
import { ValidationError } from '../constructs/core/validation-error';
import { selectAzureEditionImages } from '../constructs/windows/image-selection';
import { sourceFiles } from './support/source-files';

const SOURCE = join(__dirname, '..', 'constructs');
const IDS = new Set(ALL_RULES.map((r) => r.id));

const isRule = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { check?: unknown }).check === 'function';

/** Rule ids as the source writes them: a rule's `id`, a violation's `ruleId`, or `[ID]` in a message. */
function idsWritten(text: string): string[] {
  const patterns = [/\bid: '([A-Z0-9]+(?:-[A-Z0-9]+)+)'/g, /\bruleId: '([A-Z0-9]+(?:-[A-Z0-9]+)+)'/g, /\[([A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)+)\]/g];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

async function explain(id: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(['explain', id], { stdout: (s) => (out += s), stderr: (s) => (out += s), stdin: () => '' });
  return { code, out };
}

describe('rule catalog', () => {
  test('holds every rule id that the source writes', () => {
    const written = new Set(sourceFiles(SOURCE).flatMap((f) => idsWritten(readFileSync(f, 'utf8'))));
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((id) => !IDS.has(id))).toEqual([]);
  });

  test('names every exported rule constant like its id', () => {
    const pure = sourceFiles(SOURCE).filter((f) => !f.includes('/cdk/') && !/\/(index|testing)\.ts$/.test(f));
    const rules = pure.flatMap((f) => Object.entries(require(f) as Record<string, unknown>).filter(([, v]) => isRule(v)) as [string, { id: string }][]);
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.filter(([name, rule]) => name !== rule.id.replace(/-/g, '_')).map(([name, rule]) => `${name} is ${rule.id}`)).toEqual([]);
    expect(new Set(rules.map(([, r]) => r.id))).toEqual(IDS);
  });

  test('explains the ids printed by prop checks, image selection and the checker', async () => {
    for (const id of ['PROPS-TYPE', 'PROPS-UNKNOWN', 'WSAE-IMAGE-SELECTION', 'AZG-UNKNOWN-VALUE']) {
      const r = await explain(id);
      expect(r.code).toBe(0);
      expect(r.out.startsWith(`${id} (`)).toBe(true);
    }
  });

  test('holds the id of an image selection refusal', () => {
    let error: unknown;
    try {
      selectAzureEditionImages({ features: ['extended-network'], year: 2025 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const ids = (error as ValidationError).ruleIds;
    expect(ids).toEqual(['WSAE-IMAGE-SELECTION']);
    expect(ids.every((id) => IDS.has(id))).toBe(true);
  });

  test('holds the id of the checker\'s unknown-value finding', () => {
    const vm = { type: 'azurerm_windows_virtual_machine', address: 'azurerm_windows_virtual_machine.vm', file: 'main.tf.json', values: { patch_mode: '${var.patch_mode}' } };
    const found = checkResources([vm as never], { verbose: true }).filter((f) => f.severity === 'info');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => IDS.has(f.ruleId) && f.ruleId === 'AZG-UNKNOWN-VALUE')).toBe(true);
  });

  test('fails to explain an id that is not in it', async () => {
    expect((await explain('WIN-NO-SUCH-RULE')).code).toBe(2);
  });
});
