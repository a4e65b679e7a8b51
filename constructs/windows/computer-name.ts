/** Characters a Windows computer name may not contain, besides white space and control characters. */
export const COMPUTER_NAME_FORBIDDEN = '~!@#$%^&*()=+_[]{}\\|;:.\'",<>/?';
export const COMPUTER_NAME_MAX = 15;

/** Reasons a Windows computer name is refused; empty when it is valid. */
export function computerNameProblems(name: string): string[] {
  const problems: string[] = [];
  const length = [...name].length;
  if (length < 1 || length > COMPUTER_NAME_MAX) problems.push(`it has ${length} characters (1 to ${COMPUTER_NAME_MAX} allowed)`);
  if (/^\d+$/.test(name)) problems.push('it is only digits');
  const bad = [...new Set([...name].filter((c) => COMPUTER_NAME_FORBIDDEN.includes(c) || /[\s\p{Cc}]/u.test(c)))];
  if (bad.length > 0) problems.push(`it contains ${bad.map((c) => JSON.stringify(c)).join(' ')}`);
  return problems;
}
