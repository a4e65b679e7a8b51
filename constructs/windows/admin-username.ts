/**
 * Windows administrator names as azurerm validates them (`validate/windows_admin_username.go` at v4.55.0): not blank,
 * at most 20 bytes, no trailing dot, and none of these names (compared exactly, case included).
 */
export const ADMIN_USERNAME_MAX = 20;

export const RESERVED_ADMIN_USERNAMES = [
  'administrator', 'admin', 'user', 'user1', 'test', 'user2', 'test1', 'user3', 'admin1', '1', '123', 'a', 'actuser', 'adm', 'admin2',
  'aspnet', 'backup', 'console', 'david', 'guest', 'john', 'owner', 'root', 'server', 'sql', 'support', 'support_388945a0', 'sys',
  'test2', 'test3', 'user4', 'user5',
] as const;

const UTF8 = new TextEncoder();

/** Reasons an administrator name is refused; empty when it is valid. */
export function adminUsernameProblems(name: string): string[] {
  if (name.trim() === '') return ['it is empty'];
  const problems: string[] = [];
  // azurerm counts bytes (Go's len), so a non-ASCII letter counts twice or more
  const bytes = UTF8.encode(name).length;
  if (bytes > ADMIN_USERNAME_MAX) problems.push(`it has ${bytes} ${bytes === name.length ? 'characters' : 'bytes'} (at most ${ADMIN_USERNAME_MAX})`);
  if (name.endsWith('.')) problems.push('it ends with a dot');
  if ((RESERVED_ADMIN_USERNAMES as readonly string[]).includes(name)) problems.push('it is a reserved name');
  return problems;
}

/** A trailing dot, as an RE2 pattern for a negated precondition. */
export const TRAILING_DOT_PATTERN = '\\.$';
/** A blank name, for a negated precondition. */
export const BLANK_PATTERN = '^\\s*$';
