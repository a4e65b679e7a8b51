import { Maybe, Unknown } from '../core/unknown';

/** A Terraform string that holds an expression (`${...}` or `%{...}` not escaped) is known only at apply. */
export function isExpression(v: unknown): boolean {
  return typeof v === 'string' && /(^|[^$])\$\{|(^|[^%])%\{/.test(v);
}

/** A raw attribute value as a fact: expressions become {@link Unknown}; `undefined` stays unset. */
export function raw<T>(v: unknown): Maybe<T> | undefined {
  if (v === undefined || v === null) return undefined;
  if (isExpression(v)) return new Unknown(v);
  return v as T;
}

/** A raw value with the provider's default when unset. */
export function rawOr<T>(v: unknown, fallback: T): Maybe<T> {
  const r = raw<T>(v);
  return r === undefined ? fallback : r;
}

/** A raw boolean: Terraform converts "true"/"false" strings. */
export function rawBool(v: unknown, fallback: boolean): Maybe<boolean> {
  if (v === 'true') return true;
  if (v === 'false') return false;
  return rawOr<boolean>(v, fallback);
}

/**
 * A list attribute: its items; one unknown item for an expression (`var.prefixes`); nothing when unset. Any other
 * value is a shape Terraform refuses, thrown so that the checker reports the block instead of reading it wrong (a
 * string spread into a list would read as its characters).
 */
export function rawList(v: unknown, attribute: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  if (isExpression(v)) return [v];
  throw new Error(`${attribute} is ${v === null ? 'null' : typeof v}, not a list`);
}

/** A nested block: JSON syntax allows an object or a list of objects; HCL parsers give a list. */
export function block(v: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(v)) return (v[0] as Record<string, unknown>) ?? undefined;
  if (v && typeof v === 'object') return v as Record<string, unknown>;
  return undefined;
}

export function blocks(v: unknown): Record<string, unknown>[] {
  if (Array.isArray(v)) return v.filter((x) => x && typeof x === 'object') as Record<string, unknown>[];
  if (v && typeof v === 'object') return [v as Record<string, unknown>];
  return [];
}

/** Literal, expression or absent, for secrets (whose value is never read further). */
export function secretKind(v: unknown): 'literal' | 'expression' | 'absent' {
  if (v === undefined || v === null) return 'absent';
  return typeof v === 'string' && !isExpression(v) ? 'literal' : 'expression';
}

/** `${type.name.id}` (or `.id` of an indexed instance) → `type.name`, when the whole string is one reference. */
export function referencedAddress(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\$\{([a-zA-Z][\w-]*)\.([\w-]+)(?:\[[^\]]*\])?\.id\}$/.exec(v.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
