"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.identifiersOf = void 0;
exports.maybe = maybe;
exports.isToken = isToken;
exports.list = list;
exports.isListToken = isListToken;
exports.maybeList = maybeList;
exports.secretKindOf = secretKindOf;
const cdktf_1 = require("cdktf");
const unknown_1 = require("../../core/unknown");
const stack_index_1 = require("./stack-index");
/** A prop value as a fact: a token (or any IResolvable) becomes {@link Unknown}, anything else is kept as given. */
function maybe(value) {
    if (value === undefined || value === null)
        return undefined;
    if (isToken(value))
        return new unknown_1.Unknown(value);
    return value;
}
/** True when a value is a token, i.e. known only at apply. */
function isToken(value) {
    if (value === undefined || value === null || typeof value === 'boolean')
        return false;
    // every string token of cdktf carries this marker: a string without it is a literal, without building a matcher
    if (typeof value === 'string' && !value.includes('TfToken['))
        return false;
    return cdktf_1.Token.isUnresolved(value);
}
/** A list prop that may be a token for a whole list: as a list token cdktf accepts, or the list itself. */
function list(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) && cdktf_1.Token.isUnresolved(value))
        return cdktf_1.Token.asList(value);
    return value;
}
/** Whether a list prop is a token for the whole list (a variable, an attribute), not a list with token items. */
function isListToken(value) {
    if (value === undefined || value === null)
        return false;
    if (!Array.isArray(value))
        return cdktf_1.Token.isUnresolved(value);
    return value.length === 1 && typeof value[0] === 'string' && value[0].startsWith('#{') && cdktf_1.Token.isUnresolved(value);
}
/** A list prop as a fact: {@link Unknown} when the whole list is a token, else its items as facts. */
function maybeList(value) {
    if (value === undefined || value === null)
        return [];
    if (isListToken(value))
        return new unknown_1.Unknown(value);
    return value.map((v) => maybe(v));
}
/** The identifiers (`var.x`, `azurerm_key_vault.kv.id`) of the references a token string holds. */
const identifiersOf = (v) => (typeof v === 'string' ? cdktf_1.Tokenization.reverseString(v).tokens : []).map((t) => t.identifier).filter((i) => typeof i === 'string');
exports.identifiersOf = identifiersOf;
/** The Terraform variables of each stack by the identifier their references carry (`var.<name>`). */
const VARIABLES = new stack_index_1.StackIndex((c, add) => {
    if (c instanceof cdktf_1.TerraformVariable)
        for (const i of (0, exports.identifiersOf)(c.stringValue))
            add(i, c);
});
/** The variable of the stack that an identifier names. */
function variableOf(stack, identifier) {
    return identifier.startsWith('var.') ? VARIABLES.get(stack, identifier) : undefined;
}
/**
 * How a secret prop is given: absent, a literal, or an expression. A reference to a Terraform variable that has a
 * default is a literal too: the default is written into the configuration.
 */
function secretKindOf(scope, value) {
    if (value === undefined || value === null)
        return { kind: 'absent' };
    if (!isToken(value))
        return { kind: 'literal' };
    const stack = cdktf_1.TerraformStack.of(scope);
    const variable = (0, exports.identifiersOf)(value)
        .map((i) => variableOf(stack, i))
        .find((v) => v !== undefined);
    if (variable && variable.default !== undefined)
        return { kind: 'literal', variable };
    return { kind: 'expression', variable };
}
