import { Rule } from './rule';

/** Markdown table of rules: id, severity, title, source. One source for the README and any checker's docs. */
/** Escapes the pipes of a Markdown table cell. */
export const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function ruleTableMarkdown(rules: readonly Rule<never>[]): string {
  return [
    '| id | severity | rule | source |',
    '|---|---|---|---|',
    ...rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${cell(r.source)} |`),
  ].join('\n');
}

/** Markdown reference of rules: one section per rule with its severity, source and documentation. */
export function ruleReferenceMarkdown(rules: readonly Rule<never>[]): string {
  const sections = rules.map((r) => [`## ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.doc, '', `Source: ${r.source}`].join('\n'));
  return ['# Rule reference', '', 'Generated from the rule catalog by `npm run docs`; do not edit by hand.', '', sections.join('\n\n'), ''].join('\n');
}
