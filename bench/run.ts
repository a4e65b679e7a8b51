/**
 * `npm run bench`: cold import, synth overhead against raw provider classes, validation throughput and checker speed.
 * Every figure is the median of at least 7 runs; compared commands run in pairs (A B A B ...) and their ratios are
 * taken pair by pair, in CPU time (what machine noise moves least), peak RSS and wall time. Writes
 * bench/results.json, with the commit of the library code it measured, and the README's performance table.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, totalmem, tmpdir } from 'os';
import { join } from 'path';
import { withBenchTable } from './readme-table';

const ROOT = join(__dirname, '..', '..');
// 11 pairs: a ratio near its target should not be decided by one noisy pair
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? '11'));
const workload = (name: string) => join(__dirname, 'workloads', `${name}.js`);

interface Sample {
  wallMs: number;
  rssMb: number;
  cpuMs: number;
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
  return { wallMs, rssMb: measured.rssMb ?? NaN, cpuMs: measured.cpuMs ?? NaN, ...measured };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Figure {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  samples: number;
}

/** Runs the variants alternately, RUNS times each: the medians per variant, and the samples for paired ratios. */
function compare(variants: Record<string, () => string[]>, runs = RUNS): Record<string, Figure> & { samples: Record<string, Sample[]> } {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(variants)) samples[name].push(run(args()));
  const figures = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, { wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)), rssMb: median(s.map((x) => x.rssMb)), samples: s.length }]));
  return Object.assign(figures, { samples }) as Record<string, Figure> & { samples: Record<string, Sample[]> };
}

