import { formatRefusal } from '../core/refusal';
import { Rule, severityOf } from '../core/rule';
import { CheckFinding } from './check';

export interface Summary {
  readonly files: number;
  readonly resources: number;
  /** Errors not acknowledged: any makes the check fail. */
  readonly errors: number;
  /** Warnings not acknowledged. */
  readonly warnings: number;
  /** Findings waived by an acknowledgement, whatever their severity. */
  readonly acknowledged: number;
}

const open = (findings: readonly CheckFinding[], severity: string) => findings.filter((f) => f.severity === severity && !f.acknowledgement).length;

export function summarize(findings: readonly CheckFinding[], files: number, resources: number): Summary {
  return { files, resources, errors: open(findings, 'error'), warnings: open(findings, 'warning'), acknowledged: findings.filter((f) => f.acknowledgement).length };
}

/** One line per finding; acknowledged findings only with `verbose`, each with its reason. */
export function formatText(findings: readonly CheckFinding[], summary: Summary, verbose = false): string {
  const where = (f: CheckFinding) => `${f.file}${f.line ? `:${f.line}` : ''} ${f.address} ${f.attribute}: [${f.ruleId}] ${f.message}`;
  const lines = findings.filter((f) => !f.acknowledgement).map((f) => `${f.severity.toUpperCase()} ${where(f)}; fix: ${f.fix}`);
  if (verbose) for (const f of findings) if (f.acknowledgement) lines.push(`ACKNOWLEDGED ${where(f)}; reason: ${f.acknowledgement.reason} (acknowledged on ${f.acknowledgement.scope})`);
  const acknowledged = summary.acknowledged > 0 ? `, ${summary.acknowledged} acknowledged${verbose ? '' : ' (--verbose lists them)'}` : '';
  lines.push(`azguard: ${summary.files} files, ${summary.resources} resources, ${summary.errors} errors, ${summary.warnings} warnings${acknowledged}`);
  return lines.join('\n') + '\n';
}

/** `findings` holds what is not acknowledged; `acknowledged` the waived findings, each with its reason. */
export function formatJson(findings: readonly CheckFinding[], summary: Summary): string {
  const plain = ({ ruleId, severity, file, address, attribute, message, fix, source, line }: CheckFinding) => ({ ruleId, severity, file, address, attribute, message, fix, source, ...(line !== undefined ? { line } : {}) });
  const acknowledged = findings.filter((f) => f.acknowledgement).map((f) => ({ ...plain(f), reason: f.acknowledgement!.reason, acknowledgedOn: f.acknowledgement!.scope }));
  return JSON.stringify({ findings: findings.filter((f) => !f.acknowledgement).map(plain), acknowledged, summary }, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A rule's refusals as sentences for SARIF help. */
const refusals = (r: Rule<never> | undefined): string[] => (r?.refusals ?? []).map((x) => `Refused by ${formatRefusal(x)}.`);

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
      help: { text: [`${r?.doc ?? ''} Source: ${r?.source ?? 'azguard'}`.trim(), ...refusals(r)].join(' '), markdown: [`${r?.doc ?? ''}\n\nSource: ${r?.source ?? 'azguard'}`, ...refusals(r)].join('\n\n') },
      defaultConfiguration: { level: SARIF_LEVEL[r ? severityOf(r) : 'info'] },
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
    // an acknowledged finding stays in the log, suppressed with its justification (code scanning shows it dismissed)
    ...(f.acknowledgement ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.acknowledgement.reason }] } : {}),
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
