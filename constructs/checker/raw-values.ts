import { Maybe, Unknown } from '../core/unknown';
import type { TfResource } from './terraform-config';

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

/** A raw value with the provider's default when unset; an expression that resolves to null gives the default too. */
export function rawOr<T>(v: unknown, fallback: T): Maybe<T> {
  if (v === undefined || v === null) return fallback;
  if (isExpression(v)) return new Unknown(v, fallback);
  return v as T;
}

/** Whether an attribute is set: unknown for an expression, which may resolve to null. */
export function isSetAttribute(v: unknown): Maybe<boolean> {
  if (v === undefined || v === null) return false;
  return isExpression(v) ? new Unknown(v, false) : true;
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
  throw new Error(`${attribute} is ${typeof v}, not a list`);
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

/** The input variables and local values of a module, by address (`var.name`, `local.name`). */
export type Definitions = (address: string) => TfResource | undefined;

/**
 * Literal, expression or absent, for secrets (whose value is never read further). An expression is a literal too when
 * it can only ever yield text written in the configuration: function calls on literals (`trimspace("...")`), a local
 * value that is one, or a variable with a default. Any other reference (a resource, a data source, a variable without
 * default, an iterator) makes it an expression: the checker never calls a secret literal on a guess.
 */
export function secretKind(v: unknown, definitions?: Definitions): 'literal' | 'expression' | 'absent' {
  if (v === undefined || v === null) return 'absent';
  return resolvesToLiteral(v, definitions, new Set()) ? 'literal' : 'expression';
}

const KEYWORDS = new Set(['true', 'false', 'null']);

/**
 * The code of each `${...}` and `%{...}` of a template, matched brace for brace, with its string literals blanked;
 * the string literals that are templates themselves are returned to be read the same way.
 */
function templateParts(template: string): { code: string[]; nested: string[] } {
  const code: string[] = [];
  const nested: string[] = [];
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    // `$${` and `%%{` are escapes: a `{` after the same sign doubled opens nothing
    if ((c === '$' || c === '%') && template[i + 1] === '{' && template[i - 1] !== c) {
      let depth = 1;
      let out = '';
      let j = i + 2;
      for (; j < template.length && depth > 0; j++) {
        const d = template[j];
        if (d === '"') {
          let k = j + 1;
          let text = '';
          for (; k < template.length && template[k] !== '"'; k++) text += template[k] === '\\' ? template[++k] ?? '' : template[k];
          if (isExpression(text)) nested.push(text);
          out += '""';
          j = k;
          continue;
        }
        if (d === '{') depth++;
        else if (d === '}') depth--;
        if (depth > 0) out += d;
      }
      code.push(out);
      i = j - 1;
    }
  }
  return { code, nested };
}

function resolvesToLiteral(v: unknown, definitions: Definitions | undefined, seen: ReadonlySet<string>): boolean {
  if (typeof v !== 'string') return v !== null && typeof v !== 'object';
  if (!isExpression(v)) return true;
  if (!definitions) return false;
  const { code, nested } = templateParts(v);
  if (!nested.every((t) => resolvesToLiteral(t, definitions, seen))) return false;
  for (const part of code) {
    // function names are not references; what is left is read by its root
    const references = part.replace(/[A-Za-z_][\w-]*(?:::[A-Za-z_][\w-]*)*\s*\(/g, '(');
    for (const m of references.matchAll(/(^|[^\w.-])([A-Za-z_][\w-]*)(\.[A-Za-z_][\w-]*)?/g)) {
      const [root, member] = [m[2], m[3]?.slice(1)];
      if (KEYWORDS.has(root)) continue;
      if ((root !== 'var' && root !== 'local') || member === undefined) return false;
      const address = `${root}.${member}`;
      const d = seen.has(address) ? undefined : definitions(address);
      if (!d) return false;
      const value = root === 'var' ? d.values.default : d.values.value;
      if (value === undefined || value === null || !resolvesToLiteral(value, definitions, new Set([...seen, address]))) return false;
    }
  }
  return true;
}
/** `${type.name.id}` (or `.id` of an indexed instance) → `type.name`, when the whole string is one reference. */
export function referencedAddress(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\$\{([a-zA-Z][\w-]*)\.([\w-]+)(?:\[[^\]]*\])?\.id\}$/.exec(v.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
