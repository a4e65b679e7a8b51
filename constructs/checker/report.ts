import { Rule } from '../core/rule';
import { CheckFinding } from './check';

export interface Summary {
  readonly files: number;
  readonly resources: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarize(findings: readonly CheckFinding[], files: number, resources: number): Summary {
  return { files, resources, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

export function formatText(findings: readonly CheckFinding[], summary: Summary): string {
  const lines = findings.map((f) => `${f.severity.toUpperCase()} ${f.file}${f.line ? `:${f.line}` : ''} ${f.address} ${f.attribute}: [${f.ruleId}] ${f.message}; fix: ${f.fix}`);
  lines.push(`azguard: ${summary.files} files, ${summary.resources} resources, ${summary.errors} errors, ${summary.warnings} warnings`);
  return lines.join('\n') + '\n';
}

export function formatJson(findings: readonly CheckFinding[], summary: Summary): string {
  const plain = findings.map(({ ruleId, severity, file, address, attribute, message, fix, source, line }) => ({ ruleId, severity, file, address, attribute, message, fix, source, ...(line !== undefined ? { line } : {}) }));
  return JSON.stringify({ findings: plain, summary }, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning takes it: one run, rules with help, results with locations. */
export function formatSarif(findings: readonly CheckFinding[], rules: readonly Rule<never>[], version: string): string {
  const known = new Map(rules.map((r) => [r.id, r]));
  const used = [...new Set(findings.map((f) => f.ruleId))];
  const driverRules = used.map((id) => {
    const r = known.get(id);
    return {
      id,
      name: id.replace(/(^|-)([A-Z0-9])([A-Z0-9]*)/g, (_m, _d, a: string, b: string) => a + b.toLowerCase()),
      shortDescription: { text: r?.title ?? 'value not checked' },
      fullDescription: { text: r?.doc ?? 'A value is an expression, so the rules that need it were not checked.' },
      help: { text: `${r?.doc ?? ''} Source: ${r?.source ?? 'azguard'}`.trim(), markdown: `${r?.doc ?? ''}\n\nSource: ${r?.source ?? 'azguard'}` },
      defaultConfiguration: { level: SARIF_LEVEL[r?.severity ?? 'info'] },
      properties: { tags: ['azure', 'terraform'] },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: used.indexOf(f.ruleId),
    level: SARIF_LEVEL[f.severity],
    message: { text: `${f.address} ${f.attribute}: ${f.message}. Fix: ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file === '-' ? 'stdin' : sarifUri(f.file) },
          ...(f.line !== undefined ? { region: { startLine: f.line } } : {}),
        },
        logicalLocations: [{ fullyQualifiedName: f.address, kind: 'resource' }],
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'azguard', version, rules: driverRules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A file path as a SARIF artifact URI: forward slashes, each segment percent-encoded (spaces, `#`, `%`). */
export function sarifUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
