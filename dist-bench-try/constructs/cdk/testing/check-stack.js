"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkStack = checkStack;
exports.stackFindings = stackFindings;
const cdktf_1 = require("cdktf");
const check_1 = require("../../checker/check");
const terraform_config_1 = require("../../checker/terraform-config");
const acknowledgement_1 = require("../../core/acknowledgement");
const rule_1 = require("../../core/rule");
const construct_findings_1 = require("../internal/construct-findings");
/**
 * Applies the guardrails to a stack as it will be synthesized: what the library's constructs found in their props, the
 * rule catalog on every resource of the synthesized JSON (raw provider resources and attributes changed by
 * `addOverride` included, exactly as `azguard check` reads them), and the acknowledgements given. Findings are
 * structured: no annotation text to parse, and an invalid stack is reported instead of thrown.
 */
function checkStack(stack, options = {}) {
    const findings = stackFindings(stack, JSON.parse((0, construct_findings_1.withoutRefusal)(() => cdktf_1.Testing.synth(stack))), options).map((t) => t.finding);
    const open = findings.filter((f) => !f.acknowledgement);
    return { errors: open.filter((f) => f.severity === 'error'), warnings: open.filter((f) => f.severity === 'warning'), acknowledged: findings.filter((f) => f.acknowledgement) };
}
/**
 * The findings of a stack from its synthesized configuration: the rule catalog on every resource, with the construct
 * that holds it; what the library's constructs found; and each acknowledgement that waives nothing. A resource finding
 * that the construct owning the resource found already is said once, by the construct.
 */
function stackFindings(stack, configuration, options = {}) {
    const constructs = stack.node.findAll();
    // Terraform address → resource construct (duck-typed: on CDK Terrain the app's classes may come from another copy)
    const byAddress = new Map();
    for (const c of constructs) {
        if (typeof c.terraformResourceType === 'string' && typeof c.friendlyUniqueId === 'string' && c.terraformGeneratorMetadata !== undefined)
            byAddress.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
    }
    const out = [];
    for (const f of (0, check_1.checkResources)((0, terraform_config_1.resourcesOfConfig)(configuration, 'cdk.tf.json', () => undefined), options)) {
        if (f.severity === 'info')
            continue;
        const construct = byAddress.get(f.address) ?? stack;
        // the construct whose main child (`Resource`) the resource is
        const owner = construct.node.id === 'Resource' && construct.node.scope ? construct.node.scope : construct;
        if ((0, construct_findings_1.recordedFindings)(owner).some((v) => v.ruleId === f.ruleId))
            continue;
        out.push(targeted(construct, 'resource', f, f.address, f.acknowledgement && { reason: f.acknowledgement.reason, constructPath: f.acknowledgement.scope }));
    }
    for (const c of constructs) {
        for (const v of (0, construct_findings_1.recordedFindings)(c)) {
            const a = (0, construct_findings_1.acknowledgementOf)(c, v.ruleId);
            out.push(targeted(c, 'construct', v, undefined, a && { reason: a.reason, constructPath: a.scope.node.path }));
        }
    }
    // an acknowledgement is used when a finding of its rule is on its construct or below
    const under = (scope, path) => path === scope.node.path || path.startsWith(scope.node.path + '/');
    for (const a of (0, construct_findings_1.acknowledgementsIn)(stack)) {
        if (out.some((t) => t.finding.ruleId === a.ruleId && under(a.scope, t.construct.node.path)))
            continue;
        for (const v of (0, rule_1.evaluate)([acknowledgement_1.AZG_ACKNOWLEDGEMENT_UNUSED], { acknowledgement: a, scope: a.scope.node.path }, a.scope.node.path)) {
            out.push(targeted(a.scope, 'acknowledgement', v));
        }
    }
    return out;
}
/** A finding of a rule (from the checker or a construct) in the terms of the construct tree. */
function targeted(construct, origin, f, address, acknowledgement) {
    const finding = { ruleId: f.ruleId, severity: f.severity, constructPath: construct.node.path, ...(address !== undefined ? { address } : {}), attribute: f.attribute, message: f.message, fix: f.fix, source: f.source, ...(acknowledgement ? { acknowledgement } : {}) };
    return { construct, origin, finding };
}
