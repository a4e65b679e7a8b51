import { ExpressionBuilder } from '../../constructs/rules';

/** Renders precondition expressions as plain strings, to test the rules without cdktf. */
export const STRING_EXPRESSIONS: ExpressionBuilder = {
  contains: (values, subject) => `contains([${values.join(',')}], ${String(subject)})`,
  lengthBetween: (subject, min, max) => `len(${String(subject)}) in ${min}..${max}`,
  matches: (subject, pattern) => `re(${pattern}, ${String(subject)})`,
  eq: (subject, literal) => `${String(subject)} == ${String(literal)}`,
  lengthAtLeast: (subject, min) => `len(${String(subject)}) >= ${min}`,
  utf8LengthAtMost: (subject, max) => `bytes(${String(subject)}) <= ${max}`,
  not: (a) => `!(${String(a)})`,
  and: (a, b) => `(${String(a)} && ${String(b)})`,
  or: (a, b) => `(${String(a)} || ${String(b)})`,
  ifNull: (subject, atNull, otherwise) => `(${String(subject)} == null ? ${atNull} : ${String(otherwise)})`,
};

/**
 * The same, reading only the branch Terraform takes for a value that is not null: for the tests of what a rule checks.
 * What each precondition does with null is proven by the null properties (holds-agrees-with-check).
 */
export const NON_NULL_STRING_EXPRESSIONS: ExpressionBuilder = { ...STRING_EXPRESSIONS, ifNull: (_subject, _atNull, otherwise) => String(otherwise) };
