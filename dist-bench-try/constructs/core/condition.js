"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.implies = exports.isUndecided = exports.Undecided = void 0;
exports.eq = eq;
exports.oneOf = oneOf;
exports.matches = matches;
exports.lengthAtLeast = lengthAtLeast;
exports.utf8LengthAtMost = utf8LengthAtMost;
exports.not = not;
exports.and = and;
exports.or = or;
exports.truthy = truthy;
const unknown_1 = require("./unknown");
/** A condition known only at apply: it builds the Terraform expression that checks it. */
class Undecided {
    build;
    constructor(
    /** Builds the condition as a Terraform expression. */
    build) {
        this.build = build;
    }
}
exports.Undecided = Undecided;
const isUndecided = (c) => c instanceof Undecided;
exports.isUndecided = isUndecided;
const expr = (v) => ((0, unknown_1.isUnknown)(v) ? v.expression : v);
/** `v == literal` */
function eq(v, literal) {
    return (0, unknown_1.isUnknown)(v) ? new Undecided((x) => x.eq(v.expression, literal)) : v === literal;
}
/** `contains(values, v)` */
function oneOf(v, values) {
    return (0, unknown_1.isUnknown)(v) ? new Undecided((x) => x.contains(values, v.expression)) : values.includes(v);
}
/** `can(regex(pattern, v))`, the pattern anchored by the caller. */
function matches(v, pattern, known) {
    return (0, unknown_1.isUnknown)(v) ? new Undecided((x) => x.matches(v.expression, pattern)) : typeof v === 'string' && known(v);
}
/** `length(list) >= min`: the facts hold the length when the list is known, else the list's token. */
function lengthAtLeast(length, min) {
    return (0, unknown_1.isUnknown)(length) ? new Undecided((x) => x.lengthAtLeast(length.expression, min)) : length >= min;
}
/** The UTF-8 length of a string is at most `max`. */
function utf8LengthAtMost(v, max) {
    return (0, unknown_1.isUnknown)(v) ? new Undecided((x) => x.utf8LengthAtMost(v.expression, max)) : typeof v === 'string' && new TextEncoder().encode(v).length <= max;
}
function not(c) {
    return (0, exports.isUndecided)(c) ? new Undecided((x) => x.not(c.build(x))) : !c;
}
function and(...cs) {
    if (cs.some((c) => c === false))
        return false;
    const open = cs.filter(exports.isUndecided);
    if (open.length === 0)
        return true;
    return open.reduce((a, b) => new Undecided((x) => x.and(a.build(x), b.build(x))));
}
function or(...cs) {
    if (cs.some((c) => c === true))
        return true;
    const open = cs.filter(exports.isUndecided);
    if (open.length === 0)
        return false;
    return open.reduce((a, b) => new Undecided((x) => x.or(a.build(x), b.build(x))));
}
const implies = (a, b) => or(not(a), b);
exports.implies = implies;
/** A raw expression (for a boolean value that is itself a token). */
function truthy(v) {
    return (0, unknown_1.isUnknown)(v) ? new Undecided((x) => x.eq(expr(v), true)) : v === true;
}
