"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BLANK_PATTERN = exports.TRAILING_DOT_PATTERN = exports.RESERVED_ADMIN_USERNAMES = exports.ADMIN_USERNAME_MAX = void 0;
exports.adminUsernameProblems = adminUsernameProblems;
/**
 * Windows administrator names as azurerm validates them (`validate/windows_admin_username.go` at v4.55.0): not blank,
 * at most 20 bytes, no trailing dot, and none of these names (compared exactly, case included).
 */
exports.ADMIN_USERNAME_MAX = 20;
exports.RESERVED_ADMIN_USERNAMES = [
    'administrator', 'admin', 'user', 'user1', 'test', 'user2', 'test1', 'user3', 'admin1', '1', '123', 'a', 'actuser', 'adm', 'admin2',
    'aspnet', 'backup', 'console', 'david', 'guest', 'john', 'owner', 'root', 'server', 'sql', 'support', 'support_388945a0', 'sys',
    'test2', 'test3', 'user4', 'user5',
];
/** Reasons an administrator name is refused; empty when it is valid. */
function adminUsernameProblems(name) {
    if (name.trim() === '')
        return ['it is empty'];
    const problems = [];
    // azurerm counts bytes (Go's len), so a non-ASCII letter counts twice or more
    const bytes = new TextEncoder().encode(name).length;
    if (bytes > exports.ADMIN_USERNAME_MAX)
        problems.push(`it has ${bytes} ${bytes === name.length ? 'characters' : 'bytes'} (at most ${exports.ADMIN_USERNAME_MAX})`);
    if (name.endsWith('.'))
        problems.push('it ends with a dot');
    if (exports.RESERVED_ADMIN_USERNAMES.includes(name))
        problems.push('it is a reserved name');
    return problems;
}
/** A trailing dot, as an RE2 pattern for a negated precondition. */
exports.TRAILING_DOT_PATTERN = '\\.$';
/** A blank name, for a negated precondition. */
exports.BLANK_PATTERN = '^\\s*$';
