import { ExpressionBuilder } from './rule';
import { isUnknown, Maybe, Unknown } from './unknown';

/**
 * A condition over facts that is either decided at synth (a boolean) or only at apply (an expression). Rules state
 * what must hold once, with these helpers; a decided condition is checked by the rule, an undecided one becomes a
 * Terraform precondition.
 *
 * A value known only at apply may resolve to `null`, which Terraform treats as unset. Every helper therefore builds
 * an expression that Terraform can evaluate on `null` (no function receives it, no operator negates it) and that
 * decides the `null` case as the rule decides the unset value ({@link Unknown.whenNull}).
 */
export type Cond = boolean | Undecided;

/** A condition known only at apply: it builds the Terraform expression that checks it. */
export class Undecided {
  constructor(
    /** Builds the condition as a Terraform expression. */
    public readonly build: (x: ExpressionBuilder) => unknown,
  ) {}
}

export const isUndecided = (c: Cond): c is Undecided => c instanceof Undecided;

/**
 * The condition on an unknown value: `v == null ? <the condition on the unset value> : <the expression>`. The unset
 * value is decided here, so the `null` branch is a literal.
 */
function onUnknown(v: Unknown, known: (w: unknown) => boolean, build: (x: ExpressionBuilder, e: unknown) => unknown): Undecided {
  // a default that is itself known only at apply (a computer name that falls back to an interpolated name) is not judged
  const atNull = isUnknown(v.whenNull) ? true : known(v.whenNull);
  return new Undecided((x) => x.ifNull(v.expression, atNull, build(x, v.expression)));
}

const isEq = (w: unknown, literal: string | boolean) => w === literal;

/** `v == literal` */
export function eq(v: Maybe<unknown> | undefined, literal: string | boolean): Cond {
  return isUnknown(v) ? onUnknown(v, (w) => isEq(w, literal), (x, e) => x.eq(e, literal)) : isEq(v, literal);
}

/** `contains(values, v)` */
export function oneOf(v: Maybe<unknown> | undefined, values: readonly string[]): Cond {
  const known = (w: unknown) => values.includes(w as string);
  return isUnknown(v) ? onUnknown(v, known, (x, e) => x.contains(values, e)) : known(v);
}

/** `can(regex(pattern, v))`, the pattern anchored by the caller. */
export function matches(v: Maybe<unknown> | undefined, pattern: string, known: (s: string) => boolean): Cond {
  const test = (w: unknown) => typeof w === 'string' && known(w);
  return isUnknown(v) ? onUnknown(v, test, (x, e) => x.matches(e, pattern)) : test(v);
}

/** `length(list) >= min`: the facts hold the length when the list is known, else the list's token. */
export function lengthAtLeast(length: Maybe<number>, min: number): Cond {
  // a list that resolves to null has no items
  return isUnknown(length) ? onUnknown(length, (w) => ((w as number | undefined) ?? 0) >= min, (x, e) => x.lengthAtLeast(e, min)) : length >= min;
}

/** The UTF-8 length of a string is at most `max`. */
export function utf8LengthAtMost(v: Maybe<unknown> | undefined, max: number): Cond {
  const known = (w: unknown) => typeof w === 'string' && new TextEncoder().encode(w).length <= max;
  return isUnknown(v) ? onUnknown(v, known, (x, e) => x.utf8LengthAtMost(e, max)) : known(v);
}

/**
 * True when the attribute is not set: `undefined`, or an expression that resolves to `null` for an attribute without
 * a default. An attribute with a default is never unset (`null` gives the default).
 */
export function unset(v: Maybe<unknown> | undefined): Cond {
  if (v === undefined) return true;
  if (!isUnknown(v)) return false;
  return v.whenNull === undefined ? new Undecided((x) => x.ifNull(v.expression, true, false)) : false;
}

export function not(c: Cond): Cond {
  return isUndecided(c) ? new Undecided((x) => x.not(c.build(x))) : !c;
}

export function and(...cs: Cond[]): Cond {
  if (cs.some((c) => c === false)) return false;
  const open = cs.filter(isUndecided);
  if (open.length === 0) return true;
  return open.reduce((a, b) => new Undecided((x) => x.and(a.build(x), b.build(x))));
}

export function or(...cs: Cond[]): Cond {
  if (cs.some((c) => c === true)) return true;
  const open = cs.filter(isUndecided);
  if (open.length === 0) return false;
  return open.reduce((a, b) => new Undecided((x) => x.or(a.build(x), b.build(x))));
}

export const implies = (a: Cond, b: Cond): Cond => or(not(a), b);

/** A boolean fact is `true` (for a value that is itself a token: its `null` case is its unset value). */
export function truthy(v: Maybe<unknown> | undefined): Cond {
  return eq(v, true);
}
