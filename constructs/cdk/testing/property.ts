import type { Arbitrary } from 'fast-check';
import { fastCheck } from './arbitrary-parts';

/** Options of {@link assertGuardrailsProperty}. */
export interface GuardrailsPropertyOptions {
  /** How many generated cases run; all of them run, whatever the time they take. @default 100 */
  readonly numRuns?: number;
  /** The seed to replay a failure with (the failure message gives it). @default a random seed */
  readonly seed?: number;
  /** With `seed`, the path of the failing case (the failure message gives it): replays that case first. */
  readonly path?: string;
}

/** What a property that held ran. */
export interface GuardrailsPropertyRun {
  /** How many generated cases ran, all of which held. */
  readonly numRuns: number;
  /** The seed, to run the same cases again. */
  readonly seed: number;
}

/**
 * Runs a property over generated cases, for example "for any generated fleet definition, my stack factory
 * synthesizes and passes the guardrails": `predicate` throws (an `expect` failing) or returns `false` when it does
 * not hold. Every case runs (no time limit: an interrupted run would be a pass that proved nothing). A failure throws
 * with the seed and path to replay it and the smallest failing case; success returns how many cases ran.
 */
export function assertGuardrailsProperty<T>(arbitrary: Arbitrary<T>, predicate: (value: T) => boolean | void, options: GuardrailsPropertyOptions = {}): GuardrailsPropertyRun {
  const fc = fastCheck();
  const numRuns = options.numRuns ?? 100;
  const details = fc.check(fc.property(arbitrary, predicate), {
    numRuns,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
  });
  if (details.failed) {
    const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? 'the predicate returned false');
    throw new Error(
      `the property failed after ${details.numRuns} of ${numRuns} cases; replay with { seed: ${details.seed}, path: '${details.counterexamplePath}' }\n` +
        `smallest failing case: ${fc.stringify(details.counterexample?.[0])}\n${reason}`,
    );
  }
  if (details.interrupted || (options.path === undefined && details.numRuns < numRuns)) throw new Error(`the property ran ${details.numRuns} of ${numRuns} cases (seed ${details.seed}): a run that stops early proves nothing`);
  return { numRuns: details.numRuns, seed: details.seed };
}
