import { cdktfAcknowledgements, RecordedAcknowledgement } from './acknowledgements';

/** One resource of a Terraform configuration or plan, as the checker reads it. */
export interface TfResource {
  /** The file the resource was read from. */
  readonly file: string;
  /** `type.name`, with a module path prefix for plans. */
  readonly address: string;
  /** The resource type, e.g. `azurerm_windows_virtual_machine`; `variable` or `local` for a module's definitions. */
  readonly type: string;
  /** The resource name. */
  readonly name: string;
  /** Attribute values (literal or `${...}` expressions). */
  readonly values: Record<string, unknown>;
  /** 1-based line of the resource in its file, when it can be found. */
  readonly line?: number;
  /** For plans: attributes whose configuration is an expression (their planned values may look literal). */
  readonly expressionAttributes?: ReadonlySet<string>;
  /** Why the block cannot be read as a resource (a shape Terraform refuses), when it cannot. */
  readonly problem?: string;
  /** The acknowledgements that cover the resource (cdktf metadata or HCL comments). */
  readonly acknowledgements?: readonly RecordedAcknowledgement[];
}

/** What a JSON value is, for messages about shapes. */
export const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

const MAX_MESSAGE = 300;

/** A file that could not be read or parsed. */
export class InputError extends Error {
  constructor(
    /** The file, or `-` for standard input. */
    public readonly file: string,
    message: string,
  ) {
    // one line, bounded: a parser's message about a binary file can be megabytes long
    const line = message.replace(/\s+/g, ' ');
    super(`${file}: ${line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line}`);
    this.name = 'InputError';
  }
}

/**
 * Lines of every `resource.<type>.<name>` key of a JSON configuration, in one pass over the text (a per-resource
 * search would be quadratic on large files). A key written twice in the same object (`resource`, a type or a name),
 * which `JSON.parse` silently resolves by keeping the last, is added to `duplicates` with the lines of each.
 */
export function jsonResourceLines(text: string, duplicates?: Map<string, number[]>): Map<string, number> {
  const out = new Map<string, number>();
  // the open containers, innermost last: whether an array, whether it added a key to `path` (an object that is an
  // array element adds none), and the keys seen in it where duplicates matter
  const stack: { array: boolean; keyed: boolean; seen?: Map<string, number> }[] = [];
  const repeated = (name: string, key: string, at: number) => {
    const top = stack[stack.length - 1];
    if (!top || !duplicates) return;
    top.seen ??= new Map();
    const first = top.seen.get(key);
    if (first === undefined) top.seen.set(key, at);
    else duplicates.set(name, [...(duplicates.get(name) ?? [first]), at]);
  };
  // the keys of the open containers; only the first three are ever read, so deeper keys are not decoded
  const path: string[] = [];
  // lines are counted up to a position only when a resource key needs one, with the native search
  // (the next newline is remembered: a file on one line would otherwise be searched to its end for every key)
  let line = 1;
  let nextNewline = text.indexOf('\n');
  const lineAt = (position: number) => {
    while (nextNewline !== -1 && nextNewline < position) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    return line;
  };
  let pendingKey: string | undefined;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = text.indexOf('"', i + 1);
      for (;;) {
        if (j === -1) return out;
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 92 /* \ */) backslashes++;
        if (backslashes % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      let k = j + 1;
      for (let w = text.charCodeAt(k); w === 32 || w === 10 || w === 13 || w === 9; w = text.charCodeAt(++k));
      if (text.charCodeAt(k) === 58 /* : */) {
        if (path.length > 2) pendingKey = '';
        else {
          const quoted = text.slice(i, j + 1);
          const key = quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
          pendingKey = key;
          if (path.length === 2 && path[0] === 'resource') {
            const at = lineAt(i);
            out.set(`${path[1]}.${key}`, at);
            repeated(`${path[1]}.${key}`, key, at);
          } else if (path.length === 1 && path[0] === 'resource') repeated(key, key, lineAt(i));
          else if (stack.length === 1 && key === 'resource') repeated('resource', key, lineAt(i));
        }
      }
      i = k - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const array = c === 91;
      const key = !array && stack[stack.length - 1]?.array ? undefined : pendingKey;
      stack.push({ array, keyed: key !== undefined });
      if (key !== undefined) path.push(key);
      pendingKey = undefined;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (stack.pop()?.keyed) path.pop();
    } else if (c === 44 /* , */) {
      pendingKey = undefined;
    }
  }
  return out;
}

