/**
 * Jest runner for mutation runs: runs the test files one at a time (Stryker runs jest in band) and stops once a test
 * has failed under the active mutant, instead of loading every remaining file for a mutant already killed.
 */
const TestRunner = require('jest-runner').default;
const { isKilled } = require('./killed-mutant');

class FailFastRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (!options.serial) return super.runTests(tests, watcher, options);
    for (const test of tests) {
      if (isKilled()) return;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = FailFastRunner;
