"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzureGuardrails = void 0;
const cdktf_1 = require("cdktf");
const acknowledgement_1 = require("../../core/acknowledgement");
const rule_1 = require("../../core/rule");
const rule_catalog_1 = require("../../rule-catalog");
const construct_findings_1 = require("../internal/construct-findings");
const check_stack_1 = require("../testing/check-stack");
/**
 * An Aspect that applies the rule catalog to every resource of a stack as it will be synthesized: raw provider
 * resources, and the attributes `addOverride` changed on the library's constructs. Each error becomes an error
 * annotation on the construct that holds the resource, so one `cdktf synth` lists every one and fails; each warning
 * a warning annotation; each acknowledgement that waives nothing a warning on its construct. Add it to each stack:
 * `Aspects.of(stack).add(new AzureGuardrails())` (cdktf does not pass an Aspect of the App down to its stacks).
 */
class AzureGuardrails {
    options;
    /**
     * Acknowledges findings of rules on a construct and everything below it, each with the reason a reviewer reads:
     * they are no longer said at synth (nor refuse it, for an error of the library's policy), are counted apart by
     * `checkStack`, and are written into the `//` metadata of each resource they cover, where `azguard check` honours
     * them. Only warnings and the library's own policies can be acknowledged; an error Azure or azurerm refuse, an
     * unknown rule id or a reason shorter than 10 characters refuses the app at synth, with the reason.
     */
    static acknowledge(scope, acknowledgements) {
        const valid = [];
        for (const a of acknowledgements ?? []) {
            const problems = (0, rule_1.evaluate)([acknowledgement_1.AZG_ACKNOWLEDGEMENT], { acknowledgement: a ?? {}, rules: rule_catalog_1.ALL_RULES }, scope.node.path);
            if (problems.length > 0)
                (0, construct_findings_1.record)(scope, problems);
            else
                valid.push(a);
        }
        if (valid.length > 0)
            (0, construct_findings_1.recordAcknowledgements)(scope, valid);
    }
    /** What was said on each construct: a stack synthesized again (a test, then the app) is checked again, said once. */
    said = new WeakMap();
    constructor(
    /** @default the defaults of `azguard check` */
    options = {}) {
        this.options = options;
    }
    /** Stacks whose check is registered as a validation. */
    registered = new WeakSet();
    /**
     * Registers the check of the stack when the Aspect reaches it. The check runs with the stack's validations, once
     * every Aspect has run (an Aspect that changes resources after this one is seen), and the configuration it resolves
     * is the one cdktf then writes, so that the stack is resolved once. An app with `skipValidation` is checked here.
     */
    visit(node) {
        // duck-typed: on CDK Terrain the app's stack class may come from another copy of the framework
        const stack = node;
        if (typeof stack.toTerraform !== 'function' || !('synthesizer' in stack))
            return;
        // a new synth: a configuration kept for a write that did not happen (a synth that failed) is dropped
        PENDING.get(stack)?.();
        if (stack.node.root.skipValidation === true) {
            this.check(stack, stack.toTerraform());
            return;
        }
        if (this.registered.has(stack))
            return;
        this.registered.add(stack);
        stack.node.addValidation({
            validate: () => {
                this.check(stack, resolvedForTheWrite(stack));
                // errors are annotations, listed by cdktf with every other error of the stack
                return [];
            },
        });
    }
    check(stack, configuration) {
        // a construct's own findings are said by the library already: only those of the resources, and unused acknowledgements
        for (const { finding: f, construct: target, origin } of (0, check_stack_1.stackFindings)(stack, configuration, this.options)) {
            if (origin === 'construct' || f.acknowledgement)
                continue;
            const text = `[${f.ruleId}] ${f.attribute ? `${f.attribute}: ` : ''}${f.message}; fix: ${f.fix}; source: ${f.source}`;
            const said = this.said.get(target) ?? new Set();
            if (said.has(text))
                continue;
            said.add(text);
            this.said.set(target, said);
            if (f.severity === 'error')
                cdktf_1.Annotations.of(target).addError(text);
            else
                cdktf_1.Annotations.of(target).addWarning(text);
        }
    }
}
exports.AzureGuardrails = AzureGuardrails;
/** For each stack, how to drop the configuration kept for its write. */
const PENDING = new WeakMap();
/**
 * The stack's configuration, resolved once for the check and for the write that follows the validations: the next
 * `toTerraform()` of the stack returns it. Nothing runs between the two that changes the stack; the reuse ends with
 * the synth (a microtask), so that a later change is always resolved again.
 */
function resolvedForTheWrite(stack) {
    const configuration = stack.toTerraform();
    const own = Object.getOwnPropertyDescriptor(stack, 'toTerraform');
    let kept = true;
    const restore = () => {
        if (!kept)
            return;
        kept = false;
        PENDING.delete(stack);
        if (own)
            Object.defineProperty(stack, 'toTerraform', own);
        else
            delete stack.toTerraform;
    };
    PENDING.set(stack, restore);
    Object.defineProperty(stack, 'toTerraform', {
        configurable: true,
        writable: true,
        value: () => {
            restore();
            return configuration;
        },
    });
    queueMicrotask(restore);
    return configuration;
}
