import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { Maybe, Unknown } from '../../core/unknown';
import { identifiersOf, isToken } from './maybe';
import { StackIndex } from './stack-index';

/** The Key Vault resources and data sources of each stack by address (`azurerm_key_vault.kv`, `data.azurerm_key_vault.kv`). */
const VAULTS = new StackIndex<any>((c: any, add) => {
  // duck-typed: on CDK Terrain the app's classes may come from another copy of the framework
  if (c.terraformResourceType !== 'azurerm_key_vault' || typeof c.toTerraform !== 'function') return;
  add(`${c.toTerraform().data !== undefined ? 'data.' : ''}azurerm_key_vault.${c.friendlyUniqueId}`, c);
});

/** A vault of the stack by address; only a vault's address can name one, so nothing else walks the stack. */
const vaultAt = (stack: TerraformStack, address: string) => (/^(data\.)?azurerm_key_vault\./.test(address) ? VAULTS.get(stack, address) : undefined);

/**
 * `enabled_for_deployment` of the Key Vault an id refers to: the configured value of a vault resource of the stack
 * (azurerm's default is false), a reference to the attribute for a data source or a value known at apply, or `outside`
 * for an id that names no vault of the stack (a literal id, a variable).
 */
export function keyVaultDeploymentOf(scope: IConstruct, keyVaultId: string): Maybe<boolean> | 'outside' {
  if (!isToken(keyVaultId)) return 'outside';
  const stack = TerraformStack.of(scope);
  const address = identifiersOf(keyVaultId)
    .map((i) => i.replace(/\.id$/, ''))
    .find((a) => vaultAt(stack, a) !== undefined);
  if (address === undefined) return 'outside';
  const vault = vaultAt(stack, address);
  const configured = address.startsWith('data.') ? vault.enabledForDeployment : vault.enabledForDeploymentInput;
  if (configured === undefined) return false;
  // azurerm's default for enabled_for_deployment is false: a null is a vault not enabled
  return typeof configured === 'boolean' ? configured : new Unknown(vault.enabledForDeployment, false);
}
