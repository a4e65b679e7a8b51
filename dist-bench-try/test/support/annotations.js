"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.warningsOf = warningsOf;
exports.warningIdsUnder = warningIdsUnder;
const cdktf_1 = require("cdktf");
/** The warning annotations of a construct once its stack is synthesized (the library says its warnings at synth). */
function warningsOf(construct) {
    cdktf_1.Testing.synth(cdktf_1.TerraformStack.of(construct));
    return construct.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}
/** The rule ids of the warning annotations of a construct and its children, once its stack is synthesized. */
function warningIdsUnder(construct) {
    cdktf_1.Testing.synth(cdktf_1.TerraformStack.of(construct));
    return construct.node
        .findAll()
        .flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => /^\[([A-Z0-9-]+)\]/.exec(String(m.data))?.[1] ?? '?'));
}
