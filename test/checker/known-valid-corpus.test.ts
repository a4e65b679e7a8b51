import { readFileSync } from 'fs';
import { join } from 'path';
import { checkResources } from '../../constructs/checker/check';
import { resourcesOfHcl } from '../../constructs/checker/load';
import { ALL_RULES } from '../../constructs/rule-catalog';

/**
 * The rules judged by configurations written by others: azurerm's acceptance tests at v4.55.0 and v5.2.0
 * (test/fixtures/corpus, PROVENANCE.md there). A configuration a step applies gets no error; a step that expects an
 * error that a rule covers is refused with that rule.
 */
const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const POLICIES = new Set(ALL_RULES.filter((r) => r.policy).map((r) => r.id));

/** The errors azurerm's acceptance tests expect that a rule covers, by the words of the error. */
const COVERED: readonly [RegExp, string][] = [[/unable to assume default computer name/, 'WIN-COMPUTER-NAME']];

/**
 * Rules whose refusal is azurerm's Create only: a later step of a test applies the configuration as an update of the
 * existing resource, which azurerm does not check (windows_virtual_machine_resource.go L652-L654 is in Create).
 */
const CREATE_ONLY = new Set(['WIN-EXTENSIONS-VM-AGENT']);

interface Step {
  readonly file: string;
  readonly test: string;
  readonly update: boolean;
  readonly expectError?: string;
}

for (const version of ['azurerm-v4.55.0', 'azurerm-v5.2.0']) {
  describe(`the acceptance tests of ${version}`, () => {
    const steps = (JSON.parse(readFileSync(join(CORPUS, version, 'steps.json'), 'utf8')) as { steps: Step[] }).steps;
    const errorsOf = async (file: string) => {
      const found = checkResources(await resourcesOfHcl(readFileSync(join(CORPUS, version, file), 'utf8'), file));
      // a library policy (a literal password, RDP open to the Internet) is no refusal of Azure's: it is acknowledged
      return found.filter((f) => f.severity === 'error' && !POLICIES.has(f.ruleId));
    };

    test('holds the configurations of every resource type the rules read', () => {
      const sources = new Set(steps.map((s) => s.file.split('.')[0].replace(/_resource.*$/, '')));
      for (const type of ['windows_virtual_machine', 'windows_virtual_machine_scale_set', 'orchestrated_virtual_machine_scale_set', 'managed_disk', 'virtual_machine_data_disk_attachment', 'network_security_group', 'network_security_rule', 'key_vault']) {
        expect(sources).toContain(type);
      }
      expect(steps.length).toBeGreaterThan(400);
    });

    test('every configuration a step applies gets no error', async () => {
      const problems: string[] = [];
      for (const step of steps.filter((s) => s.expectError === undefined)) {
        for (const f of await errorsOf(step.file)) {
          if (step.update && CREATE_ONLY.has(f.ruleId)) continue;
          problems.push(`${step.file} (${step.test}): [${f.ruleId}] ${f.address} ${f.attribute}: ${f.message}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('every step that expects an error a rule covers is refused with that rule', async () => {
      const covered = steps.filter((s) => s.expectError !== undefined && COVERED.some(([re]) => re.test(s.expectError!)));
      expect(covered.length).toBeGreaterThanOrEqual(2);
      for (const step of covered) {
        const rule = COVERED.find(([re]) => re.test(step.expectError!))![1];
        expect([step.file, (await errorsOf(step.file)).map((f) => f.ruleId)]).toEqual([step.file, expect.arrayContaining([rule])]);
      }
    });
  });
}
