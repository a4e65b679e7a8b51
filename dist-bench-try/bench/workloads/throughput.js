"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/** Configurations validated and synthesized per second, as the property tests do it: `throughput.js <count>`. */
const fast_check_1 = __importDefault(require("fast-check"));
const build_vm_1 = require("../../test/support/build-vm");
const windows_vm_arbitraries_1 = require("../../test/support/windows-vm-arbitraries");
const measure_1 = require("./measure");
const count = Number(process.argv[2] ?? '2000');
const configs = fast_check_1.default.sample(windows_vm_arbitraries_1.vmConfig, { numRuns: count, seed: 42 });
const start = process.hrtime.bigint();
let refused = 0;
for (const c of configs)
    if ((0, build_vm_1.buildVm)(c).error)
        refused++;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
(0, measure_1.report)({ perSecond: count / seconds, refused, count });
