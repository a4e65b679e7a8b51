import { Rule } from './rule';

/** Markdown table of rules: id, severity, title, source. One source for the README and any checker's docs. */
export function ruleTableMarkdown(rules: readonly Rule<never>[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| id | severity | rule | source |',
    '|---|---|---|---|',
    ...rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${cell(r.source)} |`),
  ].join('\n');
}
