/**
 * The fuzz property's inputs, timed: `check-fuzz.js`. Documents drawn by the checker's fuzz arbitraries, and wide ones
 * (a thousand drawn blocks each), checked read as text and streamed; prints the slowest rate in seconds per MB over
 * the inputs of 64 KB or more (below that the fixed cost of a file dominates) and the slowest input of all.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkInputs } from '../../constructs/checker/check-inputs';
import { CHECKED_TYPES, checkerDocument, jsonValue } from '../../test/support/checker-fuzz-inputs';
import { report } from './measure';

const SEED = 20261130;
const LARGE_BYTES = 64 * 1024;

const wide = fc.tuple(fc.constantFrom(...CHECKED_TYPES), fc.array(jsonValue, { minLength: 1000, maxLength: 1000 })).map(([type, blocks]) => ({ resource: { [type]: Object.fromEntries(blocks.map((b, i) => [`b${i}`, b])) } }));
const documents = [...fc.sample(checkerDocument, { seed: SEED, numRuns: 2000 }), ...fc.sample(wide, { seed: SEED, numRuns: 100 })];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fuzz-'));
  let maxSecondsPerMb = 0;
  let maxMs = 0;
  let large = 0;
  let largestBytes = 0;
  try {
    for (const [i, doc] of documents.entries()) {
      const file = join(dir, `f${i}.tf.json`);
      writeFileSync(file, JSON.stringify(doc));
      const bytes = statSync(file).size;
      largestBytes = Math.max(largestBytes, bytes);
      for (const streamBytes of [Infinity, 0]) {
        const start = process.hrtime.bigint();
        await checkInputs([file], () => '', {}, { streamBytes }).catch(() => undefined);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        maxMs = Math.max(maxMs, ms);
        if (bytes >= LARGE_BYTES) {
          large++;
          maxSecondsPerMb = Math.max(maxSecondsPerMb, ms / 1000 / (bytes / 1024 / 1024));
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report({ inputs: documents.length, largeReads: large, largestBytes, maxSecondsPerMb, maxMs });
}

void main();
