import { Annotations, Fn, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { evaluate, ExpressionBuilder, formatViolation, preconditions, Rule } from '../core/rule';
import { PROPS_TYPE, PROPS_UNKNOWN, PropSchema, propProblems } from '../core/prop-types';
import { ValidationError } from '../core/validation-error';
import { isToken } from './maybe';

/** Builds precondition expressions with cdktf's Terraform functions. */
export const CDKTF_EXPRESSIONS: ExpressionBuilder = {
  contains: (values, subject) => Fn.contains([...values], subject),
  lengthBetween: (subject, min, max) => Op.and(Op.gte(Fn.lengthOf(subject), min), Op.lte(Fn.lengthOf(subject), max)),
  matches: (subject, pattern) => Fn.can(Fn.regex(pattern, subject as string)),
};

/** Refuses props of the wrong shape (JavaScript callers, `as any`) before any rule reads them. */
export function checkProps(scope: Construct, schema: PropSchema, props: unknown): void {
  const problems = propProblems(schema, props, isToken);
  const violations = evaluate([PROPS_TYPE, PROPS_UNKNOWN], problems, scope.node.path);
  if (violations.length > 0) throw new ValidationError('INVALID_CONFIGURATION', violations);
}

/**
 * Runs the rules on a construct's facts: throws one {@link ValidationError} with every error, adds every warning as
 * an annotation, and returns the preconditions for the rules whose input is only known at apply.
 */
export function applyRules<F>(scope: Construct, rules: readonly Rule<F>[], facts: F): Precondition[] {
  const violations = evaluate(rules, facts, scope.node.path);
  const errors = violations.filter((v) => v.severity === 'error');
  if (errors.length > 0) throw new ValidationError('INVALID_CONFIGURATION', errors);
  for (const w of violations.filter((v) => v.severity === 'warning')) Annotations.of(scope).addWarning(formatViolation(w));
  return preconditions(rules, facts, CDKTF_EXPRESSIONS).map((p) => ({ condition: p.condition, errorMessage: p.errorMessage }));
}
