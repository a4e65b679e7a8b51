/**
 * Reserved for the test harness users run on their own stacks (`azure-guardrails-cdktf/testing`): matchers,
 * arbitraries and a findings helper. It exports nothing yet, so that importing it already resolves.
 *
 * @packageDocumentation
 */
export {};