/** Lines of every `resource "<type>" "<name>"` block of an HCL file, in one pass. */
export function hclResourceLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /^[ \t]*resource\s+"([^"]+)"\s+"([^"]+)"/gm;
  let lastIndex = 0;
  let line = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = lastIndex; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    lastIndex = m.index;
    out.set(`${m[1]}.${m[2]}`, line);
  }
  return out;
}

/** The named entries of a top-level block in either syntax: an object, or a list of objects (HCL parsers). */
function namedEntries(v: unknown): [string, unknown][] {
  const groups = Array.isArray(v) ? v : [v];
  return groups.filter((g) => g !== null && typeof g === 'object' && !Array.isArray(g)).flatMap((g) => Object.entries(g as object));
}

/** Whether a resource of the checker's input is a module's input variable or local value rather than a resource. */
export const isDefinition = (r: TfResource): boolean => r.type === DEFINITION_TYPES.variable || r.type === DEFINITION_TYPES.local;

/** The `type` of the input variables (`var.<name>`) and local values (`local.<name>`) the checker reads for secrets. */
export const DEFINITION_TYPES = { variable: 'variable', local: 'local' } as const;

/**
 * The input variables (with their default, when they have one) and the local values of a configuration, as entries
 * addressed `var.<name>` and `local.<name>`: the checker follows them to tell a secret written in the configuration.
 */
function definitionsOfConfig(doc: any, file: string): TfResource[] {
  const out: TfResource[] = [];
  for (const [name, def] of namedEntries(doc?.variable)) {
    const body = Array.isArray(def) ? def[0] : def;
    const values = body !== null && typeof body === 'object' && 'default' in body ? { default: (body as any).default } : {};
    out.push({ file, address: `var.${name}`, type: DEFINITION_TYPES.variable, name, values });
  }
  for (const [name, value] of namedEntries(doc?.locals)) out.push({ file, address: `local.${name}`, type: DEFINITION_TYPES.local, name, values: { value } });
  return out;
}

/**
 * Resources of a Terraform JSON configuration (`resource.<type>.<name>` = object or list of objects), followed by its
 * input variables and local values ({@link DEFINITION_TYPES}).
 */
export function resourcesOfConfig(doc: any, file: string, lineFinder: (type: string, name: string) => number | undefined, comments?: ReadonlyMap<string, readonly RecordedAcknowledgement[]>): TfResource[] {
  const out: TfResource[] = [];
  const res = doc?.resource;
  if (!res || typeof res !== 'object') return definitionsOfConfig(doc, file);
  const entries = Array.isArray(res) ? res.flatMap((r) => Object.entries(r)) : Object.entries(res);
  // a shape Terraform refuses is reported as a problem of its block, never skipped as if it were clean
  for (const [type, byName] of entries) {
    const groups = Array.isArray(byName) ? byName : [byName];
    const bad = groups.find((g) => g === null || typeof g !== 'object' || Array.isArray(g));
    if (bad !== undefined) {
      out.push({ file, address: type, type, name: '', values: {}, line: lineFinder(type, ''), problem: `resource type ${type} is ${kindOf(bad ?? byName)}, not an object of named resource blocks` });
      continue;
    }
    // key by key, without an entry array per block: a configuration can hold a million blocks
    for (const group of groups as Record<string, unknown>[]) {
      for (const name of Object.keys(group)) {
        const body = group[name];
        const values = Array.isArray(body) ? body[0] : body;
        const problem = values === null || typeof values !== 'object' || Array.isArray(values) ? `the resource block is ${kindOf(Array.isArray(body) ? values : body)}, not an object of attributes` : undefined;
        const address = `${type}.${name}`;
        const commented = comments?.get(address);
        const written = problem ? [] : cdktfAcknowledgements(values as Record<string, unknown>);
        const acknowledgements = commented === undefined ? written : [...commented, ...written];
        const resource: { -readonly [K in keyof TfResource]: TfResource[K] } = { file, address, type, name, values: problem ? {} : (values as Record<string, unknown>), line: lineFinder(type, name) };
        if (problem) resource.problem = problem;
        if (acknowledgements.length > 0) resource.acknowledgements = acknowledgements;
        out.push(resource);
      }
    }
  }
  for (const d of definitionsOfConfig(doc, file)) out.push(d);
  return out;
}

