"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keyVaultDeploymentOf = keyVaultDeploymentOf;
const cdktf_1 = require("cdktf");
const unknown_1 = require("../../core/unknown");
const maybe_1 = require("./maybe");
const stack_index_1 = require("./stack-index");
/** The Key Vault resources and data sources of each stack by address (`azurerm_key_vault.kv`, `data.azurerm_key_vault.kv`). */
const VAULTS = new stack_index_1.StackIndex((c, add) => {
    // duck-typed: on CDK Terrain the app's classes may come from another copy of the framework
    if (c.terraformResourceType !== 'azurerm_key_vault' || typeof c.toTerraform !== 'function')
        return;
    add(`${c.toTerraform().data !== undefined ? 'data.' : ''}azurerm_key_vault.${c.friendlyUniqueId}`, c);
});
/** A vault of the stack by address; only a vault's address can name one, so nothing else walks the stack. */
const vaultAt = (stack, address) => (/^(data\.)?azurerm_key_vault\./.test(address) ? VAULTS.get(stack, address) : undefined);
/**
 * `enabled_for_deployment` of the Key Vault an id refers to: the configured value of a vault resource of the stack
 * (azurerm's default is false), a reference to the attribute for a data source or a value known at apply, or `outside`
 * for an id that names no vault of the stack (a literal id, a variable).
 */
function keyVaultDeploymentOf(scope, keyVaultId) {
    if (!(0, maybe_1.isToken)(keyVaultId))
        return 'outside';
    const stack = cdktf_1.TerraformStack.of(scope);
    const address = (0, maybe_1.identifiersOf)(keyVaultId)
        .map((i) => i.replace(/\.id$/, ''))
        .find((a) => vaultAt(stack, a) !== undefined);
    if (address === undefined)
        return 'outside';
    const vault = vaultAt(stack, address);
    const configured = address.startsWith('data.') ? vault.enabledForDeployment : vault.enabledForDeploymentInput;
    if (configured === undefined)
        return false;
    return typeof configured === 'boolean' ? configured : new unknown_1.Unknown(vault.enabledForDeployment);
}
