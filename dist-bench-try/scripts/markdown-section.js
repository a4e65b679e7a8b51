"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withSection = withSection;
/** Replaces the generated part of a Markdown document: what stands between its start and end markers. */
function withSection(doc, start, end, content, what) {
    const from = doc.indexOf(start);
    const to = doc.indexOf(end);
    if (from < 0 || to < from)
        throw new Error(`README.md has no ${what} markers`);
    return doc.slice(0, from + start.length) + '\n' + content + '\n' + doc.slice(to);
}
