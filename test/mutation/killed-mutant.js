/**
 * The mutant a mutation run has already killed, shared by the fail-fast test environment and runner (both are loaded
 * once per test-runner process). Stryker names the active mutant in an environment variable.
 */
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
let killed;

module.exports = {
  /** Records that a test failed under the active mutant (outside a mutant run, nothing is recorded). */
  markKilled() {
    if (process.env[ACTIVE_MUTANT] !== undefined) killed = process.env[ACTIVE_MUTANT];
  },
  /** True when a mutant is active and a test has already failed under it. */
  isKilled() {
    const active = process.env[ACTIVE_MUTANT];
    return active !== undefined && active === killed;
  },
};
