/** Tests are transpiled by swc (no per-file type-check); `npm test` type-checks once with `tsc --noEmit` first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // the precondition tables need terraform: jest.plan.config.js runs them (npm run plan-tables, in .ci/run)
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/plan/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // tests written as a user writes them import the package by name: the entry points, from source
  moduleNameMapper: { '^azure-guardrails-cdktf$': '<rootDir>/constructs/index.ts', '^azure-guardrails-cdktf/(rules|testing|jest)$': '<rootDir>/constructs/$1.ts', '^azure-guardrails-cdktf/testing/arbitraries$': '<rootDir>/constructs/testing-arbitraries.ts' },
  // @fast-check/jest interrupts a property at this timeout, and test/support/seed.ts makes an interruption a failure:
  // ten minutes is far above the slowest property (about half a minute on 2 cores), so every property runs its cases
  testTimeout: 600_000,
  // the temporary directories of a run live under one root, removed when it ends
  globalSetup: '<rootDir>/test/support/temp-root-setup.js',
  globalTeardown: '<rootDir>/test/support/temp-root-teardown.js',
};
