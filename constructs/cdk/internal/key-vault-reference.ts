import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { Maybe, Unknown } from '../../core/unknown';
import { identifiersOf, isToken } from './maybe';

/** The Key Vault resources and data sources of each stack by address (`azurerm_key_vault.kv`, `data.azurerm_key_vault.kv`). */
const VAULTS = new WeakMap<TerraformStack, Map<string, any>>();

function vaultAt(stack: TerraformStack, address: string): any {
  let known = VAULTS.get(stack);
  if (known === undefined || !known.has(address)) {
    known = new Map();
    // duck-typed: on CDK Terrain the app's classes may come from another copy of the framework
    for (const c of stack.node.findAll() as any[]) {
      if (c.terraformResourceType !== 'azurerm_key_vault' || typeof c.toTerraform !== 'function') continue;
      const data = c.toTerraform().data !== undefined;
      known.set(`${data ? 'data.' : ''}azurerm_key_vault.${c.friendlyUniqueId}`, c);
    }
    VAULTS.set(stack, known);
  }
  return known.get(address);
}

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
  return typeof configured === 'boolean' ? configured : new Unknown(vault.enabledForDeployment);
}
