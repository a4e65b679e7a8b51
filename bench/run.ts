/**
 * `npm run bench`: cold import, synth overhead against raw provider classes, validation throughput and checker speed.
 * Every figure is the median of at least 5 runs; compared commands run alternately. Prints a table and writes
 * bench/results.json.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, totalmem, tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? '5'));
const workload = (name: string) => join(__dirname, 'workloads', `${name}.js`);

interface Sample {
  wallMs: number;
  rssMb: number;
  [k: string]: number;
}

function run(args: string[]): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !args.includes('check')) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  let measured: Record<string, number> = {};
  try {
    measured = JSON.parse(last);
  } catch {
    measured = {};
  }
  return { wallMs, rssMb: measured.rssMb ?? NaN, ...measured };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the variants alternately, RUNS times each, and returns the medians per variant. */
function compare(variants: Record<string, () => string[]>, runs = RUNS): Record<string, { wallMs: number; rssMb: number; samples: number }> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(variants)) samples[name].push(run(args()));
  return Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, { wallMs: median(s.map((x) => x.wallMs)), rssMb: median(s.map((x) => x.rssMb)), samples: s.length }]));
}

function stripMetadata(v: any): any {
  if (Array.isArray(v)) return v.map(stripMetadata);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '//').map(([k, x]) => [k, stripMetadata(x)]));
  return v;
}

/** The resources of a synthesized stack, bodies sorted per type, without cdktf metadata. */
function resourceBodies(outdir: string): Record<string, string[]> {
  const doc = JSON.parse(readFileSync(join(outdir, 'stacks', 'bench', 'cdk.tf.json'), 'utf8'));
  return Object.fromEntries(Object.entries(doc.resource ?? {}).map(([type, byId]) => [type, Object.values(byId as object).map((b) => JSON.stringify(stripMetadata(b))).sort()]));
}

const results: any = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString() },
  runsPerFigure: RUNS,
};
const rows: string[][] = [];

// 1. cold import
const imports = compare({ ours: () => [workload('import'), 'ours'], cdktf: () => [workload('import'), 'cdktf'], 'provider-root': () => [workload('import'), 'provider-root'] });
results.import = { ...imports, ratioOursToCdktf: imports.ours.wallMs / imports.cdktf.wallMs };
for (const [k, v] of Object.entries(imports)) rows.push([`import ${k}`, v.wallMs.toFixed(0), v.rssMb.toFixed(0), '']);
rows.push(['import ours / cdktf', '', '', `${results.import.ratioOursToCdktf.toFixed(2)}x`]);

// 2. synth overhead, ours vs raw classes with identical attributes
results.synth = {};
for (const kind of ['wsae', 'hci']) {
  results.synth[kind] = {};
  for (const n of [10, 100, 1000]) {
    const dirs: string[] = [];
    const dir = () => {
      const d = mkdtempSync(join(tmpdir(), 'bench-synth-'));
      dirs.push(d);
      return d;
    };
    // identical output first: the comparison is only fair if both write the same resources
    const oursDir = dir();
    const rawDir = dir();
    run([workload('synth'), kind, 'ours', String(n), oursDir]);
    run([workload('synth'), kind, 'raw', String(n), rawDir]);
    const same = JSON.stringify(resourceBodies(oursDir)) === JSON.stringify(resourceBodies(rawDir));
    if (!same) throw new Error(`${kind} n=${n}: the constructs and the raw classes do not synthesize the same resources`);
    const m = compare({ ours: () => [workload('synth'), kind, 'ours', String(n), dir()], raw: () => [workload('synth'), kind, 'raw', String(n), dir()] });
    results.synth[kind][n] = { ...m, identicalOutput: same, timeRatio: m.ours.wallMs / m.raw.wallMs, memoryRatio: m.ours.rssMb / m.raw.rssMb };
    rows.push([`synth ${kind} n=${n} ours / raw`, `${m.ours.wallMs.toFixed(0)} / ${m.raw.wallMs.toFixed(0)}`, `${m.ours.rssMb.toFixed(0)} / ${m.raw.rssMb.toFixed(0)}`, `${(m.ours.wallMs / m.raw.wallMs).toFixed(2)}x time, ${(m.ours.rssMb / m.raw.rssMb).toFixed(2)}x memory`]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  const s = results.synth[kind];
  s.scaling1000to100 = s[1000].ours.wallMs / s[100].ours.wallMs;
  rows.push([`synth ${kind} t(1000)/t(100)`, '', '', s.scaling1000to100.toFixed(2)]);
}

// 3. validation throughput
const throughput: number[] = [];
for (let i = 0; i < RUNS; i++) throughput.push(run([workload('throughput'), '2000']).perSecond);
results.throughput = { configurationsPerSecond: median(throughput), samples: throughput.length };
rows.push(['validate + synth configurations/s', '', '', results.throughput.configurationsPerSecond.toFixed(0)]);

// 4. checker on a 10,000-resource file
const checkDir = mkdtempSync(join(tmpdir(), 'bench-check-'));
const file = join(checkDir, 'large.tf.json');
run([workload('checker'), '10000', file]);
const checks = compare({ check: () => [join(ROOT, 'bin', 'azguard.js'), 'check', '--format', 'json', file] });
rmSync(checkDir, { recursive: true, force: true });
results.checker = { resources: 10000, wallMs: checks.check.wallMs, rssMb: checks.check.rssMb };
rows.push(['azguard check 10,000 resources', checks.check.wallMs.toFixed(0), '', '']);

const w = results.synth.wsae[1000];
const h = results.synth.hci[1000];
results.targets = [
  { target: 'import <= 1.3x bare cdktf', value: results.import.ratioOursToCdktf, met: results.import.ratioOursToCdktf <= 1.3 },
  { target: 'synth overhead <= 1.25x raw at N=1000 (time, wsae)', value: w.timeRatio, met: w.timeRatio <= 1.25 },
  { target: 'synth overhead <= 1.25x raw at N=1000 (memory, wsae)', value: w.memoryRatio, met: w.memoryRatio <= 1.25 },
  { target: 'synth overhead <= 1.25x raw at N=1000 (time, hci)', value: h.timeRatio, met: h.timeRatio <= 1.25 },
  { target: 'synth overhead <= 1.25x raw at N=1000 (memory, hci)', value: h.memoryRatio, met: h.memoryRatio <= 1.25 },
  { target: 't(1000)/t(100) <= 11 (wsae)', value: results.synth.wsae.scaling1000to100, met: results.synth.wsae.scaling1000to100 <= 11 },
  { target: 't(1000)/t(100) <= 11 (hci)', value: results.synth.hci.scaling1000to100, met: results.synth.hci.scaling1000to100 <= 11 },
  { target: '>= 500 configurations per second', value: results.throughput.configurationsPerSecond, met: results.throughput.configurationsPerSecond >= 500 },
  { target: 'checker <= 1 s for 10,000 resources', value: results.checker.wallMs / 1000, met: results.checker.wallMs <= 1000 },
];

writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const widths = [42, 16, 14, 34];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' ');
console.log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GiB, node ${results.machine.node}; median of ${RUNS} runs`);
console.log(line(['figure', 'wall ms', 'peak RSS MB', 'ratio / value']));
for (const r of rows) console.log(line(r));
console.log('\ntargets:');
for (const t of results.targets) console.log(`  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${Number(t.value).toFixed(2)}`);
