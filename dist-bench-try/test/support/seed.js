"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.configureSeed = configureSeed;
exports.runs = runs;
const fast_check_1 = __importDefault(require("fast-check"));
/**
 * One seed for a whole test file, printed so that a failure can be replayed with `FC_SEED=<seed> npm test`.
 * fast-check also prints the seed and path of a failing run in its own report.
 */
function configureSeed(file) {
    const fromEnv = process.env.FC_SEED;
    const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
    if (!Number.isInteger(seed))
        throw new Error(`FC_SEED must be an integer, got '${fromEnv}'`);
    // a property runs the number of cases it states: @fast-check/jest stops it at jest's test timeout, and an
    // interrupted property must fail rather than pass with fewer cases (the timeout in jest.config.js is sized for it)
    fast_check_1.default.configureGlobal({ seed, markInterruptAsFailure: true, ...(process.env.FC_END_ON_FAILURE === '1' ? { endOnFailure: true } : {}) });
    // eslint-disable-next-line no-console
    console.log(`${file}: fast-check seed ${seed} (replay with FC_SEED=${seed})`);
    return seed;
}
/** Number of runs, scaled by FC_RUNS_SCALE (for a quicker local loop); never below the documented minimum in CI. */
function runs(n) {
    const scale = Number(process.env.FC_RUNS_SCALE ?? '1');
    return process.env.CI ? n : Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
