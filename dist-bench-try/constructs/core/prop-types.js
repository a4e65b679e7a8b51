"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROPS_UNKNOWN = exports.PROPS_TYPE = void 0;
exports.propProblems = propProblems;
const describe = (v, secret) => {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'number' && !Number.isFinite(v))
        return String(v);
    if (typeof v === 'object')
        return 'an object';
    if (secret)
        return `a ${typeof v}`;
    const s = typeof v === 'string' ? `'${v.length > 40 ? v.slice(0, 40) + '…' : v}'` : String(v);
    return `${typeof v} ${s}`;
};
const typeName = (t) => typeof t === 'string'
    ? t === 'string-map' ? 'a map of strings' : t === 'string[]' ? 'a list of strings' : `a ${t}`
    : 'enum' in t ? `one of ${t.enum.map((e) => `'${e}'`).join(', ')}` : 'object' in t ? 'an object' : 'array' in t ? 'a list of objects' : `a ${t.name}`;
const numberName = (spec) => `a${spec.integer ? ' whole' : ''} number${spec.min !== undefined ? ` from ${spec.min}` : ''}${spec.max !== undefined ? ` to ${spec.max}` : ''}`;
function levenshtein(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
}
function wrongType(out, name, spec, v) {
    out.push({ prop: name, kind: 'type', message: `prop '${name}' must be ${typeName(spec.type)}, got ${describe(v, !!spec.secret)}`, fix: `pass ${typeName(spec.type)}` });
}
/**
 * Problems of a props object against its schema. Tokens (`isToken`) are accepted wherever a scalar or a list is
 * expected. Own keys only: `__proto__` or `constructor` given as data are reported as unknown props, never followed.
 */
function propProblems(schema, props, isToken, path = '') {
    if (props === null || typeof props !== 'object' || Array.isArray(props)) {
        return [{ prop: path || 'props', kind: 'type', message: `${path || 'props'} must be an object, got ${describe(props, false)}`, fix: 'pass an object' }];
    }
    const out = [];
    // a key set to undefined is the same as an absent key
    for (const key of Object.keys(props)) {
        if (props[key] !== undefined && !Object.prototype.hasOwnProperty.call(schema, key)) {
            const near = Object.keys(schema).find((k) => levenshtein(k.toLowerCase(), key.toLowerCase()) <= 2);
            out.push({ prop: path + key, kind: 'unknown', message: `unknown prop '${path + key}'${near ? ` (did you mean '${near}'?)` : ''}`, fix: near ? `rename it to '${near}'` : 'remove it' });
        }
    }
    for (const key in schema) {
        const spec = schema[key];
        const name = path + key;
        const v = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
        if (v === undefined) {
            if (spec.required)
                out.push({ prop: name, kind: 'type', message: `prop '${name}' is required`, fix: `set ${name} (${typeName(spec.type)})` });
            continue;
        }
        const t = spec.type;
        if (isToken(v) && (typeof t === 'string' || 'enum' in t))
            continue;
        if (t === 'string')
            typeof v === 'string' || wrongType(out, name, spec, v);
        else if (t === 'number') {
            const ok = typeof v === 'number' && Number.isFinite(v) && (!spec.integer || Number.isInteger(v)) && (spec.min === undefined || v >= spec.min) && (spec.max === undefined || v <= spec.max);
            if (!ok)
                out.push({ prop: name, kind: 'type', message: `prop '${name}' must be ${numberName(spec)}, got ${describe(v, !!spec.secret)}`, fix: `pass ${numberName(spec)}` });
        }
        else if (t === 'boolean')
            typeof v === 'boolean' || wrongType(out, name, spec, v);
        else if (t === 'string[]')
            (Array.isArray(v) && v.every((x) => typeof x === 'string')) || wrongType(out, name, spec, v);
        else if (t === 'string-map')
            (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')) || wrongType(out, name, spec, v);
        else if ('enum' in t)
            (typeof v === 'string' && t.enum.includes(v)) || wrongType(out, name, spec, v);
        else if ('object' in t) {
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                wrongType(out, name, spec, v);
            else {
                out.push(...propProblems(t.object, v, isToken, `${name}.`));
                const given = (t.exactlyOneOf ?? []).filter((k) => v[k] !== undefined);
                if (t.exactlyOneOf && given.length !== 1) {
                    out.push({ prop: name, kind: 'type', message: `prop '${name}' takes exactly one of ${t.exactlyOneOf.map((k) => `'${k}'`).join(', ')}, got ${given.length}`, fix: `set one of ${t.exactlyOneOf.join(', ')}` });
                }
            }
        }
        else if ('array' in t) {
            if (!Array.isArray(v))
                wrongType(out, name, spec, v);
            else
                v.forEach((item, i) => out.push(...propProblems(t.array, item, isToken, `${name}[${i}].`)));
        }
        else if ('is' in t) {
            if (!t.is(v))
                wrongType(out, name, spec, v);
        }
        else if (!(v instanceof t.instance))
            wrongType(out, name, spec, v);
    }
    return out;
}
/** Rules that report prop problems, so that they have ids, sources and docs like every other rule. */
exports.PROPS_TYPE = {
    id: 'PROPS-TYPE',
    severity: 'error',
    title: 'props have the documented types',
    source: "this library's construct API (TypeScript types), checked at run time for JavaScript callers",
    doc: 'A prop of the wrong type, a missing required prop, NaN or Infinity are refused before any other rule runs.',
    check: (problems) => problems.filter((p) => p.kind === 'type').map((p) => ({ attribute: p.prop, message: p.message, fix: p.fix })),
};
exports.PROPS_UNKNOWN = {
    id: 'PROPS-UNKNOWN',
    severity: 'error',
    title: 'no unknown props',
    source: "this library's construct API",
    doc: 'An unknown prop is usually a typo of a known one; it would otherwise be silently ignored.',
    check: (problems) => problems.filter((p) => p.kind === 'unknown').map((p) => ({ attribute: p.prop, message: p.message, fix: p.fix })),
};
