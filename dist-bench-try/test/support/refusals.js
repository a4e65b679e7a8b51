"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refusedWith = refusedWith;
exports.onlyViolation = onlyViolation;
exports.refusedRuleIds = refusedRuleIds;
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
/** Runs `build` in a fresh stack named `test`, synthesizes it and returns the violations it was refused with; fails if it was not. */
function refusedWith(build) {
    const stack = new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
    try {
        build(stack);
        cdktf_1.Testing.synth(stack);
    }
    catch (e) {
        expect(e).toBeInstanceOf(constructs_1.ValidationError);
        return [...e.violations];
    }
    throw new Error('expected a ValidationError');
}
/** The single violation of `build`, with the rule id, the construct path `test/vm` and a lowercase message. */
function onlyViolation(build, ruleId) {
    const found = refusedWith(build);
    expect(found.map((v) => v.ruleId)).toEqual([ruleId]);
    expect(found[0].path).toBe('test/vm');
    expect(found[0].message).toMatch(/^[a-z]/);
    expect(found[0].fix.length).toBeGreaterThan(10);
    expect(found[0].source.length).toBeGreaterThan(10);
    return found[0];
}
/** The sorted ids of the rules that refuse the synth of what `build` adds to a fresh stack; empty when it synthesizes. */
function refusedRuleIds(build) {
    const stack = new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
    try {
        build(stack);
        cdktf_1.Testing.synth(stack);
        return [];
    }
    catch (e) {
        if (!(e instanceof constructs_1.ValidationError))
            throw e;
        return [...new Set(e.ruleIds)].sort();
    }
}
