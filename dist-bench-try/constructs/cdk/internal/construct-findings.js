"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordedFindings = recordedFindings;
exports.record = record;
exports.recordAcknowledgements = recordAcknowledgements;
exports.acknowledgementsCovering = acknowledgementsCovering;
exports.acknowledgementsIn = acknowledgementsIn;
exports.acknowledgementOf = acknowledgementOf;
exports.withoutRefusal = withoutRefusal;
exports.refusedViolations = refusedViolations;
const cdktf_1 = require("cdktf");
const rule_1 = require("../../core/rule");
const validation_error_1 = require("../../core/validation-error");
const acknowledgements_1 = require("../../checker/acknowledgements");
/** What the library's constructs found, per construct: errors refuse the app at synth, warnings are said at synth. */
const FINDINGS = new WeakMap();
/** Constructs listed under a key (a stack or an app), each once, in the order they were added. */
class ConstructLists {
    lists = new WeakMap();
    listed = new WeakSet();
    /** Lists the construct under the key, unless it is listed already (a construct belongs to one stack and one app). */
    add(key, construct) {
        if (this.listed.has(construct))
            return;
        this.listed.add(construct);
        const list = this.lists.get(key) ?? [];
        list.push(construct);
        this.lists.set(key, list);
    }
    get(key) {
        return this.lists.get(key) ?? [];
    }
}
/** The constructs of each app (root) that hold an error, in the order they were found. */
const REFUSED = new ConstructLists();
/** The acknowledgements given on each construct. */
const ACKNOWLEDGED = new WeakMap();
/** The constructs of each stack that hold an acknowledgement. */
const ACKNOWLEDGING = new ConstructLists();
/** The constructs of each stack that hold a warning, in the order they were found (no walk of the stack at synth). */
const WARNING = new ConstructLists();
/** Warnings already added as annotations. */
const ANNOUNCED = new WeakSet();
const HOOK_ID = 'AzureGuardrailsSynth';
/** The findings a construct's rules recorded (errors and warnings), in the construct's words. */
function recordedFindings(scope) {
    return FINDINGS.get(scope) ?? [];
}
/** Records what a construct's rules found: said (warnings) or refused (errors) when its app is synthesized. */
function record(scope, violations) {
    if (violations.length === 0)
        return;
    const list = FINDINGS.get(scope) ?? [];
    for (const v of violations)
        list.push(v);
    FINDINGS.set(scope, list);
    if (violations.some((v) => v.severity === 'warning'))
        WARNING.add(cdktf_1.TerraformStack.of(scope), scope);
    if (violations.some((v) => v.severity === 'error'))
        REFUSED.add(scope.node.root, scope);
    synthHookOf(scope);
}
/** Records acknowledgements on a construct (checked by the caller). */
function recordAcknowledgements(scope, acknowledgements) {
    const list = ACKNOWLEDGED.get(scope) ?? [];
    for (const a of acknowledgements)
        list.push({ ruleId: a.ruleId, reason: a.reason.trim() });
    ACKNOWLEDGED.set(scope, list);
    ACKNOWLEDGING.add(cdktf_1.TerraformStack.of(scope), scope);
    synthHookOf(scope);
}
/** The acknowledgements that cover a construct: its own and its ancestors'. */
function acknowledgementsCovering(construct) {
    const out = [];
    for (const scope of construct.node.scopes)
        for (const a of ACKNOWLEDGED.get(scope) ?? [])
            out.push({ ...a, scope });
    return out;
}
/** Every acknowledgement given in a stack, with its construct. */
function acknowledgementsIn(stack) {
    return ACKNOWLEDGING.get(stack).flatMap((scope) => (ACKNOWLEDGED.get(scope) ?? []).map((a) => ({ ...a, scope })));
}
/** The acknowledgement that waives a finding of `ruleId` on `construct`, if one does. */
function acknowledgementOf(construct, ruleId) {
    return acknowledgementsCovering(construct).find((a) => a.ruleId === ruleId);
}
let suspended = 0;
/** Runs `f` with the refusal held back: for `checkStack`, which reports the errors as data instead. */
function withoutRefusal(f) {
    suspended++;
    try {
        return f();
    }
    finally {
        suspended--;
    }
}
/** The errors of the app's constructs that no acknowledgement waives, each with its construct path. */
function refusedViolations(root) {
    const out = [];
    for (const c of REFUSED.get(root)) {
        for (const v of FINDINGS.get(c) ?? [])
            if (v.severity === 'error' && !acknowledgementOf(c, v.ruleId))
                out.push(v);
    }
    return out;
}
/**
 * A Terraform element of each stack where a construct of this library recorded something: it adds nothing to the
 * output, but cdktf asks every element for its part when a stack is prepared or synthesized (`App.synth`,
 * `Testing.synth`, the CLI, and CDK Terrain's copy of cdktf alike), before any file is written. There it refuses the
 * whole app with one error listing every invalid construct, says the warnings no acknowledgement waives, and writes
 * the acknowledgements into the `//` metadata of the resources they cover.
 */
class GuardrailsSynthHook extends cdktf_1.TerraformElement {
    toMetadata() {
        this.settle();
        return {};
    }
    toTerraform() {
        this.settle();
        return {};
    }
    toHclTerraform() {
        this.settle();
        return {};
    }
    settle() {
        if (suspended === 0) {
            const refused = refusedViolations(this.node.root);
            if (refused.length > 0)
                throw new validation_error_1.ValidationError('INVALID_CONFIGURATION', refused);
        }
        const stack = this.node.scope;
        for (const c of WARNING.get(stack)) {
            for (const v of FINDINGS.get(c) ?? []) {
                if (v.severity !== 'warning' || ANNOUNCED.has(v) || acknowledgementOf(c, v.ruleId))
                    continue;
                ANNOUNCED.add(v);
                cdktf_1.Annotations.of(c).addWarning((0, rule_1.formatViolation)(v, false));
            }
        }
        for (const holder of ACKNOWLEDGING.get(stack)) {
            for (const r of holder.node.findAll()) {
                const resource = r;
                if (typeof resource.terraformResourceType !== 'string' || typeof resource.addOverride !== 'function')
                    continue;
                const acknowledgements = acknowledgementsCovering(r).map((a) => ({ ruleId: a.ruleId, reason: a.reason, scope: a.scope.node.path }));
                resource.addOverride(`//.${acknowledgements_1.CDKTF_METADATA_KEY}.acknowledgements`, acknowledgements);
            }
        }
    }
}
/** The stack's hook, created with the first construct that records something in it. */
function synthHookOf(scope) {
    const stack = cdktf_1.TerraformStack.of(scope);
    if (!stack.node.tryFindChild(HOOK_ID))
        new GuardrailsSynthHook(stack, HOOK_ID);
}
