/**
 * `azure-guardrails-cdktf/jest`: one import registers the matchers of `azure-guardrails-cdktf/testing` with jest's
 * global `expect` and types them (`import 'azure-guardrails-cdktf/jest'` in a test file, or in `setupFilesAfterEach`).
 *
 * @packageDocumentation
 */
import type { CheckOptions } from './checker/check';
import { azureGuardrailsMatchers } from './cdk/testing/matchers';
// brings the types of the `expect` package (jest's, also behind @jest/globals) into the program, for the augmentation below
import type {} from 'expect';

/** The matchers, typed for jest's global `expect` and for `expect` imported from `@jest/globals`. */
interface AzureGuardrailsMatchers<R> {
  /** Passes when the stack has no guardrail error; the failure message lists every error. */
  toPassAzureGuardrails(options?: CheckOptions): R;
  /** Passes when a finding of the rule (error or warning) is on the stack. */
  toViolateAzureGuardrail(ruleId: string, options?: CheckOptions): R;
}

declare global {
  // jest's global matcher types, which `expect.extend` does not extend by itself
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R> extends AzureGuardrailsMatchers<R> {}
  }
}

declare module 'expect' {
  // the `expect` of `@jest/globals`
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends AzureGuardrailsMatchers<R> {}
}

const expectOf = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof expectOf?.extend !== 'function') {
  throw new Error("azure-guardrails-cdktf/jest registers jest matchers: import it in a jest test file (or a setup file), where jest's global expect exists");
}
expectOf.extend(azureGuardrailsMatchers);

export type { CheckOptions };
export type { GuestImageSupportPolicyName } from './azure-local/guest-image-support';
