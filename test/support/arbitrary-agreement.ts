import fc from 'fast-check';
import { runs } from './seed';

/**
 * The two checks of a public arbitrary against the test models: valid-only settings are valid by the model and the
 * library finds no error in them; over the whole space the library refuses exactly what the model refuses, and both
 * verdicts occur.
 */
export function agreesWithModel<T>(
  arbitrary: (options?: { validOnly?: boolean }) => fc.Arbitrary<T>,
  actual: (settings: T) => string[],
  expected: (settings: T) => string[],
  counts: { readonly validOnly: number; readonly whole: number },
): void {
  test('valid-only settings are valid by the model, and the guardrails find no error', () => {
    fc.assert(
      fc.property(arbitrary({ validOnly: true }), (s) => {
        expect(expected(s)).toEqual([]);
        expect(actual(s)).toEqual([]);
      }),
      { numRuns: runs(counts.validOnly) },
    );
  });
  test('over the whole space, the guardrails refuse exactly what the model refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(arbitrary(), (s) => {
        const want = expected(s);
        if (want.length > 0) refused++;
        expect(actual(s)).toEqual(want);
      }),
      { numRuns: runs(counts.whole) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs(counts.whole));
  });
}
