"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contractProblems = contractProblems;
exports.expectWellFormed = expectWellFormed;
exports.evaluateWellFormed = evaluateWellFormed;
const rules_1 = require("../../constructs/rules");
/**
 * What every finding must carry (developers' guide: what is wrong, the value given, the allowed values, the fix):
 * a named attribute, a message that shows the value and starts lowercase (or with a product name or an acronym as
 * written: SMB over QUIC, Hyper-V, RSA), allowed values that exclude the value given, a fix.
 */
const sentenceStart = (s) => s[0] === s[0].toLowerCase() || /^(SMB over QUIC|Hyper-V|IgvmAgent|Azure|Automanage|Key Vault|Windows|RSA|EC|VXLAN|KDC|TCP|UDP|DNS|VM)\b/.test(s);
function contractProblems(f) {
    const problems = [];
    if (!/^[A-Za-z][\w.[\]-]*(, [A-Za-z][\w.[\]-]*)*$/.test(f.attribute))
        problems.push(`attribute ${JSON.stringify(f.attribute)}`);
    if (f.message.length < 10 || !sentenceStart(f.message))
        problems.push(`message ${JSON.stringify(f.message)}`);
    if (f.value !== undefined && (f.value === '' || !f.message.includes(f.value)))
        problems.push(`value ${JSON.stringify(f.value)} not shown in the message`);
    if (f.allowed !== undefined) {
        if (f.allowed.length === 0 || f.allowed.some((a) => typeof a !== 'string' || a === ''))
            problems.push(`allowed ${JSON.stringify(f.allowed)}`);
        if (f.value !== undefined && f.allowed.some((a) => a === f.value || `'${a}'` === f.value))
            problems.push(`value ${f.value} is among the allowed values`);
    }
    if (f.fix.length < 10 || !sentenceStart(f.fix))
        problems.push(`fix ${JSON.stringify(f.fix)}`);
    return problems;
}
function expectWellFormed(ruleId, f) {
    expect([ruleId, contractProblems(f)]).toEqual([ruleId, []]);
}
/** `evaluate`, with every violation held to the contract above. */
function evaluateWellFormed(rules, facts, path) {
    const out = (0, rules_1.evaluate)(rules, facts, path);
    for (const v of out)
        expectWellFormed(v.ruleId, v);
    return out;
}
