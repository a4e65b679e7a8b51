/**
 * A value that is not known until apply (a Terraform reference, variable or function call).
 * Rules never guess such a value: they skip it, and may express themselves as a Terraform precondition instead.
 */
export class Unknown {
  /**
   * @param expression the original token, kept so that a precondition can refer to it.
   * @param whenNull the fact when the expression resolves to `null`, which Terraform treats as unset: the provider's
   * default, or `undefined` for an attribute that is then not set.
   */
  constructor(
    /** The token or Terraform expression. */
    public readonly expression: unknown,
    /** The fact when the expression resolves to `null`. @default undefined (unset) */
    public readonly whenNull?: unknown,
  ) {}
}

/** A fact that is either known at synth or {@link Unknown}. */
export type Maybe<T> = T | Unknown;

/** True for a value known only at apply. */
export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** True for a value known at synth. */
export function isKnown<T>(value: Maybe<T>): value is T {
  return !(value instanceof Unknown);
}

/** True when a fact, or anything inside an object or list of facts, is {@link Unknown}. */
export function hasUnknown(value: unknown): boolean {
  if (value instanceof Unknown) return true;
  if (value === null || typeof value !== 'object') return false;
  // asked of every construct's facts: no list of the values is built
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasUnknown(value[i])) return true;
    return false;
  }
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && hasUnknown((value as Record<string, unknown>)[key])) return true;
  return false;
}
