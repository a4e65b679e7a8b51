"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleSet = exports.CDKTF_EXPRESSIONS = void 0;
exports.checkProps = checkProps;
exports.warn = warn;
exports.applyRules = applyRules;
exports.lifecycleWith = lifecycleWith;
const cdktf_1 = require("cdktf");
const rule_1 = require("../../core/rule");
const construct_findings_1 = require("./construct-findings");
const prop_types_1 = require("../../core/prop-types");
const unknown_1 = require("../../core/unknown");
const validation_error_1 = require("../../core/validation-error");
const maybe_1 = require("./maybe");
/** A regular expression as an HCL string: a backslash must be doubled, or terraform reads `\d` as an escape and the check goes blind. */
const hclPattern = (pattern) => cdktf_1.Fn.rawString(pattern.replace(/\\/g, '\\\\'));
/**
 * A string that mixes tokens and literal text (`${prefix}-web01`) as `join("", [...])` of its parts: passed as is to a
 * Terraform function, cdktf writes a template inside the call and warns about escape sequences on every synth.
 */
function subjectOf(subject) {
    if (typeof subject !== 'string')
        return subject;
    const fragments = cdktf_1.Tokenization.reverseString(subject);
    if (fragments.length < 2)
        return subject;
    const parts = [];
    fragments.join({ join: (left, right) => (parts.length === 0 ? parts.push(left, right) : parts.push(right), parts) });
    return cdktf_1.Fn.join('', parts);
}
/** Builds precondition expressions with cdktf's Terraform functions. */
exports.CDKTF_EXPRESSIONS = {
    contains: (values, subject) => cdktf_1.Fn.contains([...values], subjectOf(subject)),
    lengthBetween: (subject, min, max) => cdktf_1.Op.and(cdktf_1.Op.gte(cdktf_1.Fn.lengthOf(subjectOf(subject)), min), cdktf_1.Op.lte(cdktf_1.Fn.lengthOf(subjectOf(subject)), max)),
    matches: (subject, pattern) => cdktf_1.Fn.can(cdktf_1.Fn.regex(hclPattern(pattern), subjectOf(subject))),
    // cdktf renders a `false` operand as `undefined`: compare booleans by the value itself
    eq: (subject, literal) => (literal === true ? subject : literal === false ? cdktf_1.Op.not(subject) : cdktf_1.Op.eq(subject, literal)),
    lengthAtLeast: (subject, min) => cdktf_1.Op.gte(cdktf_1.Fn.lengthOf(subject), min),
    // characters, plus one per character beyond U+007F, U+07FF and U+FFFF: the UTF-8 byte count
    utf8LengthAtMost: (subject, max) => {
        const s = subjectOf(subject);
        const beyond = (limit) => cdktf_1.Fn.lengthOf(cdktf_1.Fn.regexall(hclPattern(`[^\\x00-\\x{${limit}}]`), s));
        return cdktf_1.Op.lte(cdktf_1.Op.add(cdktf_1.Op.add(cdktf_1.Fn.lengthOf(s), beyond('7F')), cdktf_1.Op.add(beyond('7FF'), beyond('FFFF'))), max);
    },
    not: (a) => cdktf_1.Op.not(a),
    and: (a, b) => cdktf_1.Op.and(a, b),
    or: (a, b) => cdktf_1.Op.or(a, b),
};
/** Refuses props of the wrong shape (JavaScript callers, `as any`) before any rule reads them. */
function checkProps(scope, schema, props) {
    const problems = (0, prop_types_1.propProblems)(schema, props, maybe_1.isToken);
    if (problems.length === 0)
        return;
    const violations = (0, rule_1.evaluate)([prop_types_1.PROPS_TYPE, prop_types_1.PROPS_UNKNOWN], problems, scope.node.path);
    if (violations.length > 0)
        throw new validation_error_1.ValidationError('INVALID_CONFIGURATION', violations);
}
/** Reports a warning: said as a cdktf annotation at synth unless acknowledged, and kept for `checkStack`. */
function warn(scope, v) {
    (0, construct_findings_1.record)(scope, [v]);
}
/** A violation with the fix in the construct's words (props), where the rule gives one. */
function inConstructTerms(v) {
    if (v.constructFix === undefined)
        return v;
    const { constructFix, ...rest } = v;
    return { ...rest, fix: constructFix };
}
/** Pairs rules with their facts, type-checked. */
const ruleSet = (rules, facts) => ({ rules, facts });
exports.ruleSet = ruleSet;
/**
 * Runs the rules on a construct's facts (and any further rule sets): records every error (the app is refused at synth
 * with every invalid construct listed, unless an acknowledgement waives a policy) and every warning (said at synth),
 * and returns the preconditions for the rules whose input is only known at apply.
 */
function applyRules(scope, rules, facts, ...more) {
    const sets = [(0, exports.ruleSet)(rules, facts), ...more];
    // a construct's user reads props: the fix in their words, where a rule gives one
    const violations = sets.flatMap((set) => (0, rule_1.evaluate)(set.rules, set.facts, scope.node.path)).map(inConstructTerms);
    (0, construct_findings_1.record)(scope, violations);
    const out = [];
    for (const set of sets) {
        // with every fact known, no rule is undecided: nothing to say as a precondition or to report as not checked
        if (!(0, unknown_1.hasUnknown)(set.facts))
            continue;
        (0, construct_findings_1.record)(scope, (0, rule_1.notChecked)(set.rules, set.facts, scope.node.path));
        for (const p of (0, rule_1.preconditions)(set.rules, set.facts, exports.CDKTF_EXPRESSIONS))
            out.push({ condition: p.condition, errorMessage: p.errorMessage });
    }
    return out;
}
/** A resource's lifecycle with the construct's preconditions added to those it has (the user's, or earlier ones). */
function lifecycleWith(lifecycle, precondition) {
    if (precondition.length === 0)
        return lifecycle;
    return { ...lifecycle, precondition: [...(lifecycle?.precondition ?? []), ...precondition] };
}
