/** The precondition tables planned by Terraform (test/plan): they need terraform, so .ci/run runs them, not npm test. */
const base = require('./jest.config.js');
module.exports = { ...base, testMatch: ['**/test/plan/**/*.test.ts'], testPathIgnorePatterns: [] };
