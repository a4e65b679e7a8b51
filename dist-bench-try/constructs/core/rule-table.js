"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cell = exports.acknowledgeLabel = exports.severityLabel = void 0;
exports.ruleTableMarkdown = ruleTableMarkdown;
exports.ruleReferenceMarkdown = ruleReferenceMarkdown;
const acknowledgement_1 = require("./acknowledgement");
/** A rule's severity as the docs show it: an error of the library's policy says so (it can be acknowledged). */
const severityLabel = (r) => (r.severity === 'error' && r.policy ? 'error (policy)' : r.severity);
exports.severityLabel = severityLabel;
/** Whether an acknowledgement can waive the rule's findings, in words. */
const acknowledgeLabel = (r) => ((0, acknowledgement_1.canAcknowledge)(r) ? 'can be acknowledged with a reason' : 'cannot be acknowledged: Azure or azurerm refuse it');
exports.acknowledgeLabel = acknowledgeLabel;
/** Markdown table of rules: id, severity, title, source. One source for the README and any checker's docs. */
/** Escapes the pipes of a Markdown table cell. */
const cell = (s) => s.replace(/\|/g, '\\|');
exports.cell = cell;
function ruleTableMarkdown(rules) {
    return [
        '| id | severity | rule | source |',
        '|---|---|---|---|',
        ...rules.map((r) => `| \`${r.id}\` | ${(0, exports.severityLabel)(r)} | ${(0, exports.cell)(r.title)} | ${(0, exports.cell)(r.source)} |`),
    ].join('\n');
}
/** Markdown reference of rules: one section per rule with its severity, source and documentation. */
function ruleReferenceMarkdown(rules) {
    const sections = rules.map((r) => [`## ${r.id}`, '', `**${r.title}** (${(0, exports.severityLabel)(r)}; ${(0, exports.acknowledgeLabel)(r)})`, '', r.doc, '', `Source: ${r.source}`].join('\n'));
    return ['# Rule reference', '', 'Generated from the rule catalog by `npm run docs`; do not edit by hand.', '', sections.join('\n\n'), ''].join('\n');
}
