"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.azureGuardrailsMatchers = void 0;
const check_stack_1 = require("./check-stack");
const line = (f) => `  [${f.ruleId}] ${f.constructPath}${f.address ? ` (${f.address})` : ''}: ${f.message}; fix: ${f.fix}`;
const list = (fs) => (fs.length === 0 ? '  (none)' : fs.map(line).join('\n'));
function stackOf(received) {
    if (!received || typeof received.toTerraform !== 'function' || !received.node) {
        throw new TypeError(`expected a cdktf TerraformStack, got ${received === null ? 'null' : typeof received}`);
    }
    return received;
}
/**
 * Jest matchers over a stack: `expect.extend(azureGuardrailsMatchers)`, then
 * `expect(stack).toPassAzureGuardrails()` and `expect(stack).toViolateAzureGuardrail('WIN-HOTPATCH-IMAGE')`.
 */
exports.azureGuardrailsMatchers = {
    /** Passes when the stack has no guardrail error; the failure message lists every error. */
    toPassAzureGuardrails(received, options) {
        const { errors } = (0, check_stack_1.checkStack)(stackOf(received), options);
        return {
            pass: errors.length === 0,
            message: () => (errors.length === 0 ? 'expected the stack to violate a guardrail, but it passes them all' : `expected the stack to pass the guardrails, but ${errors.length} ${errors.length === 1 ? 'error was' : 'errors were'} found:\n${list(errors)}`),
        };
    },
    /** Passes when a finding (error or warning) of the rule is on the stack; the failure message lists the findings. */
    toViolateAzureGuardrail(received, ruleId, options) {
        const { errors, warnings } = (0, check_stack_1.checkStack)(stackOf(received), options);
        const all = [...errors, ...warnings];
        const hits = all.filter((f) => f.ruleId === ruleId);
        return {
            pass: hits.length > 0,
            message: () => (hits.length > 0 ? `expected the stack not to violate ${ruleId}, but:\n${list(hits)}` : `expected the stack to violate ${ruleId}; its findings:\n${list(all)}`),
        };
    },
};
