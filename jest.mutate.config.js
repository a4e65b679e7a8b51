/** The fast tests that pin the rules and catalogs down, for mutation testing (`npm run mutate`). */
const base = require('./jest.config');
module.exports = {
  ...base,
  testSequencer: '<rootDir>/test/mutation/fast-first-sequencer.js',
  testMatch: [
    '**/test/rules/**/*.test.ts',
    '**/test/image-catalog.test.ts',
    '**/test/image-selection.test.ts',
    '**/test/readme.test.ts',
    '**/test/preconditions.property.test.ts',
    '**/test/windows-vm-rules.test.ts',
    '**/test/azure-local-rules.test.ts',
    '**/test/smb-xnet-rules.test.ts',
  ],
};
