import { canAcknowledge } from './acknowledgement';
import { Rule } from './rule';

/** A rule's severity as the docs show it: an error of the library's policy says so (it can be acknowledged). */
export const severityLabel = (r: Rule<never>): string => (r.severity === 'error' && r.policy ? 'error (policy)' : r.severity);

/** Whether an acknowledgement can waive the rule's findings, in words. */
export const acknowledgeLabel = (r: Rule<never>): string => (canAcknowledge(r) ? 'can be acknowledged with a reason' : 'cannot be acknowledged: Azure or azurerm refuse it');

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
  const sections = rules.map((r) => [`## ${r.id}`, '', `**${r.title}** (${severityLabel(r)}; ${acknowledgeLabel(r)})`, '', r.doc, '', `Source: ${r.source}`].join('\n'));
  return ['# Rule reference', '', 'Generated from the rule catalog by `npm run docs`; do not edit by hand.', '', sections.join('\n\n'), ''].join('\n');
}
