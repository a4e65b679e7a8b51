"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_NESTING = exports.DEFINITION_TYPES = exports.isDefinition = exports.InputError = exports.kindOf = void 0;
exports.jsonResourceLines = jsonResourceLines;
exports.hclResourceLines = hclResourceLines;
exports.resourcesOfConfig = resourcesOfConfig;
exports.resourcesOfPlan = resourcesOfPlan;
exports.isPlan = isPlan;
const acknowledgements_1 = require("./acknowledgements");
/** What a JSON value is, for messages about shapes. */
const kindOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
exports.kindOf = kindOf;
const MAX_MESSAGE = 300;
/** A file that could not be read or parsed. */
class InputError extends Error {
    file;
    constructor(
    /** The file, or `-` for standard input. */
    file, message) {
        // one line, bounded: a parser's message about a binary file can be megabytes long
        const line = message.replace(/\s+/g, ' ');
        super(`${file}: ${line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line}`);
        this.file = file;
        this.name = 'InputError';
    }
}
exports.InputError = InputError;
/**
 * Lines of every `resource.<type>.<name>` key of a JSON configuration, in one pass over the text (a per-resource
 * search would be quadratic on large files). A key written twice in the same object (`resource`, a type or a name),
 * which `JSON.parse` silently resolves by keeping the last, is added to `duplicates` with the lines of each.
 */
