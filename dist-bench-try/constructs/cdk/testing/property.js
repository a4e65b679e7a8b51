"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertGuardrailsProperty = assertGuardrailsProperty;
const arbitrary_parts_1 = require("./arbitrary-parts");
/**
 * Runs a property over generated cases, for example "for any generated fleet definition, my stack factory
 * synthesizes and passes the guardrails": `predicate` throws (an `expect` failing) or returns `false` when it does
 * not hold. Every case runs (no time limit: an interrupted run would be a pass that proved nothing). A failure throws
 * with the seed and path to replay it and the smallest failing case; success returns how many cases ran.
 */
function assertGuardrailsProperty(arbitrary, predicate, options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const numRuns = options.numRuns ?? 100;
    const details = fc.check(fc.property(arbitrary, predicate), {
        numRuns,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.path !== undefined ? { path: options.path } : {}),
    });
    if (details.failed) {
        const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? 'the predicate returned false');
        throw new Error(`the property failed after ${details.numRuns} of ${numRuns} cases; replay with { seed: ${details.seed}, path: '${details.counterexamplePath}' }\n` +
            `smallest failing case: ${fc.stringify(details.counterexample?.[0])}\n${reason}`);
    }
    if (details.interrupted || (options.path === undefined && details.numRuns < numRuns))
        throw new Error(`the property ran ${details.numRuns} of ${numRuns} cases (seed ${details.seed}): a run that stops early proves nothing`);
    return { numRuns: details.numRuns, seed: details.seed };
}
