import { Fn, Op, Precondition, TerraformResourceLifecycle, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { evaluate, ExpressionBuilder, notChecked, preconditions, Rule, Violation } from '../../core/rule';
import { record } from './construct-findings';
import { PROPS_TYPE, PROPS_UNKNOWN, PropSchema, propProblems } from '../../core/prop-types';
import { hasUnknown } from '../../core/unknown';
import { ValidationError } from '../../core/validation-error';
import { isToken } from './maybe';

/** A regular expression as an HCL string: a backslash must be doubled, or terraform reads `\d` as an escape and the check goes blind. */
const hclPattern = (pattern: string) => Fn.rawString(pattern.replace(/\\/g, '\\\\'));

/**
 * A string that mixes tokens and literal text (`${prefix}-web01`) as `join("", [...])` of its parts: passed as is to a
 * Terraform function, cdktf writes a template inside the call and warns about escape sequences on every synth.
 */
function subjectOf(subject: unknown): unknown {
  if (typeof subject !== 'string') return subject;
  const fragments = Tokenization.reverseString(subject);
  if (fragments.length < 2) return subject;
  const parts: unknown[] = [];
  fragments.join({ join: (left: unknown, right: unknown) => (parts.length === 0 ? parts.push(left, right) : parts.push(right), parts) });
  return Fn.join('', parts as string[]);
}

/** Builds precondition expressions with cdktf's Terraform functions. */
export const CDKTF_EXPRESSIONS: ExpressionBuilder = {
  contains: (values, subject) => Fn.contains([...values], subjectOf(subject)),
  lengthBetween: (subject, min, max) => Op.and(Op.gte(Fn.lengthOf(subjectOf(subject)), min), Op.lte(Fn.lengthOf(subjectOf(subject)), max)),
  matches: (subject, pattern) => Fn.can(Fn.regex(hclPattern(pattern), subjectOf(subject) as string)),
  // cdktf renders a `false` operand as `undefined`: compare booleans by the value itself
  eq: (subject, literal) => (literal === true ? subject : literal === false ? Op.not(subject) : Op.eq(subject, literal)),
  lengthAtLeast: (subject, min) => Op.gte(Fn.lengthOf(subject), min),
  // characters, plus one per character beyond U+007F, U+07FF and U+FFFF: the UTF-8 byte count
  utf8LengthAtMost: (subject, max) => {
    const s = subjectOf(subject);
    const beyond = (limit: string) => Fn.lengthOf(Fn.regexall(hclPattern(`[^\\x00-\\x{${limit}}]`), s as string));
    return Op.lte(Op.add(Op.add(Fn.lengthOf(s), beyond('7F')), Op.add(beyond('7FF'), beyond('FFFF'))), max);
  },
  not: (a) => Op.not(a),
  and: (a, b) => Op.and(a, b),
  or: (a, b) => Op.or(a, b),
  // a template with literal text is never null (a null part fails the attribute itself)
  // cdktf writes a conditional without parentheses: tobool() keeps it one operand of the operators around it
  ifNull: (subject, atNull, otherwise) => (subjectOf(subject) !== subject ? otherwise : Fn.tobool(Fn.conditional(Op.eq(subject, Token.nullValue()), atNull, otherwise))),
};

/** Refuses props of the wrong shape (JavaScript callers, `as any`) before any rule reads them. */
export function checkProps(scope: Construct, schema: PropSchema, props: unknown): void {
  const problems = propProblems(schema, props, isToken);
  if (problems.length === 0) return;
  const violations = evaluate([PROPS_TYPE, PROPS_UNKNOWN], problems, scope.node.path);
  if (violations.length > 0) throw new ValidationError('INVALID_CONFIGURATION', violations);
}

/** Reports a warning: said as a cdktf annotation at synth unless acknowledged, and kept for `checkStack`. */
export function warn(scope: Construct, v: Violation): void {
  record(scope, [v]);
}

/** A violation with the fix in the construct's words (props), where the rule gives one. */
function inConstructTerms(v: Violation): Violation {
  if (v.constructFix === undefined) return v;
  const { constructFix, ...rest } = v;
  return { ...rest, fix: constructFix };
}

/** Rules and the facts they read, for {@link applyRules}. */
export interface RuleSet {
  readonly rules: readonly Rule<any>[];
  readonly facts: unknown;
}

/** Pairs rules with their facts, type-checked. */
export const ruleSet = <F>(rules: readonly Rule<F>[], facts: F): RuleSet => ({ rules, facts });

/**
 * Runs the rules on a construct's facts (and any further rule sets): records every error (the app is refused at synth
 * with every invalid construct listed, unless an acknowledgement waives a policy) and every warning (said at synth),
 * and returns the preconditions for the rules whose input is only known at apply.
 */
export function applyRules<F>(scope: Construct, rules: readonly Rule<F>[], facts: F, ...more: RuleSet[]): Precondition[] {
  const sets = [ruleSet(rules, facts), ...more];
  // the path is built from the scopes on every read
  const path = scope.node.path;
  // a construct's user reads props: the fix in their words, where a rule gives one
  const violations = sets.flatMap((set) => evaluate(set.rules, set.facts, path)).map(inConstructTerms);
  record(scope, violations);
  const out: Precondition[] = [];
  for (const set of sets) {
    // with every fact known, no rule is undecided: nothing to say as a precondition or to report as not checked
    if (!hasUnknown(set.facts)) continue;
    record(scope, notChecked(set.rules, set.facts, path));
    for (const p of preconditions(set.rules, set.facts, CDKTF_EXPRESSIONS)) out.push({ condition: p.condition, errorMessage: p.errorMessage });
  }
  return out;
}

/** A resource's lifecycle with the construct's preconditions added to those it has (the user's, or earlier ones). */
export function lifecycleWith(lifecycle: TerraformResourceLifecycle | undefined, precondition: NonNullable<TerraformResourceLifecycle['precondition']>): TerraformResourceLifecycle | undefined {
  if (precondition.length === 0) return lifecycle;
  return { ...lifecycle, precondition: [...(lifecycle?.precondition ?? []), ...precondition] };
}
