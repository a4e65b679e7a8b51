/** One resource of a Terraform configuration or plan, as the checker reads it. */
export interface TfResource {
  readonly file: string;
  /** `type.name`, with a module path prefix for plans. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** Attribute values (literal or `${...}` expressions). */
  readonly values: Record<string, unknown>;
  /** 1-based line of the resource in its file, when it can be found. */
  readonly line?: number;
  /** For plans: attributes whose configuration is an expression (their planned values may look literal). */
  readonly expressionAttributes?: ReadonlySet<string>;
}

/** A file that could not be read or parsed. */
export class InputError extends Error {
  constructor(
    public readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
  }
}

function lineOf(text: string, index: number): number | undefined {
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/** Line of `"name"` after `"type"` in JSON text. */
export function jsonLine(text: string, type: string, name: string): number | undefined {
  const t = text.indexOf(JSON.stringify(type));
  if (t < 0) return undefined;
  return lineOf(text, text.indexOf(JSON.stringify(name) + ':', t) >= 0 ? text.indexOf(JSON.stringify(name) + ':', t) : text.indexOf(JSON.stringify(name), t));
}

/** Line of `resource "type" "name"` in HCL text. */
export function hclLine(text: string, type: string, name: string): number | undefined {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`resource\\s+"${esc(type)}"\\s+"${esc(name)}"`).exec(text);
  return m ? lineOf(text, m.index) : undefined;
}

/** Resources of a Terraform JSON configuration (`resource.<type>.<name>` = object or list of objects). */
export function resourcesOfConfig(doc: any, file: string, lineFinder: (type: string, name: string) => number | undefined): TfResource[] {
  const out: TfResource[] = [];
  const res = doc?.resource;
  if (!res || typeof res !== 'object') return out;
  const entries = Array.isArray(res) ? res.flatMap((r) => Object.entries(r)) : Object.entries(res);
  for (const [type, byName] of entries) {
    if (!byName || typeof byName !== 'object') continue;
    const named = Array.isArray(byName) ? byName.flatMap((b) => Object.entries(b)) : Object.entries(byName as object);
    for (const [name, body] of named) {
      const values = Array.isArray(body) ? (body[0] ?? {}) : (body ?? {});
      if (typeof values !== 'object') continue;
      out.push({ file, address: `${type}.${name}`, type, name, values: values as Record<string, unknown>, line: lineFinder(type, name) });
    }
  }
  return out;
}

/** Marks values that are unknown after apply (`after_unknown`) as expressions. */
function withUnknowns(after: any, unknown: any): any {
  if (unknown === true) return '${unknown}';
  if (Array.isArray(after)) return after.map((v, i) => withUnknowns(v, Array.isArray(unknown) ? unknown[i] : undefined));
  if (after && typeof after === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(after), ...Object.keys(unknown && typeof unknown === 'object' ? unknown : {})])) {
      out[k] = withUnknowns(after[k], unknown && typeof unknown === 'object' ? unknown[k] : undefined);
    }
    return out;
  }
  return after;
}

function configurationExpressions(plan: any): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (mod: any, prefix: string) => {
    for (const r of mod?.resources ?? []) {
      const attrs = new Set<string>();
      for (const [k, e] of Object.entries(r.expressions ?? {})) if (e && typeof e === 'object' && 'references' in (e as object)) attrs.add(k);
      out.set(prefix + r.address, attrs);
    }
    for (const [name, call] of Object.entries(mod?.module_calls ?? {})) walk((call as any).module, `${prefix}module.${name}.`);
  };
  walk(plan?.configuration?.root_module, '');
  return out;
}

/** Resources of `terraform show -json` plan output (`resource_changes`, else `planned_values`). */
export function resourcesOfPlan(plan: any, file: string): TfResource[] {
  const expressions = configurationExpressions(plan);
  const cfgAddress = (address: string) => address.replace(/\[[^\]]*\]/g, '');
  if (Array.isArray(plan.resource_changes)) {
    return plan.resource_changes
      .filter((rc: any) => rc.mode === 'managed' && rc.change && rc.change.after)
      .map((rc: any) => ({ file, address: rc.address, type: rc.type, name: rc.name, values: withUnknowns(rc.change.after, rc.change.after_unknown), expressionAttributes: expressions.get(cfgAddress(rc.address)) }));
  }
  const out: TfResource[] = [];
  const walk = (mod: any) => {
    for (const r of mod?.resources ?? []) if (r.mode === 'managed') out.push({ file, address: r.address, type: r.type, name: r.name, values: r.values ?? {}, expressionAttributes: expressions.get(cfgAddress(r.address)) });
    for (const c of mod?.child_modules ?? []) walk(c);
  };
  walk(plan?.planned_values?.root_module);
  return out;
}

export function isPlan(doc: any): boolean {
  return !!doc && typeof doc === 'object' && ('planned_values' in doc || 'resource_changes' in doc) && 'format_version' in doc;
}
