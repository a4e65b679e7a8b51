import { Rule } from './rule';

/** The shape of a construct's props, checked before any rule so that JavaScript callers get a clear error. */
export type PropType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'string[]'
  | 'string-map'
  | { readonly enum: readonly string[] }
  | { readonly object: PropSchema; readonly exactlyOneOf?: readonly string[] }
  | { readonly array: PropSchema }
  // eslint-disable-next-line @typescript-eslint/ban-types
  | { readonly instance: Function; readonly name: string }
  /** For classes that may come from another copy of a package (cdktf's symbol-based `is...` checks). */
  | { readonly is: (value: unknown) => boolean; readonly name: string };

export interface PropSpec {
  readonly type: PropType;
  readonly required?: boolean;
  /** Never show the value (secrets). */
  readonly secret?: boolean;
  /** For numbers: a whole number. */
  readonly integer?: boolean;
  /** For numbers: bounds, inclusive. */
  readonly min?: number;
  readonly max?: number;
}

export type PropSchema = Readonly<Record<string, PropSpec>>;

export interface PropProblem {
  readonly prop: string;
  readonly kind: 'type' | 'unknown';
  readonly message: string;
  readonly fix: string;
}

const describe = (v: unknown, secret: boolean): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'object') return 'an object';
  if (secret) return `a ${typeof v}`;
  const s = typeof v === 'string' ? `'${v.length > 40 ? v.slice(0, 40) + '…' : v}'` : String(v);
  return `${typeof v} ${s}`;
};

const typeName = (t: PropType): string =>
  typeof t === 'string'
    ? t === 'string-map' ? 'a map of strings' : t === 'string[]' ? 'a list of strings' : `a ${t}`
    : 'enum' in t ? `one of ${t.enum.map((e) => `'${e}'`).join(', ')}` : 'object' in t ? 'an object' : 'array' in t ? 'a list of objects' : `a ${t.name}`;

const numberName = (spec: PropSpec): string =>
  `a${spec.integer ? ' whole' : ''} number${spec.min !== undefined ? ` from ${spec.min}` : ''}${spec.max !== undefined ? ` to ${spec.max}` : ''}`;

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

function wrongType(out: PropProblem[], name: string, spec: PropSpec, v: unknown): void {
  out.push({ prop: name, kind: 'type', message: `prop '${name}' must be ${typeName(spec.type)}, got ${describe(v, !!spec.secret)}`, fix: `pass ${typeName(spec.type)}` });
}

/** The keys of a schema by position, and its required keys: worked out once per schema. */
interface SchemaLayout {
  readonly position: ReadonlyMap<string, number>;
  readonly required: readonly string[];
}

const LAYOUTS = new WeakMap<PropSchema, SchemaLayout>();

function layoutOf(schema: PropSchema): SchemaLayout {
  let layout = LAYOUTS.get(schema);
  if (layout === undefined) {
    const keys = Object.keys(schema);
    layout = { position: new Map(keys.map((k, i) => [k, i])), required: keys.filter((k) => schema[k].required) };
    LAYOUTS.set(schema, layout);
  }
  return layout;
}

/** Whether a value has a scalar type (or is a list or map of strings, or one of an enum's values). */
function fitsScalar(t: Extract<PropType, string> | { readonly enum: readonly string[] }, spec: PropSpec, v: unknown): boolean {
  if (t === 'string') return typeof v === 'string';
  if (t === 'number') return typeof v === 'number' && Number.isFinite(v) && (!spec.integer || Number.isInteger(v)) && (spec.min === undefined || v >= spec.min) && (spec.max === undefined || v <= spec.max);
  if (t === 'boolean') return typeof v === 'boolean';
  if (t === 'string[]') return Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (t === 'string-map') return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  return typeof v === 'string' && t.enum.includes(v);
}

