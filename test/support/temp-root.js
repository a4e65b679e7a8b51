/**
 * Jest global setup and teardown: every temporary directory the tests make (os.tmpdir()) lives under one root for
 * the run, removed at its end, so that test runs leave nothing behind. Workers inherit TMPDIR from this process.
 */
const { mkdtempSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

module.exports = {
  setup() {
    process.env.AZURE_GUARDRAILS_TEST_TMPDIR = mkdtempSync(join(tmpdir(), 'azure-guardrails-test-'));
    process.env.TMPDIR = process.env.AZURE_GUARDRAILS_TEST_TMPDIR;
  },
  teardown() {
    const root = process.env.AZURE_GUARDRAILS_TEST_TMPDIR;
    if (root) rmSync(root, { recursive: true, force: true });
  },
};
