import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_RULES } from '../../constructs/rules';
import { imageCatalogMarkdown } from '../../constructs/docs/catalog-markdown';
import { IMAGE_CATALOG, RULE_REFERENCE, ruleReference, withRuleTable } from '../../scripts/update-readme';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  test('rule table is up to date with the rule catalog (run npm run docs)', () => {
    expect(readme).toBe(withRuleTable(readme));
  });

  test('the rule reference is up to date with the rule catalog (run npm run docs)', () => {
    expect(readFileSync(join(__dirname, '..', '..', RULE_REFERENCE), 'utf8')).toBe(ruleReference());
    expect(readme).toContain(`](${RULE_REFERENCE})`);
  });

  test('the image catalog reference is up to date with the catalogs (run npm run docs)', () => {
    expect(readFileSync(join(__dirname, '..', '..', IMAGE_CATALOG), 'utf8')).toBe(imageCatalogMarkdown());
    expect(readme).toContain(`](${IMAGE_CATALOG})`);
  });

  test('every rule has a unique id, a source and documentation', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);
      expect(r.source.length).toBeGreaterThan(20);
      expect(r.doc.length).toBeGreaterThan(20);
      expect(r.doc).toMatch(/^\S.*[.)]$/s);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
  });

  test('Quick start holds exactly two commands: install and synth, then test', () => {
    const block = /## Quick start[\s\S]*?```[a-z]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npm run synth', 'npm test']);
  });
});
