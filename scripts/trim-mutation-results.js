// Keeps the committed Stryker incremental file small and free of machine-specific text: Stryker reuses a mutant's
// status, killing and covering tests and the source and test texts, never the failure message (stack traces with
// absolute paths, most of the file) nor the project root or the resolved configuration. Run by `npm run mutate`.
const fs = require('fs');
const file = process.argv[2] || JSON.parse(fs.readFileSync('stryker.config.json', 'utf8')).incrementalFile;
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const result of Object.values(report.files)) {
  for (const mutant of result.mutants) delete mutant.statusReason;
}
report.projectRoot = '.';
delete report.config;
fs.writeFileSync(file, JSON.stringify(report) + '\n');
