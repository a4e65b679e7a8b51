/** What `azguard check` does with one input, in this process so that its peak memory is measured: `check-scale.js <path>`. */
import { checkInputs } from '../../constructs/checker/check-inputs';
import { report } from './measure';

const start = process.hrtime.bigint();
checkInputs([process.argv[2]], () => '').then((r) => {
  report({ checkMs: Number(process.hrtime.bigint() - start) / 1e6, resources: r.resourceCount, findings: r.findings.length });
});
