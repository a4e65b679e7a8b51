"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** What `azguard check` does with one input, in this process so that its peak memory is measured: `check-scale.js <path>`. */
const check_inputs_1 = require("../../constructs/checker/check-inputs");
const measure_1 = require("./measure");
const start = process.hrtime.bigint();
(0, check_inputs_1.checkInputs)([process.argv[2]], () => '').then((r) => {
    (0, measure_1.report)({ checkMs: Number(process.hrtime.bigint() - start) / 1e6, resources: r.resourceCount, findings: r.findings.length });
});
