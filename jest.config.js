/** Tests are transpiled by swc (no per-file type-check); `npm test` type-checks once with `tsc --noEmit` first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // @fast-check/jest interrupts a property at this timeout, and test/support/seed.ts makes an interruption a failure:
  // ten minutes is far above the slowest property (about half a minute on 2 cores), so every property runs its cases
  testTimeout: 600_000,
};
