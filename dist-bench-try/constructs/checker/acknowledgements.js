"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CDKTF_METADATA_KEY = void 0;
exports.cdktfAcknowledgements = cdktfAcknowledgements;
exports.hclAcknowledgements = hclAcknowledgements;
exports.withAcknowledgements = withAcknowledgements;
const acknowledgement_1 = require("../core/acknowledgement");
const rule_1 = require("../core/rule");
/** The key under a resource's `//` metadata where the constructs record the acknowledgements that cover it. */
exports.CDKTF_METADATA_KEY = 'azureGuardrails';
/** The acknowledgements the constructs recorded in a resource block of cdktf output (`"//"` metadata). */
function cdktfAcknowledgements(block) {
    const meta = block['//']?.[exports.CDKTF_METADATA_KEY]?.acknowledgements;
    if (!Array.isArray(meta))
        return [];
    const text = (v) => (typeof v === 'string' ? v : '');
    // an entry of another shape keeps what can be read, and the rule check says what is missing
    return meta.map((a) => ({ ruleId: text(a?.ruleId), reason: text(a?.reason), scope: text(a?.scope), origin: 'cdktf' }));
}
/** The text after `azguard:acknowledge` in a comment: a rule id, then the reason. */
const COMMENT = /^[ \t]*(?:#|\/\/|\/\*)[ \t]*azguard:acknowledge[ \t]+(\S+)[ \t]*(.*?)[ \t]*(?:\*\/)?[ \t]*$/;
/**
 * The acknowledgements written as HCL comments (`# azguard:acknowledge RULE-ID reason`), by the address of the
 * `resource "<type>" "<name>"` block they belong to: the comment lines right above the block header and the lines
 * inside the block.
 */
function hclAcknowledgements(text) {
    const out = new Map();
    let pending = [];
    // the resource block the line is in, when it is in one
    let current;
    const add = (address, a) => {
        const list = out.get(address) ?? [];
        list.push({ ...a, scope: address, origin: 'comment' });
        out.set(address, list);
    };
    for (const line of text.split('\n')) {
        const ack = COMMENT.exec(line);
        if (ack) {
            const a = { ruleId: ack[1], reason: ack[2] };
            if (current !== undefined)
                add(current, a);
            else
                pending.push(a);
            continue;
        }
        const header = /^resource\s+"([^"]+)"\s+"([^"]+)"/.exec(line);
        if (header) {
            current = `${header[1]}.${header[2]}`;
            for (const a of pending)
                add(current, a);
            if (!out.has(current))
                out.set(current, []);
            pending = [];
            if (/}\s*$/.test(line))
                current = undefined;
        }
        else if (/^[}A-Za-z_]/.test(line)) {
            // the end of a top-level block, or another one: what follows is not in the resource
            current = undefined;
            pending = [];
        }
        else if (current === undefined && line.trim() !== '' && !/^\s*(#|\/\/)/.test(line)) {
            pending = [];
        }
    }
    for (const [address, list] of out)
        if (list.length === 0)
            out.delete(address);
    return out;
}
/**
 * Applies the acknowledgements of each resource to its findings: a finding of an acknowledged rule is marked with the
 * reason (still returned, counted apart); an acknowledgement that is malformed, names an unknown rule or one that
 * cannot be acknowledged is an `AZG-ACKNOWLEDGEMENT` error; a comment that waives nothing is an
 * `AZG-ACKNOWLEDGEMENT-UNUSED` warning (the constructs judge their own, since only they see every finding).
 */
function withAcknowledgements(findings, resources, rules) {
    const byAddress = new Map();
    for (const f of findings) {
        const list = byAddress.get(`${f.file}\u0000${f.address}`) ?? [];
        list.push(f);
        byAddress.set(`${f.file}\u0000${f.address}`, list);
    }
    const waived = new Map();
    const extra = [];
    for (const r of resources) {
        if (!r.acknowledgements || r.acknowledgements.length === 0)
            continue;
        const own = byAddress.get(`${r.file}\u0000${r.address}`) ?? [];
        for (const a of r.acknowledgements) {
            const problems = (0, rule_1.evaluate)([acknowledgement_1.AZG_ACKNOWLEDGEMENT], { acknowledgement: a, rules }, r.address);
            const at = (attribute) => ({ file: r.file, address: r.address, attribute: `acknowledgement ${a.ruleId}: ${attribute}`, ...(r.line !== undefined ? { line: r.line } : {}) });
            for (const v of problems)
                extra.push({ ruleId: v.ruleId, severity: v.severity, message: v.message, fix: v.fix, source: v.source, ...at(v.attribute) });
            if (problems.length > 0)
                continue;
            const matches = own.filter((f) => f.ruleId === a.ruleId);
            for (const f of matches)
                if (!waived.has(f))
                    waived.set(f, a);
            if (matches.length === 0 && a.origin === 'comment') {
                for (const v of (0, rule_1.evaluate)([acknowledgement_1.AZG_ACKNOWLEDGEMENT_UNUSED], { acknowledgement: a, scope: a.scope }, r.address))
                    extra.push({ ruleId: v.ruleId, severity: v.severity, message: v.message, fix: v.fix, source: v.source, ...at(v.attribute) });
            }
        }
    }
    if (waived.size === 0 && extra.length === 0)
        return findings;
    const out = findings.map((f) => {
        const a = waived.get(f);
        return a ? { ...f, acknowledgement: { reason: a.reason.trim(), scope: a.scope } } : f;
    });
    for (const f of extra)
        out.push(f);
    return out;
}
