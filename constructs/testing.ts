/**
 * `azure-guardrails-cdktf/testing`: the guardrails for the tests users run on their own stacks. `checkStack` gives the
 * findings of a stack as data; `azureGuardrailsMatchers` are jest matchers over it (`expect.extend`, or one import of
 * `azure-guardrails-cdktf/jest`). The fast-check arbitraries are in `azure-guardrails-cdktf/testing/arbitraries`, so that
 * this entry point needs no fast-check.
 *
 * @packageDocumentation
 */
export { checkStack } from './cdk/testing/check-stack';
export type { StackCheck, StackFinding, StackFindingAcknowledgement } from './cdk/testing/check-stack';
export { azureGuardrailsMatchers } from './cdk/testing/matchers';

export type { MatcherResult } from './cdk/testing/matchers';
export type { CheckOptions } from './checker/check';
export type { GuestImageSupportPolicyName } from './azure-local/guest-image-support';
export type { Severity } from './core/rule';
