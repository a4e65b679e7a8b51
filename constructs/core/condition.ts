import { ExpressionBuilder } from './rule';
import { isUnknown, Maybe } from './unknown';

/**
 * A condition over facts that is either decided at synth (a boolean) or only at apply (an expression). Rules state
 * what must hold once, with these helpers; a decided condition is checked by the rule, an undecided one becomes a
 * Terraform precondition.
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

const expr = (v: Maybe<unknown>) => (isUnknown(v) ? v.expression : v);

/** `v == literal` */
export function eq(v: Maybe<unknown> | undefined, literal: string | boolean): Cond {
  return isUnknown(v) ? new Undecided((x) => x.eq(v.expression, literal)) : v === literal;
}

/** `contains(values, v)` */
export function oneOf(v: Maybe<unknown> | undefined, values: readonly string[]): Cond {
  return isUnknown(v) ? new Undecided((x) => x.contains(values, v.expression)) : values.includes(v as string);
}

/** `can(regex(pattern, v))`, the pattern anchored by the caller. */
export function matches(v: Maybe<unknown> | undefined, pattern: string, known: (s: string) => boolean): Cond {
  return isUnknown(v) ? new Undecided((x) => x.matches(v.expression, pattern)) : typeof v === 'string' && known(v);
}

/** `length(list) >= min`: the facts hold the length when the list is known, else the list's token. */
export function lengthAtLeast(length: Maybe<number>, min: number): Cond {
  return isUnknown(length) ? new Undecided((x) => x.lengthAtLeast(length.expression, min)) : length >= min;
}

/** The UTF-8 length of a string is at most `max`. */
export function utf8LengthAtMost(v: Maybe<unknown> | undefined, max: number): Cond {
  return isUnknown(v) ? new Undecided((x) => x.utf8LengthAtMost(v.expression, max)) : typeof v === 'string' && new TextEncoder().encode(v).length <= max;
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

/** A raw expression (for a boolean value that is itself a token). */
export function truthy(v: Maybe<unknown> | undefined): Cond {
  return isUnknown(v) ? new Undecided((x) => x.eq(expr(v), true)) : v === true;
}