/** The problems of one given value against its spec. */
function valueProblems(out: PropProblem[], name: string, spec: PropSpec, v: unknown, isToken: (v: unknown) => boolean): void {
  const t = spec.type;
  if (typeof t === 'string' || 'enum' in t) {
    // a token stands for a value of any scalar type: asked only of a value that does not fit
    if (fitsScalar(t, spec, v) || isToken(v)) return;
    if (t === 'number') out.push({ prop: name, kind: 'type', message: `prop '${name}' must be ${numberName(spec)}, got ${describe(v, !!spec.secret)}`, fix: `pass ${numberName(spec)}` });
    else wrongType(out, name, spec, v);
  } else if ('object' in t) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) wrongType(out, name, spec, v);
    else {
      out.push(...propProblems(t.object, v, isToken, `${name}.`));
      const given = (t.exactlyOneOf ?? []).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      if (t.exactlyOneOf && given.length !== 1) {
        out.push({ prop: name, kind: 'type', message: `prop '${name}' takes exactly one of ${t.exactlyOneOf.map((k) => `'${k}'`).join(', ')}, got ${given.length}`, fix: `set one of ${t.exactlyOneOf.join(', ')}` });
      }
    }
  } else if ('array' in t) {
    if (!Array.isArray(v)) wrongType(out, name, spec, v);
    else v.forEach((item, i) => out.push(...propProblems(t.array, item, isToken, `${name}[${i}].`)));
  } else if ('is' in t) {
    if (!t.is(v)) wrongType(out, name, spec, v);
  } else if (!(v instanceof (t.instance as new () => unknown))) wrongType(out, name, spec, v);
}

/**
 * Problems of a props object against its schema: unknown props in the order given, then the others in the schema's
 * order. Tokens (`isToken`) are accepted wherever a scalar or a list is expected. Own keys only: `__proto__` or
 * `constructor` given as data are reported as unknown props, never followed. Only the given props and the required
 * ones are looked at: a schema has many optional props, a construct is given a few.
 */
export function propProblems(schema: PropSchema, props: unknown, isToken: (v: unknown) => boolean, path = ''): PropProblem[] {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    return [{ prop: path || 'props', kind: 'type', message: `${path || 'props'} must be an object, got ${describe(props, false)}`, fix: 'pass an object' }];
  }
  const given = props as Record<string, unknown>;
  const { position, required } = layoutOf(schema);
  const unknown: PropProblem[] = [];
  const byPosition: { position: number; problems: PropProblem[] }[] = [];
  for (const key of Object.keys(given)) {
    const v = given[key];
    // a key set to undefined is the same as an absent key
    if (v === undefined) continue;
    const at = position.get(key);
    if (at === undefined) {
      const near = Object.keys(schema).find((k) => levenshtein(k.toLowerCase(), key.toLowerCase()) <= 2);
      unknown.push({ prop: path + key, kind: 'unknown', message: `unknown prop '${path + key}'${near ? ` (did you mean '${near}'?)` : ''}`, fix: near ? `rename it to '${near}'` : 'remove it' });
      continue;
    }
    const problems: PropProblem[] = [];
    valueProblems(problems, path + key, schema[key], v, isToken);
    if (problems.length > 0) byPosition.push({ position: at, problems });
  }
  for (const key of required) {
    if (Object.prototype.hasOwnProperty.call(given, key) && given[key] !== undefined) continue;
    const name = path + key;
    byPosition.push({ position: position.get(key)!, problems: [{ prop: name, kind: 'type', message: `prop '${name}' is required`, fix: `set ${name} (${typeName(schema[key].type)})` }] });
  }
  if (unknown.length === 0 && byPosition.length === 0) return unknown;
  byPosition.sort((a, b) => a.position - b.position);
  return unknown.concat(...byPosition.map((p) => p.problems));
}

/** Rules that report prop problems, so that they have ids, sources and docs like every other rule. */
export const PROPS_TYPE: Rule<readonly PropProblem[]> = {
  id: 'PROPS-TYPE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'a prop of another type than documented is refused before any rule reads it', source: 'the constructs\' documented props (api/*.api.md)' },
  ],
  title: 'props have the documented types',
  source: "this library's construct API (TypeScript types), checked at run time for JavaScript callers",
  doc: 'A prop of the wrong type, a missing required prop, NaN or Infinity are refused before any other rule runs.',
  check: (problems) => problems.filter((p) => p.kind === 'type').map((p) => ({ attribute: p.prop, message: p.message, fix: p.fix })),
};

export const PROPS_UNKNOWN: Rule<readonly PropProblem[]> = {
  id: 'PROPS-UNKNOWN',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'a prop the construct does not know would be ignored without a word, so it is refused', source: 'the constructs\' documented props (api/*.api.md)' },
  ],
  title: 'no unknown props',
  source: "this library's construct API",
  doc: 'An unknown prop is usually a typo of a known one; it would otherwise be silently ignored.',
  check: (problems) => problems.filter((p) => p.kind === 'unknown').map((p) => ({ attribute: p.prop, message: p.message, fix: p.fix })),
};
