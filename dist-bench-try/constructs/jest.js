"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const matchers_1 = require("./cdk/testing/matchers");
const expectOf = globalThis.expect;
if (typeof expectOf?.extend !== 'function') {
    throw new Error("azure-guardrails-cdktf/jest registers jest matchers: import it in a jest test file (or a setup file), where jest's global expect exists");
}
expectOf.extend(matchers_1.azureGuardrailsMatchers);
