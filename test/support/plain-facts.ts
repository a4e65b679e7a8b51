import { isUnknown } from '../../constructs/core/unknown';

/** A fact as a plain value to compare: an unknown value as `{ unknown: expression }`, NaN (unset number) as 'NaN'. */
export const plainFact = (v: unknown): unknown => (isUnknown(v) ? { unknown: v.expression } : Number.isNaN(v) ? 'NaN' : v);

/** Every fact of an object as {@link plainFact}. */
export const plainFacts = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plainFact(v)]));
