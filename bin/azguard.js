#!/usr/bin/env node
'use strict';
// Entry point of the azguard command; the compiled code is in dist/ (shipped in the package; in a clone, `npm run build`).
const { main } = require('../dist/constructs/cli/azguard.js');
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => require('fs').readFileSync(0, 'utf8'),
}).then((code) => {
  process.exitCode = code;
});