/** Temporary output directories of one series of runs: a new one per run, all removed at the end. */
function tempDirs(prefix: string): { dir: () => string; removeAll: () => void } {
  const dirs: string[] = [];
  return {
    dir: () => {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    removeAll: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}

/** The median of the ratios a/b of one measure, pair by pair (run i of a against run i of b). */
const pairedRatio = (samples: Record<string, Sample[]>, a: string, b: string, measure: keyof Sample) => median(samples[a].map((s, i) => (s[measure] as number) / (samples[b][i][measure] as number)));

/**
 * The last commit that changed the library code, the git tree of that code (which a shallow clone can check too),
 * and whether it has uncommitted changes.
 */
function libraryVersion(): { libraryCommit: string; libraryTree: string; libraryDirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  return { libraryCommit: git('log', '-1', '--format=%H', '--', 'constructs'), libraryTree: git('rev-parse', 'HEAD:constructs'), libraryDirty: git('status', '--porcelain', '--', 'constructs') !== '' };
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
  ...libraryVersion(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString() },
  runsPerFigure: RUNS,
};
const rows: string[][] = [];

// 1. cold import
const { samples: importSamples, ...imports } = compare({ ours: () => [workload('import'), 'ours'], cdktf: () => [workload('import'), 'cdktf'], 'provider-root': () => [workload('import'), 'provider-root'] });
results.import = { ...imports, ratioOursToCdktf: pairedRatio(importSamples, 'ours', 'cdktf', 'wallMs'), cpuRatio: pairedRatio(importSamples, 'ours', 'cdktf', 'cpuMs') };
for (const [k, v] of Object.entries(imports)) rows.push([`import ${k}`, v.cpuMs.toFixed(0), v.rssMb.toFixed(0), '']);
rows.push(['import ours / cdktf', '', '', `${results.import.cpuRatio.toFixed(2)}x CPU, ${results.import.ratioOursToCdktf.toFixed(2)}x wall`]);

// 2. synth overhead, ours vs raw classes with identical attributes
results.synth = {};
for (const kind of ['wsae', 'hci']) {
  results.synth[kind] = {};
  for (const n of [10, 100, 1000]) {
    const { dir, removeAll } = tempDirs('bench-synth-');
    // identical output first: the comparison is only fair if both write the same resources
    const oursDir = dir();
    const rawDir = dir();
    run([workload('synth'), kind, 'ours', String(n), oursDir]);
    run([workload('synth'), kind, 'raw', String(n), rawDir]);
    const same = JSON.stringify(resourceBodies(oursDir)) === JSON.stringify(resourceBodies(rawDir));
    if (!same) throw new Error(`${kind} n=${n}: the constructs and the raw classes do not synthesize the same resources`);
    const { samples, ...m } = compare({ ours: () => [workload('synth'), kind, 'ours', String(n), dir()], raw: () => [workload('synth'), kind, 'raw', String(n), dir()] });
    const ratio = (measure: keyof Sample) => pairedRatio(samples, 'ours', 'raw', measure);
    results.synth[kind][n] = { ...m, identicalOutput: same, cpuRatio: ratio('cpuMs'), timeRatio: ratio('wallMs'), memoryRatio: ratio('rssMb') };
    const r = results.synth[kind][n];
    rows.push([`synth ${kind} n=${n} ours / raw`, `${m.ours.cpuMs.toFixed(0)} / ${m.raw.cpuMs.toFixed(0)}`, `${m.ours.rssMb.toFixed(0)} / ${m.raw.rssMb.toFixed(0)}`, `${r.cpuRatio.toFixed(2)}x CPU, ${r.memoryRatio.toFixed(2)}x RSS, ${r.timeRatio.toFixed(2)}x wall`]);
    removeAll();
  }
  const s = results.synth[kind];
  s.scaling1000to100 = s[1000].ours.cpuMs / s[100].ours.cpuMs;
  rows.push([`synth ${kind} t(1000)/t(100)`, '', '', s.scaling1000to100.toFixed(2)]);
}

// 2a. the floor of any construct: the raw VMs each inside a construct that adds nothing, against raw and against ours
{
  const { dir, removeAll } = tempDirs('bench-wrapped-');
  const [wrappedDir, rawDir] = [dir(), dir()];
  run([workload('synth'), 'wsae', 'wrapped', '1000', wrappedDir]);
  run([workload('synth'), 'wsae', 'raw', '1000', rawDir]);
  if (JSON.stringify(resourceBodies(wrappedDir)) !== JSON.stringify(resourceBodies(rawDir))) throw new Error('the wrapped and the raw classes do not synthesize the same resources');
  const { samples, ...m } = compare({ wrapped: () => [workload('synth'), 'wsae', 'wrapped', '1000', dir()], raw: () => [workload('synth'), 'wsae', 'raw', '1000', dir()], ours: () => [workload('synth'), 'wsae', 'ours', '1000', dir()] });
  results.synth.wsae.floor = { ...m, wrappedToRawCpu: pairedRatio(samples, 'wrapped', 'raw', 'cpuMs'), oursToWrappedCpu: pairedRatio(samples, 'ours', 'wrapped', 'cpuMs'), oursToRawCpu: pairedRatio(samples, 'ours', 'raw', 'cpuMs') };
  const f = results.synth.wsae.floor;
  rows.push(['synth wsae n=1000 empty wrapper / raw; ours / wrapper', `${m.wrapped.cpuMs.toFixed(0)} / ${m.raw.cpuMs.toFixed(0)}`, '', `${f.wrappedToRawCpu.toFixed(2)}x CPU; ours ${f.oursToWrappedCpu.toFixed(2)}x the wrapper, ${f.oursToRawCpu.toFixed(2)}x raw`]);
  removeAll();
}

// 2b. the AzureGuardrails Aspect: the same 1,000 Azure Edition VMs with and without it
{
  const { dir, removeAll } = tempDirs('bench-guarded-');
  const { samples, ...m } = compare({ guarded: () => [workload('synth'), 'wsae', 'guarded', '1000', dir()], ours: () => [workload('synth'), 'wsae', 'ours', '1000', dir()] });
  const ratio = (measure: keyof Sample) => pairedRatio(samples, 'guarded', 'ours', measure);
  results.guardrails = { ...m, cpuRatio: ratio('cpuMs'), timeRatio: ratio('wallMs'), memoryRatio: ratio('rssMb') };
  rows.push(['synth wsae n=1000 with Aspect / without', `${m.guarded.cpuMs.toFixed(0)} / ${m.ours.cpuMs.toFixed(0)}`, `${m.guarded.rssMb.toFixed(0)} / ${m.ours.rssMb.toFixed(0)}`, `${results.guardrails.cpuRatio.toFixed(2)}x CPU, ${results.guardrails.memoryRatio.toFixed(2)}x RSS, ${results.guardrails.timeRatio.toFixed(2)}x wall`]);
  removeAll();
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
const { samples: _checkSamples, ...checks } = compare({ check: () => [join(ROOT, 'bin', 'azguard.js'), 'check', '--format', 'json', file] });
rmSync(checkDir, { recursive: true, force: true });
results.checker = { resources: 10000, wallMs: checks.check.wallMs, rssMb: checks.check.rssMb };
rows.push(['azguard check 10,000 resources', checks.check.wallMs.toFixed(0), '', '']);

// 5. azguard at estate scale: one configuration, a cdktf.out of 1,000 stacks, a plan (fewer runs: a million resources take a minute)
const SCALE_RUNS = Math.max(3, Number(process.env.BENCH_SCALE_RUNS ?? '3'));
const scaleCase = (label: string, count: number, files: number, plan: boolean, kind = plan ? 'plan' : 'config') => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const path = files > 1 ? dir : join(dir, plan ? 'plan.json' : 'main.tf.json');
  run([workload('checker'), String(count), path, String(files), kind]);
  const samples: Sample[] = [];
  for (let i = 0; i < SCALE_RUNS; i++) samples.push(run([workload('check-scale'), path]));
  rmSync(dir, { recursive: true, force: true });
  if (kind !== 'deep' && samples.some((x) => x.resources !== count)) throw new Error(`${label}: checked ${samples.map((x) => x.resources).join(', ')} resources, not ${count}`);
  const wallMs = median(samples.map((x) => x.wallMs));
  const figure = { count, files, plan, wallMs, cpuMs: median(samples.map((x) => x.cpuMs)), rssMb: median(samples.map((x) => x.rssMb)), resourcesPerSecond: count / (wallMs / 1000), samples: samples.length };
  rows.push([`azguard check ${label}`, figure.cpuMs.toFixed(0), figure.rssMb.toFixed(0), `${figure.resourcesPerSecond.toFixed(0)} resources/s, wall ${wallMs.toFixed(0)} ms`]);
  return figure;
};
results.scale = {
  oneFile: { 10000: scaleCase('10,000 in one file', 10_000, 1, false), 100000: scaleCase('100,000 in one file', 100_000, 1, false), 1000000: scaleCase('1,000,000 in one file', 1_000_000, 1, false) },
  thousandFiles: { 10000: scaleCase('10,000 over 1,000 files', 10_000, 1000, false), 100000: scaleCase('100,000 over 1,000 files', 100_000, 1000, false), 1000000: scaleCase('1,000,000 over 1,000 files', 1_000_000, 1000, false) },
  plan: { 100000: scaleCase('plan of 100,000', 100_000, 1, true) },
  nesting: { 20000: scaleCase('a value nested 20,000 deep', 20_000, 1, false, 'deep'), 40000: scaleCase('a value nested 40,000 deep', 40_000, 1, false, 'deep') },
  runsPerFigure: SCALE_RUNS,
};
results.scale.oneFile.ratio = results.scale.oneFile[1000000].wallMs / results.scale.oneFile[100000].wallMs;
results.scale.thousandFiles.ratio = results.scale.thousandFiles[1000000].wallMs / results.scale.thousandFiles[100000].wallMs;
results.scale.nesting.ratio = results.scale.nesting[40000].wallMs / results.scale.nesting[20000].wallMs;

// 6. the checker fuzz property's inputs, timed: the slowest over every run counts, not the median
const fuzz = Array.from({ length: SCALE_RUNS }, () => run([workload('check-fuzz')]));
results.fuzz = { inputs: fuzz[0].inputs, largestBytes: fuzz[0].largestBytes, maxSecondsPerMb: Math.max(...fuzz.map((f) => f.maxSecondsPerMb)), maxMs: Math.max(...fuzz.map((f) => f.maxMs)), runs: fuzz.length };
rows.push(['azguard check fuzz inputs, slowest s/MB', '', '', `${results.fuzz.maxSecondsPerMb.toFixed(3)} s/MB, slowest input ${results.fuzz.maxMs.toFixed(0)} ms`]);

const w = results.synth.wsae[1000];
const h = results.synth.hci[1000];
results.targets = [
  { target: 'import <= 1.3x bare cdktf (CPU)', value: results.import.cpuRatio, met: results.import.cpuRatio <= 1.3 },
  { target: 'synth wsae CPU <= 1.10x raw at N=1000', value: w.cpuRatio, met: w.cpuRatio <= 1.1 },
  { target: 'synth wsae RSS <= 1.10x raw at N=1000', value: w.memoryRatio, met: w.memoryRatio <= 1.1 },
  { target: 'synth hci CPU <= 1.10x raw at N=1000', value: h.cpuRatio, met: h.cpuRatio <= 1.1 },
  { target: 'synth hci RSS <= 1.10x raw at N=1000', value: h.memoryRatio, met: h.memoryRatio <= 1.1 },
  { target: 't(1000)/t(100) <= 11 (wsae)', value: results.synth.wsae.scaling1000to100, met: results.synth.wsae.scaling1000to100 <= 11 },
  { target: 't(1000)/t(100) <= 11 (hci)', value: results.synth.hci.scaling1000to100, met: results.synth.hci.scaling1000to100 <= 11 },
  { target: 'AzureGuardrails Aspect: synth wsae CPU <= 1.15x without it at N=1000', value: results.guardrails.cpuRatio, met: results.guardrails.cpuRatio <= 1.15 },
  { target: '>= 1000 configurations per second', value: results.throughput.configurationsPerSecond, met: results.throughput.configurationsPerSecond >= 1000 },
  { target: 'checker <= 1 s for 10,000 resources', value: results.checker.wallMs / 1000, met: results.checker.wallMs <= 1000 },
  { target: 'checker t(1,000,000)/t(100,000) <= 11 (one file)', value: results.scale.oneFile.ratio, met: results.scale.oneFile.ratio <= 11 },
  { target: 'checker t(1,000,000)/t(100,000) <= 11 (1,000 files)', value: results.scale.thousandFiles.ratio, met: results.scale.thousandFiles.ratio <= 11 },
  { target: 'checker nesting t(40,000)/t(20,000) <= 2.2 (linear)', value: results.scale.nesting.ratio, met: results.scale.nesting.ratio <= 2.2 },
  { target: 'checker 1,000,000 resources over 1,000 files <= 30 s', value: results.scale.thousandFiles[1000000].wallMs / 1000, met: results.scale.thousandFiles[1000000].wallMs <= 30_000 },
  { target: 'checker fuzz inputs <= 2 s per MB', value: results.fuzz.maxSecondsPerMb, met: results.fuzz.maxSecondsPerMb <= 2 },
  { target: 'checker 1,000,000 resources over 1,000 files <= 1.5 GB peak RSS', value: results.scale.thousandFiles[1000000].rssMb / 1024, met: results.scale.thousandFiles[1000000].rssMb <= 1536 },
];

writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const readme = join(ROOT, 'README.md');
writeFileSync(readme, withBenchTable(readFileSync(readme, 'utf8'), results));
const widths = [42, 16, 14, 34];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' ');
console.log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GiB, node ${results.machine.node}; median of ${RUNS} runs`);
console.log(line(['figure', 'CPU ms', 'peak RSS MB', 'ratio / value']));
for (const r of rows) console.log(line(r));
console.log('\ntargets:');
for (const t of results.targets) console.log(`  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${Number(t.value).toFixed(2)}`);
