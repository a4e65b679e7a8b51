"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The fuzz property's inputs, timed: `check-fuzz.js`. Documents drawn by the checker's fuzz arbitraries, and wide ones
 * (a thousand drawn blocks each), checked read as text and streamed; prints the slowest rate in seconds per MB over
 * the inputs of 64 KB or more (below that the fixed cost of a file dominates) and the slowest input of all.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const fs_1 = require("fs");
const os_1 = require("os");
const path_1 = require("path");
const check_inputs_1 = require("../../constructs/checker/check-inputs");
const checker_fuzz_inputs_1 = require("../../test/support/checker-fuzz-inputs");
const measure_1 = require("./measure");
const SEED = 20261130;
const LARGE_BYTES = 64 * 1024;
const TYPES = ['azurerm_windows_virtual_machine', 'azurerm_orchestrated_virtual_machine_scale_set', 'azurerm_network_security_rule', 'azapi_resource'];
const wide = fast_check_1.default.tuple(fast_check_1.default.constantFrom(...TYPES), fast_check_1.default.array(checker_fuzz_inputs_1.jsonValue, { minLength: 1000, maxLength: 1000 })).map(([type, blocks]) => ({ resource: { [type]: Object.fromEntries(blocks.map((b, i) => [`b${i}`, b])) } }));
const documents = [...fast_check_1.default.sample(checker_fuzz_inputs_1.checkerDocument, { seed: SEED, numRuns: 2000 }), ...fast_check_1.default.sample(wide, { seed: SEED, numRuns: 100 })];
async function main() {
    const dir = (0, fs_1.mkdtempSync)((0, path_1.join)((0, os_1.tmpdir)(), 'bench-fuzz-'));
    let maxSecondsPerMb = 0;
    let maxMs = 0;
    let large = 0;
    let largestBytes = 0;
    try {
        for (const [i, doc] of documents.entries()) {
            const file = (0, path_1.join)(dir, `f${i}.tf.json`);
            (0, fs_1.writeFileSync)(file, JSON.stringify(doc));
            const bytes = (0, fs_1.statSync)(file).size;
            largestBytes = Math.max(largestBytes, bytes);
            for (const streamBytes of [Infinity, 0]) {
                const start = process.hrtime.bigint();
                await (0, check_inputs_1.checkInputs)([file], () => '', {}, { streamBytes }).catch(() => undefined);
                const ms = Number(process.hrtime.bigint() - start) / 1e6;
                maxMs = Math.max(maxMs, ms);
                if (bytes >= LARGE_BYTES) {
                    large++;
                    maxSecondsPerMb = Math.max(maxSecondsPerMb, ms / 1000 / (bytes / 1024 / 1024));
                }
            }
        }
    }
    finally {
        (0, fs_1.rmSync)(dir, { recursive: true, force: true });
    }
    (0, measure_1.report)({ inputs: documents.length, largeReads: large, largestBytes, maxSecondsPerMb, maxMs });
}
void main();
