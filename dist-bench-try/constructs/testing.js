"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.azureGuardrailsMatchers = exports.checkStack = void 0;
/**
 * `azure-guardrails-cdktf/testing`: the guardrails for the tests users run on their own stacks. `checkStack` gives the
 * findings of a stack as data; `azureGuardrailsMatchers` are jest matchers over it (`expect.extend`, or one import of
 * `azure-guardrails-cdktf/jest`). The fast-check arbitraries are in `azure-guardrails-cdktf/testing/arbitraries`, so that
 * this entry point needs no fast-check.
 *
 * @packageDocumentation
 */
var check_stack_1 = require("./cdk/testing/check-stack");
Object.defineProperty(exports, "checkStack", { enumerable: true, get: function () { return check_stack_1.checkStack; } });
var matchers_1 = require("./cdk/testing/matchers");
Object.defineProperty(exports, "azureGuardrailsMatchers", { enumerable: true, get: function () { return matchers_1.azureGuardrailsMatchers; } });
