import { canAcknowledge } from './acknowledgement';
import { formatRefusal } from './refusal';
import { Rule, severityOf } from './rule';

/** A rule's severity as the docs show it: an error of the library's policy says so (it can be acknowledged). */
export const severityLabel = (r: Rule<never>): string => {
  const severity = severityOf(r);
  return severity === 'error' && r.policy ? 'error (policy)' : severity;
};

/** Whether an acknowledgement can waive the rule's findings, in words: who refuses what cannot be waived. */
export const acknowledgeLabel = (r: Rule<never>): string => {
  if (canAcknowledge(r)) return 'can be acknowledged with a reason';
  const by = [...new Set((r.refusals ?? []).map((x) => `${x.by} at ${x.when}`))].join(' and ');
  return `cannot be acknowledged: refused by ${by}`;
};

/** The refusals of a rule, one line each, for `azguard explain` and the rule reference. */
export const refusalLines = (r: Rule<never>): string[] => (r.refusals ?? []).map((x) => `refused by ${formatRefusal(x)}`);

/** Markdown table of rules: id, severity, title, source. One source for the README and any checker's docs. */
/** Escapes the pipes of a Markdown table cell. */
export const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function ruleTableMarkdown(rules: readonly Rule<never>[]): string {
  return [
    '| id | severity | rule | source |',
    '|---|---|---|---|',
    ...rules.map((r) => `| \`${r.id}\` | ${severityLabel(r)} | ${cell(r.title)} | ${cell(r.source)} |`),
  ].join('\n');
}

/** Markdown reference of rules: one section per rule with its severity, source and documentation. */
export function ruleReferenceMarkdown(rules: readonly Rule<never>[]): string {
  const sections = rules.map((r) => [`## ${r.id}`, '', `**${r.title}** (${severityLabel(r)}; ${acknowledgeLabel(r)})`, '', r.doc, '', `Source: ${r.source}`, ...refusalLines(r).map((l) => `\n${l[0].toUpperCase()}${l.slice(1)}`)].join('\n'));
  return ['# Rule reference', '', 'Generated from the rule catalog by `npm run docs`; do not edit by hand.', '', sections.join('\n\n'), ''].join('\n');
}
