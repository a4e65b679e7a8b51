import { TerraformStack } from 'cdktf';
import { CheckOptions } from '../../checker/check';
import { checkStack, StackFinding } from './check-stack';

/** What a jest (or Vitest) matcher returns. */
export interface MatcherResult {
  /** Whether the expectation holds. */
  readonly pass: boolean;
  /** The failure message, listing the findings. */
  readonly message: () => string;
}

const line = (f: StackFinding) => `  [${f.ruleId}] ${f.constructPath}${f.address ? ` (${f.address})` : ''}: ${f.message}; fix: ${f.fix}`;
const list = (fs: readonly StackFinding[]) => (fs.length === 0 ? '  (none)' : fs.map(line).join('\n'));

function stackOf(received: unknown): TerraformStack {
  if (!received || typeof (received as TerraformStack).toTerraform !== 'function' || !(received as TerraformStack).node) {
    throw new TypeError(`expected a cdktf TerraformStack, got ${received === null ? 'null' : typeof received}`);
  }
  return received as TerraformStack;
}

/**
 * Jest matchers over a stack: `expect.extend(azureGuardrailsMatchers)`, then
 * `expect(stack).toPassAzureGuardrails()` and `expect(stack).toViolateAzureGuardrail('WIN-HOTPATCH-IMAGE')`.
 */
export const azureGuardrailsMatchers = {
  /** Passes when the stack has no guardrail error; the failure message lists every error. */
  toPassAzureGuardrails(received: unknown, options?: CheckOptions): MatcherResult {
    const { errors } = checkStack(stackOf(received), options);
    return {
      pass: errors.length === 0,
      message: () => (errors.length === 0 ? 'expected the stack to violate a guardrail, but it passes them all' : `expected the stack to pass the guardrails, but ${errors.length} ${errors.length === 1 ? 'error was' : 'errors were'} found:\n${list(errors)}`),
    };
  },
  /** Passes when a finding (error or warning) of the rule is on the stack; the failure message lists the findings. */
  toViolateAzureGuardrail(received: unknown, ruleId: string, options?: CheckOptions): MatcherResult {
    const { errors, warnings } = checkStack(stackOf(received), options);
    const all = [...errors, ...warnings];
    const hits = all.filter((f) => f.ruleId === ruleId);
    return {
      pass: hits.length > 0,
      message: () => (hits.length > 0 ? `expected the stack not to violate ${ruleId}, but:\n${list(hits)}` : `expected the stack to violate ${ruleId}; its findings:\n${list(all)}`),
    };
  },
};
