/** Characters a Windows computer name may not contain, besides white space and control characters. */
export const COMPUTER_NAME_FORBIDDEN = '~!@#$%^&*()=+_[]{}\\|;:.\'",<>/?';
export const COMPUTER_NAME_MAX = 15;

/** Reasons a Windows computer name is refused; empty when it is valid. */
export function computerNameProblems(name: string): string[] {
  const problems: string[] = [];
  const length = [...name].length;
  if (length < 1 || length > COMPUTER_NAME_MAX) problems.push(`it has ${length} characters (1 to ${COMPUTER_NAME_MAX} allowed)`);
  if (/^\d+$/.test(name)) problems.push('it is only digits');
  const bad = [...new Set([...name].filter((c) => COMPUTER_NAME_FORBIDDEN.includes(c) || /[\p{Z}\p{Cc}]/u.test(c)))];
  if (bad.length > 0) problems.push(`it contains ${bad.map((c) => JSON.stringify(c)).join(' ')}`);
  return problems;
}

/**
 * The same rule as anchored RE2 patterns for Terraform preconditions: 1-15 characters, none forbidden, no
 * separator or control character; and (second pattern, negated) not only digits.
 */
export const COMPUTER_NAME_PATTERN = '^[^~!@#$%^&*()=+_\\[\\]{}\\\\|;:.\'",<>/?\\p{Z}\\p{Cc}]{1,15}$';
export const DIGITS_ONLY_PATTERN = '^[0-9]+$';
