/**
 * The facts-level tests that pin the rules, catalogs and the checker's extraction down, for mutation testing
 * (`npm run mutate`). The tests that synthesize stacks are left out: the mutated files need no stack, and a stack
 * synthesis per mutant costs seconds.
 */
const base = require('./jest.config');
module.exports = {
  ...base,
  testSequencer: '<rootDir>/test/mutation/fast-first-sequencer.js',
  testEnvironment: require.resolve('./test/mutation/fail-fast-environment.js'),
  runner: require.resolve('./test/mutation/fail-fast-runner.js'),
  testMatch: [
    '**/test/rules/**/*.test.ts',
    '**/test/windows/*.test.ts',
    '**/test/azure-local/*.test.ts',
    '**/test/network/*.test.ts',
    '**/test/checker/*.test.ts',
    '**/test/docs/readme.test.ts',
  ],
};
