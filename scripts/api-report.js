// The API report of each entry point (api/<entry>.api.md), made by API Extractor from the compiled declarations.
// `npm run api` writes the reports; `npm run api:check` (CI) fails when the public surface differs from them, so
// that a change of the surface is a reviewed diff. Needs `npm run build` first.
const { Extractor, ExtractorConfig } = require('@microsoft/api-extractor');
const { readFileSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const ENTRIES = ['index', 'rules', 'testing', 'testing-arbitraries', 'jest'];
const update = process.argv.includes('--update');
let failed = 0;
for (const entry of ENTRIES) {
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(root, 'api', 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: `<projectFolder>/dist/constructs/${entry}.d.ts`,
      compiler: { tsconfigFilePath: '<projectFolder>/tsconfig.build.json' },
      apiReport: { enabled: true, reportFileName: `${entry}.api.md`, reportFolder: '<projectFolder>/api/', reportTempFolder: '<projectFolder>/api/temp/' },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: { default: { logLevel: 'warning', addToApiReportFile: true }, 'ae-missing-release-tag': { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, showDiagnostics: false });
  // problems of the surface itself (an undocumented export, a type used but not exported) are written into the report
  const problems = readFileSync(join(root, 'api', `${entry}.api.md`), 'utf8').split('\n').filter((l) => /\(ae-[a-z-]+\)/.test(l));
  if (!update && result.apiReportChanged) {
    failed++;
    console.error(`api: ${entry}: the public surface differs from api/${entry}.api.md; review the difference, then run npm run api and commit the report`);
  } else if (result.errorCount > 0) {
    failed++;
    console.error(`api: ${entry}: ${result.errorCount} errors`);
  }
  if (problems.length > 0) {
    failed++;
    console.error(`api: ${entry}: ${problems.length} problems of the public surface:\n${problems.join('\n')}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
