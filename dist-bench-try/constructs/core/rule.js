"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listInputs = listInputs;
exports.findingIf = findingIf;
exports.evaluate = evaluate;
exports.preconditions = preconditions;
exports.notChecked = notChecked;
exports.show = show;
exports.formatViolation = formatViolation;
const condition_1 = require("./condition");
const unknown_1 = require("./unknown");
/** The entries of a known list as `name[i]` inputs, so that an unknown entry is reported by its index. */
function listInputs(name, list) {
    return (0, unknown_1.isUnknown)(list) ? {} : Object.fromEntries(list.map((v, i) => [`${name}[${i}]`, v]));
}
/** The result of a check that finds nothing, shared: most checks of most constructs find nothing. */
const NO_FINDINGS = Object.freeze([]);
/** One finding when the condition holds, none otherwise: the shape of most checks. */
function findingIf(condition, finding) {
    return condition ? [finding()] : NO_FINDINGS;
}
/** Runs the rules on the facts of one place (a construct path or a Terraform address): every finding, with its rule. */
function evaluate(rules, facts, path) {
    const out = [];
    for (const rule of rules) {
        for (const finding of rule.check(facts)) {
            out.push({ ...finding, ruleId: rule.id, severity: rule.severity, source: rule.source, path });
        }
    }
    return out;
}
/** Preconditions for the rules whose condition is undecided at synth. */
function preconditions(rules, facts, x) {
    const out = [];
    for (const rule of rules) {
        const c = rule.holds?.(facts);
        if (c !== undefined && (0, condition_1.isUndecided)(c))
            out.push({ condition: c.build(x), errorMessage: `[${rule.id}] ${rule.title}.` });
    }
    return out;
}
/** Warnings for the rules that read an unknown input and cannot say it as a precondition. */
function notChecked(rules, facts, path) {
    const out = [];
    for (const rule of rules) {
        if (rule.holds || !rule.inputs)
            continue;
        const unknown = Object.entries(rule.inputs(facts)).filter(([, v]) => (0, unknown_1.isUnknown)(v)).map(([k]) => k);
        if (unknown.length === 0)
            continue;
        out.push({
            ruleId: rule.id,
            severity: 'warning',
            source: rule.source,
            path,
            attribute: unknown.join(', '),
            message: `could not be checked at synth: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} known only at apply (${rule.title})`,
            fix: `make sure the values at apply satisfy: ${rule.title}`,
        });
    }
    return out;
}
/** Renders a known value for a message; unknown values are never guessed. */
function show(value) {
    if (value === undefined)
        return 'unset';
    if (typeof value === 'string')
        return `'${value.length > 200 ? value.slice(0, 200) + '…' : value}'`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return 'an unknown value';
    return String(value);
}
/**
 * One line for a violation: id, path, message, allowed values, fix and source. Without the path where the reader
 * already sees it (a cdktf annotation is printed with its construct path; an error names its construct once).
 */
function formatViolation(v, withPath = true) {
    const parts = [withPath ? `[${v.ruleId}] ${v.path}: ${v.message}` : `[${v.ruleId}] ${v.message}`];
    if (v.allowed && v.allowed.length > 0)
        parts.push(`allowed: ${v.allowed.map((a) => `'${a}'`).join(', ')}`);
    parts.push(`fix: ${v.fix}`);
    parts.push(`source: ${v.source}`);
    return parts.join('; ');
}
