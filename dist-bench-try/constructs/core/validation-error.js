"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ValidationError = void 0;
const rule_1 = require("./rule");
/**
 * Thrown at synth (construction) time with every error-severity violation of one construct, so that a
 * user fixes them all in one pass.
 */
class ValidationError extends Error {
    /** `INVALID_CONFIGURATION` for a construct's settings, `NO_MATCHING_IMAGE` for an image selection. */
    code;
    /** Every error of the construct (or selection), each with its rule, value, allowed values, fix and source. */
    violations;
    constructor(code, violations, headline) {
        const path = violations[0]?.path;
        const onePlace = violations.every((v) => v.path === path);
        const head = headline ?? `${violations.length} invalid setting${violations.length === 1 ? '' : 's'} in ${onePlace ? (path ?? 'construct') : 'several constructs'}`;
        // the path is said once in the headline when every violation is in the same construct
        super([head + ':', ...violations.map((v) => '  ' + (0, rule_1.formatViolation)(v, !(onePlace && headline === undefined)))].join('\n'));
        this.name = 'ValidationError';
        this.code = code;
        this.violations = violations;
    }
    /** The distinct rule ids of the violations, sorted. */
    get ruleIds() {
        return [...new Set(this.violations.map((v) => v.ruleId))].sort();
    }
}
exports.ValidationError = ValidationError;
