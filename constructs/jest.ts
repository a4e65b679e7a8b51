/**
 * `azure-guardrails-cdktf/jest`: one import registers the matchers of `azure-guardrails-cdktf/testing` with jest's
 * global `expect` and types them (`import 'azure-guardrails-cdktf/jest'` in a test file, or in `setupFilesAfterEach`).
 *
 * @packageDocumentation
 */
import type { CheckOptions } from './checker/check';
import { azureGuardrailsMatchers } from './cdk/testing/matchers';

declare global {
  // jest's global matcher types, which `expect.extend` does not extend by itself
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** Passes when the stack has no guardrail error; the failure message lists every error. */
      toPassAzureGuardrails(options?: CheckOptions): R;
      /** Passes when a finding of the rule (error or warning) is on the stack. */
      toViolateAzureGuardrail(ruleId: string, options?: CheckOptions): R;
    }
  }
}

const expectOf = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof expectOf?.extend !== 'function') {
  throw new Error("azure-guardrails-cdktf/jest registers jest matchers: import it in a jest test file (or a setup file), where jest's global expect exists");
}
expectOf.extend(azureGuardrailsMatchers);

export type { CheckOptions };
export type { GuestImageSupportPolicyName } from './azure-local/guest-image-support';
