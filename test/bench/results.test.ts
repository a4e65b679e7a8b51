import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { BENCH_END, BENCH_START, benchTable, withBenchTable } from '../../bench/readme-table';

const ROOT = join(__dirname, '..', '..');
const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

describe('published benchmark figures', () => {
  test('the README performance table is the one of bench/results.json (npm run bench writes both)', () => {
    expect(withBenchTable(readme, results)).toBe(readme);
    expect(readme).toContain(`commit \`${results.libraryCommit.slice(0, 12)}\``);
  });

  test('belong to the library code of this commit: re-run npm run bench after changing constructs/', () => {
    expect(results.libraryDirty).toBe(false);
    // the tree of constructs/ is the same however the repository was cloned, shallow or not
    expect(results.libraryTree).toBe(git('rev-parse', 'HEAD:constructs'));
  });

  test('are paired CPU-time ratios of runs that wrote the same resources', () => {
    for (const kind of ['wsae', 'hci']) {
      const s = results.synth[kind][1000];
      expect(s.identicalOutput).toBe(true);
      expect(s.ours.samples).toBeGreaterThanOrEqual(7);
      expect(s.cpuRatio).toBeGreaterThan(0);
      expect(results.targets.find((t: { target: string }) => t.target === `synth ${kind} CPU <= 1.10x raw at N=1000`).value).toBe(s.cpuRatio);
    }
  });

  test('fails a README whose table differs from the results', () => {
    const other = { ...results, synth: { ...results.synth, wsae: { ...results.synth.wsae, 1000: { ...results.synth.wsae[1000], cpuRatio: results.synth.wsae[1000].cpuRatio + 0.5 } } } };
    expect(withBenchTable(readme, other)).not.toBe(readme);
    expect(benchTable(other)).not.toBe(benchTable(results));
  });

  test('fails a README without the table markers', () => {
    expect(() => withBenchTable(readme.replace(BENCH_START, '').replace(BENCH_END, ''), results)).toThrow(/no bench table markers/);
  });
});
