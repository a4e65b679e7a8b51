"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Unknown = void 0;
exports.isUnknown = isUnknown;
exports.isKnown = isKnown;
exports.hasUnknown = hasUnknown;
/**
 * A value that is not known until apply (a Terraform reference, variable or function call).
 * Rules never guess such a value: they skip it, and may express themselves as a Terraform precondition instead.
 */
class Unknown {
    expression;
    /** @param expression the original token, kept so that a precondition can refer to it. */
    constructor(
    /** The token or Terraform expression. */
    expression) {
        this.expression = expression;
    }
}
exports.Unknown = Unknown;
/** True for a value known only at apply. */
function isUnknown(value) {
    return value instanceof Unknown;
}
/** True for a value known at synth. */
function isKnown(value) {
    return !(value instanceof Unknown);
}
/** True when a fact, or anything inside an object or list of facts, is {@link Unknown}. */
function hasUnknown(value) {
    if (value instanceof Unknown)
        return true;
    if (value === null || typeof value !== 'object')
        return false;
    return (Array.isArray(value) ? value : Object.values(value)).some(hasUnknown);
}