/** How deep a plan value or module tree the checker follows; deeper input is refused with a message, not a crash. */
export const MAX_NESTING = 1000;

const tooDeep = (file: string, what: string) => new InputError(file, `${what} is nested deeper than ${MAX_NESTING} levels, more than azguard reads`);

/** Marks values that are unknown after apply (`after_unknown`) as expressions. */
function withUnknowns(after: any, unknown: any, file: string, address: string, depth = 0): any {
  if (depth > MAX_NESTING) throw tooDeep(file, `the planned value of ${address}`);
  if (unknown === true) return '${unknown}';
  if (Array.isArray(after)) return after.map((v, i) => withUnknowns(v, Array.isArray(unknown) ? unknown[i] : undefined, file, address, depth + 1));
  if (after && typeof after === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(after), ...Object.keys(unknown && typeof unknown === 'object' ? unknown : {})])) {
      out[k] = withUnknowns(after[k], unknown && typeof unknown === 'object' ? unknown[k] : undefined, file, address, depth + 1);
    }
    return out;
  }
  return after;
}

function configurationExpressions(plan: any, file: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (mod: any, prefix: string, depth = 0) => {
    if (depth > MAX_NESTING) throw tooDeep(file, 'the module tree of the configuration');
    for (const r of mod?.resources ?? []) {
      const attrs = new Set<string>();
      for (const [k, e] of Object.entries(r.expressions ?? {})) if (e && typeof e === 'object' && 'references' in (e as object)) attrs.add(k);
      out.set(prefix + r.address, attrs);
    }
    for (const [name, call] of Object.entries(mod?.module_calls ?? {})) walk((call as any).module, `${prefix}module.${name}.`, depth + 1);
  };
  walk(plan?.configuration?.root_module, '');
  return out;
}

/** Resources of `terraform show -json` plan output (`resource_changes`, else `planned_values`). */
export function resourcesOfPlan(plan: any, file: string): TfResource[] {
  const expressions = configurationExpressions(plan, file);
  const cfgAddress = (address: string) => address.replace(/\[[^\]]*\]/g, '');
  if (Array.isArray(plan.resource_changes)) {
    return plan.resource_changes
      .filter((rc: any) => rc.mode === 'managed' && rc.change && rc.change.after)
      .map((rc: any) => ({ file, address: rc.address, type: rc.type, name: rc.name, values: withUnknowns(rc.change.after, rc.change.after_unknown, file, String(rc.address)), expressionAttributes: expressions.get(cfgAddress(rc.address)) }));
  }
  const out: TfResource[] = [];
  const walk = (mod: any, depth = 0) => {
    if (depth > MAX_NESTING) throw tooDeep(file, 'the module tree of the planned values');
    for (const r of mod?.resources ?? []) if (r.mode === 'managed') out.push({ file, address: r.address, type: r.type, name: r.name, values: r.values ?? {}, expressionAttributes: expressions.get(cfgAddress(r.address)) });
    for (const c of mod?.child_modules ?? []) walk(c, depth + 1);
  };
  walk(plan?.planned_values?.root_module);
  return out;
}

export function isPlan(doc: any): boolean {
  return !!doc && typeof doc === 'object' && ('planned_values' in doc || 'resource_changes' in doc) && 'format_version' in doc;
}
