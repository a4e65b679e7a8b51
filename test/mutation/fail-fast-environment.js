/**
 * Node test environment for mutation runs: once a test fails while a mutant is active, the mutant is killed, so the
 * remaining tests of that file are skipped (the fail-fast runner skips the remaining files). Stryker's jest runner
 * cannot bail, and a mutant in module-level data otherwise re-runs every test.
 */
const { TestEnvironment } = require('jest-environment-node');
const { isKilled, markKilled } = require('./killed-mutant');

class FailFastEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    await super.handleTestEvent?.(event, state);
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') markKilled();
    else if (event.name === 'test_start' && isKilled()) event.test.mode = 'skip';
  }
}

module.exports = FailFastEnvironment;
