/** Configurations validated and synthesized per second, as the property tests do it: `throughput.js <count>`. */
import fc from 'fast-check';
import { buildVm } from '../../test/support/build-vm';
import { vmConfig } from '../../test/support/windows-vm-arbitraries';
import { report } from './measure';

const count = Number(process.argv[2] ?? '2000');
const configs = fc.sample(vmConfig, { numRuns: count, seed: 42 });
const start = process.hrtime.bigint();
let refused = 0;
for (const c of configs) if (buildVm(c).error) refused++;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
report({ perSecond: count / seconds, refused, count });
