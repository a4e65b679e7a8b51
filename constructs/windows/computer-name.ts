/**
 * Windows computer names as azurerm validates them (`validate/windows_computer_name.go` at v4.55.0): ASCII letters,
 * digits and dashes, not only digits; a full name has at most 15 characters and does not end with a dash, a scale
 * set's prefix has at most 9 and may end with one.
 */
export const COMPUTER_NAME_MAX = 15;
export const COMPUTER_NAME_PREFIX_MAX = 9;

/** A full computer name (VM) or the prefix of a scale set's instance names. */
export type ComputerNameKind = 'full' | 'prefix';

const maxOf = (kind: ComputerNameKind) => (kind === 'prefix' ? COMPUTER_NAME_PREFIX_MAX : COMPUTER_NAME_MAX);

const ALPHABET = /^[a-zA-Z0-9-]*$/;

/**
 * A name's length in characters as a person counts them (code points), and what it holds outside azurerm's alphabet
 * (ASCII letters, digits, dash), each character named once. A name within the alphabet is read in one match.
 */
function readName(text: string): { length: number; alphabetProblems: string[] } {
  if (ALPHABET.test(text)) return { length: text.length, alphabetProblems: [] };
  const characters = [...text];
  const bad = [...new Set(characters.filter((c) => !/^[a-zA-Z0-9-]$/.test(c)))];
  return { length: characters.length, alphabetProblems: [`it contains ${bad.map((c) => JSON.stringify(c)).join(' ')}`] };
}

/** Reasons a Windows computer name (or prefix) is refused; empty when it is valid. */
export function computerNameProblems(name: string, kind: ComputerNameKind = 'full'): string[] {
  const max = maxOf(kind);
  const problems: string[] = [];
  const { length, alphabetProblems } = readName(name);
  if (length < 1 || length > max) problems.push(`it has ${length} characters (1 to ${max} allowed)`);
  if (/^\d+$/.test(name)) problems.push('it is only digits');
  problems.push(...alphabetProblems);
  if (kind === 'full' && name.endsWith('-')) problems.push('it ends with a dash');
  return problems;
}

/**
 * The characters of a string written outside its interpolations (`${...}`, cdktf tokens included), or undefined when
 * it is not a template or holds a directive or an escape that this reading does not follow. Only these characters are certain:
 * they give a lower bound on the length and characters the value will certainly contain.
 */
export function templateLiterals(template: string): { text: string; endsWithLiteral: boolean } | undefined {
  if (!template.includes('${') || /%\{|\$\$\{/.test(template)) return undefined;
  let text = '';
  let depth = 0;
  let inString = false;
  let last = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (depth === 0) {
      if (c === '$' && template[i + 1] === '{') {
        depth = 1;
        i++;
        last = 'expr';
        continue;
      }
      text += c;
      last = 'literal';
      continue;
    }
    // inside an interpolation: skip to its closing brace, strings and nested braces included
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  if (depth !== 0) return undefined;
  return { text, endsWithLiteral: last === 'literal' };
}

/**
 * Reasons an interpolated computer name can never be valid, whatever its unknown parts: its literal characters
 * alone exceed the limit, include a character outside the alphabet, or end a full name with a dash.
 */
export function computerNameTemplateProblems(template: string, kind: ComputerNameKind = 'full'): string[] {
  const parts = templateLiterals(template);
  if (!parts) return [];
  const max = maxOf(kind);
  const problems: string[] = [];
  const { length, alphabetProblems } = readName(parts.text);
  if (length > max) problems.push(`its literal parts alone have ${length} characters (at most ${max} allowed)`);
  problems.push(...alphabetProblems);
  if (kind === 'full' && parts.endsWithLiteral && parts.text.endsWith('-')) problems.push('it ends with a dash');
  return problems;
}

/**
 * The same rule as anchored RE2 patterns for Terraform preconditions; the second pattern (negated) refuses a name of
 * digits only.
 */
export const COMPUTER_NAME_PATTERN = '^[a-zA-Z0-9-]{0,14}[a-zA-Z0-9]$';
export const COMPUTER_NAME_PREFIX_PATTERN = '^[a-zA-Z0-9-]{1,9}$';
export const DIGITS_ONLY_PATTERN = '^[0-9]+$';