function jsonResourceLines(text, duplicates) {
    const out = new Map();
    // containers: an object's key, an array's key; an object that is an array element adds no key of its own
    const stack = [];
    const repeated = (container, name, key, at) => {
        if (!container || !duplicates)
            return;
        container.seen ??= new Map();
        const first = container.seen.get(key);
        if (first === undefined)
            container.seen.set(key, at);
        else
            duplicates.set(name, [...(duplicates.get(name) ?? [first]), at]);
    };
    // the keys of the open containers, kept as they open and close: a key costs the same at any depth
    const path = [];
    let line = 1;
    let pendingKey;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            const startLine = line;
            let k = j + 1;
            while (k < text.length && /\s/.test(text[k])) {
                if (text[k] === '\n')
                    line++;
                k++;
            }
            if (text[k] === ':') {
                pendingKey = JSON.parse(text.slice(i, j + 1));
                const key = pendingKey;
                const top = stack[stack.length - 1];
                if (path.length === 2 && path[0] === 'resource') {
                    out.set(`${path[1]}.${key}`, startLine);
                    repeated(top, `${path[1]}.${key}`, key, startLine);
                }
                else if (path.length === 1 && path[0] === 'resource')
                    repeated(top, key, key, startLine);
                else if (stack.length === 1 && key === 'resource')
                    repeated(top, 'resource', key, startLine);
            }
            i = k - 1;
        }
        else if (c === '{') {
            const key = stack[stack.length - 1]?.array ? undefined : pendingKey;
            stack.push({ array: false, key });
            if (key !== undefined)
                path.push(key);
            pendingKey = undefined;
        }
        else if (c === '[') {
            stack.push({ array: true, key: pendingKey });
            if (pendingKey !== undefined)
                path.push(pendingKey);
            pendingKey = undefined;
        }
        else if (c === '}' || c === ']') {
            if (stack.pop()?.key !== undefined)
                path.pop();
        }
        else if (c === ',') {
            pendingKey = undefined;
        }
    }
    return out;
}
/** Lines of every `resource "<type>" "<name>"` block of an HCL file, in one pass. */
function hclResourceLines(text) {
    const out = new Map();
    const re = /^[ \t]*resource\s+"([^"]+)"\s+"([^"]+)"/gm;
    let lastIndex = 0;
    let line = 1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        for (let i = lastIndex; i < m.index; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        lastIndex = m.index;
        out.set(`${m[1]}.${m[2]}`, line);
    }
    return out;
}
/** The named entries of a top-level block in either syntax: an object, or a list of objects (HCL parsers). */
function namedEntries(v) {
    const groups = Array.isArray(v) ? v : [v];
    return groups.filter((g) => g !== null && typeof g === 'object' && !Array.isArray(g)).flatMap((g) => Object.entries(g));
}
/** Whether a resource of the checker's input is a module's input variable or local value rather than a resource. */
const isDefinition = (r) => r.type === exports.DEFINITION_TYPES.variable || r.type === exports.DEFINITION_TYPES.local;
exports.isDefinition = isDefinition;
/** The `type` of the input variables (`var.<name>`) and local values (`local.<name>`) the checker reads for secrets. */
exports.DEFINITION_TYPES = { variable: 'variable', local: 'local' };
/**
 * The input variables (with their default, when they have one) and the local values of a configuration, as entries
 * addressed `var.<name>` and `local.<name>`: the checker follows them to tell a secret written in the configuration.
 */
function definitionsOfConfig(doc, file) {
    const out = [];
    for (const [name, def] of namedEntries(doc?.variable)) {
        const body = Array.isArray(def) ? def[0] : def;
        const values = body !== null && typeof body === 'object' && 'default' in body ? { default: body.default } : {};
        out.push({ file, address: `var.${name}`, type: exports.DEFINITION_TYPES.variable, name, values });
    }
    for (const [name, value] of namedEntries(doc?.locals))
        out.push({ file, address: `local.${name}`, type: exports.DEFINITION_TYPES.local, name, values: { value } });
    return out;
}
/**
 * Resources of a Terraform JSON configuration (`resource.<type>.<name>` = object or list of objects), followed by its
 * input variables and local values ({@link DEFINITION_TYPES}).
 */
function resourcesOfConfig(doc, file, lineFinder, comments) {
    const out = [];
    const res = doc?.resource;
    if (!res || typeof res !== 'object')
        return definitionsOfConfig(doc, file);
    const entries = Array.isArray(res) ? res.flatMap((r) => Object.entries(r)) : Object.entries(res);
    // a shape Terraform refuses is reported as a problem of its block, never skipped as if it were clean
    for (const [type, byName] of entries) {
        const groups = Array.isArray(byName) ? byName : [byName];
        const bad = groups.find((g) => g === null || typeof g !== 'object' || Array.isArray(g));
        if (bad !== undefined) {
            out.push({ file, address: type, type, name: '', values: {}, line: lineFinder(type, ''), problem: `resource type ${type} is ${(0, exports.kindOf)(bad ?? byName)}, not an object of named resource blocks` });
            continue;
        }
        for (const [name, body] of groups.flatMap((g) => Object.entries(g))) {
            const values = Array.isArray(body) ? body[0] : body;
            const problem = values === null || typeof values !== 'object' || Array.isArray(values) ? `the resource block is ${(0, exports.kindOf)(Array.isArray(body) ? values : body)}, not an object of attributes` : undefined;
            const acknowledgements = [...(comments?.get(`${type}.${name}`) ?? []), ...(problem ? [] : (0, acknowledgements_1.cdktfAcknowledgements)(values))];
            out.push({ file, address: `${type}.${name}`, type, name, values: problem ? {} : values, line: lineFinder(type, name), ...(problem ? { problem } : {}), ...(acknowledgements.length > 0 ? { acknowledgements } : {}) });
        }
    }
    for (const d of definitionsOfConfig(doc, file))
        out.push(d);
    return out;
}
/** How deep a plan value or module tree the checker follows; deeper input is refused with a message, not a crash. */
exports.MAX_NESTING = 1000;
const tooDeep = (file, what) => new InputError(file, `${what} is nested deeper than ${exports.MAX_NESTING} levels, more than azguard reads`);
/** Marks values that are unknown after apply (`after_unknown`) as expressions. */
function withUnknowns(after, unknown, file, address, depth = 0) {
    if (depth > exports.MAX_NESTING)
        throw tooDeep(file, `the planned value of ${address}`);
    if (unknown === true)
        return '${unknown}';
    if (Array.isArray(after))
        return after.map((v, i) => withUnknowns(v, Array.isArray(unknown) ? unknown[i] : undefined, file, address, depth + 1));
    if (after && typeof after === 'object') {
        const out = {};
        for (const k of new Set([...Object.keys(after), ...Object.keys(unknown && typeof unknown === 'object' ? unknown : {})])) {
            out[k] = withUnknowns(after[k], unknown && typeof unknown === 'object' ? unknown[k] : undefined, file, address, depth + 1);
        }
        return out;
    }
    return after;
}
function configurationExpressions(plan, file) {
    const out = new Map();
    const walk = (mod, prefix, depth = 0) => {
        if (depth > exports.MAX_NESTING)
            throw tooDeep(file, 'the module tree of the configuration');
        for (const r of mod?.resources ?? []) {
            const attrs = new Set();
            for (const [k, e] of Object.entries(r.expressions ?? {}))
                if (e && typeof e === 'object' && 'references' in e)
                    attrs.add(k);
            out.set(prefix + r.address, attrs);
        }
        for (const [name, call] of Object.entries(mod?.module_calls ?? {}))
            walk(call.module, `${prefix}module.${name}.`, depth + 1);
    };
    walk(plan?.configuration?.root_module, '');
    return out;
}
/** Resources of `terraform show -json` plan output (`resource_changes`, else `planned_values`). */
function resourcesOfPlan(plan, file) {
    const expressions = configurationExpressions(plan, file);
    const cfgAddress = (address) => address.replace(/\[[^\]]*\]/g, '');
    if (Array.isArray(plan.resource_changes)) {
        return plan.resource_changes
            .filter((rc) => rc.mode === 'managed' && rc.change && rc.change.after)
            .map((rc) => ({ file, address: rc.address, type: rc.type, name: rc.name, values: withUnknowns(rc.change.after, rc.change.after_unknown, file, String(rc.address)), expressionAttributes: expressions.get(cfgAddress(rc.address)) }));
    }
    const out = [];
    const walk = (mod, depth = 0) => {
        if (depth > exports.MAX_NESTING)
            throw tooDeep(file, 'the module tree of the planned values');
        for (const r of mod?.resources ?? [])
            if (r.mode === 'managed')
                out.push({ file, address: r.address, type: r.type, name: r.name, values: r.values ?? {}, expressionAttributes: expressions.get(cfgAddress(r.address)) });
        for (const c of mod?.child_modules ?? [])
            walk(c, depth + 1);
    };
    walk(plan?.planned_values?.root_module);
    return out;
}
function isPlan(doc) {
    return !!doc && typeof doc === 'object' && ('planned_values' in doc || 'resource_changes' in doc) && 'format_version' in doc;
}
