import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../constructs/cli/azguard';
import { ALL_RULES } from '../constructs/rule-catalog';
import { evaluate, Rule } from '../constructs/core/rule';
import { canAcknowledge } from '../constructs/core/acknowledgement';
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

  test('gives every error rule a refusal: who refuses, when, in what words, and where, at a provider tag or on a dated page', () => {
    const where = /v\d+\.\d+\.\d+|ms\.date|\d{4}-\d{2}-\d{2}|#\d+|this library|api\/\*\.api\.md|azure-rest-api-specs|bicep-types|learn\.microsoft\.com|developer\.hashicorp\.com/;
    const errors = ALL_RULES.filter((r) => r.severity === 'error');
    expect(errors.length).toBeGreaterThan(60);
    const problems = errors.flatMap((r) => {
      const refusals = r.refusals ?? [];
      if (refusals.length === 0) return [`${r.id}: no refusal`];
      return refusals.flatMap((x) => [
        ...(['azurerm', 'azapi', 'Azure', 'Terraform', 'this library'].includes(x.by) ? [] : [`${r.id}: by ${x.by}`]),
        ...(['synth', 'plan', 'apply'].includes(x.when) ? [] : [`${r.id}: when ${x.when}`]),
        ...(x.says.trim().length >= 20 ? [] : [`${r.id}: says too little`]),
        ...(where.test(x.source) ? [] : [`${r.id}: source '${x.source}' names no tag, date or page`]),
        // a provider's refusal names the file and lines at its tag
        ...((x.by === 'azurerm' || x.by === 'azapi') && !/v\d+\.\d+\.\d+ \S+\.go/.test(x.source) ? [`${r.id}: a provider refusal without its file at a tag`] : []),
      ]);
    });
    expect(problems).toEqual([]);
  });

  test('reports the findings of an error rule without a refusal as warnings, which can be acknowledged', () => {
    const unsourced = { id: 'X-UNSOURCED', severity: 'error' as const, title: 't', source: 's', doc: 'd', check: () => [{ attribute: 'a', message: 'm', fix: 'f' }] };
    expect(evaluate([unsourced], {}, 'p').map((v) => v.severity)).toEqual(['warning']);
    expect(canAcknowledge(unsourced as Rule<never>)).toBe(true);
    const sourced = { ...unsourced, refusals: [{ by: 'azurerm' as const, when: 'plan' as const, says: 'a quoted refusal of azurerm', source: 'azurerm v4.55.0 x.go L1' }] };
    expect(evaluate([sourced], {}, 'p').map((v) => v.severity)).toEqual(['error']);
    expect(canAcknowledge(sourced as Rule<never>)).toBe(false);
  });

  test('explain shows who refuses a rule, when, the words and the source', async () => {
    const r = await explain('WIN-PLACEMENT');
    expect(r.out).toContain('cannot be acknowledged: refused by azurerm at plan');
    expect(r.out).toContain('refused by azurerm at plan: "availability_set_id": conflicts with zone');
    expect(r.out).toContain('windows_virtual_machine_resource.go L143-L156');
    expect((await explain('WIN-ADMIN-PASSWORD-LITERAL')).out).toContain('refused by this library at synth');
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
