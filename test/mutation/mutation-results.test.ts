import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

interface Mutant { status: string; statusReason?: string }
interface Results { projectRoot: string; config?: unknown; files: Record<string, { mutants: Mutant[] }> }

const root = join(__dirname, '..', '..');
const config: { mutate: string[]; incrementalFile: string } = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
const mutated = config.mutate;
const committedText = readFileSync(join(root, config.incrementalFile), 'utf8');
const committed: Results = JSON.parse(committedText);

describe('committed mutation results', () => {
  test('cover every file that the mutation run mutates', () => {
    expect(Object.keys(committed.files).sort()).toEqual([...mutated].sort());
  });

  test('hold no failure message, absolute path or resolved configuration', () => {
    expect(committedText).not.toContain('statusReason');
    expect(committedText).not.toMatch(/"\/(?:home|root|tmp|work|Users)\//);
    expect(committed.projectRoot).toBe('.');
    expect(committed.config).toBeUndefined();
  });

  test('give the score that CONTRIBUTING.md states', () => {
    const mutants = Object.values(committed.files).flatMap((f) => f.mutants);
    const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
    const valid = mutants.filter((m) => !['RuntimeError', 'CompileError', 'Ignored'].includes(m.status)).length;
    const score = ((100 * detected) / valid).toFixed(2);
    expect(Number(score)).toBeGreaterThanOrEqual(90);
    expect(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')).toContain(`Score: **${score}%** over the ${mutated.length} files`);
  });
});

describe('trimming mutation results', () => {
  test('drops failure messages, the project root and the configuration, and keeps statuses', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mutation-')), 'results.json');
    const raw: Results = {
      projectRoot: '/home/someone/project',
      config: { configFile: '/home/someone/stryker.config.json' },
      files: { 'a.ts': { mutants: [{ status: 'Killed', statusReason: 'at /home/someone/project/a.ts:1' }, { status: 'Survived' }] } },
    };
    writeFileSync(file, JSON.stringify(raw));
    execFileSync(process.execPath, [join(root, 'scripts/trim-mutation-results.js'), file]);
    const trimmed: Results = JSON.parse(readFileSync(file, 'utf8'));
    expect(trimmed).toEqual({ projectRoot: '.', files: { 'a.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }] } } });
  });
});
