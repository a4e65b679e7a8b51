import { evaluate, Unknown } from '../../constructs/rules';
import { VM_SECRET_VAULT_RULES, VmSecretVaultFacts } from '../../constructs/windows/key-vault-rules';
import { preconditions } from '../../constructs/core/rule';
import { NON_NULL_STRING_EXPRESSIONS as STRING_EXPRESSIONS } from '../rules/string-expressions';

const facts = (...enabled: VmSecretVaultFacts['vaults'][number]['enabledForDeployment'][]): VmSecretVaultFacts => ({ vaults: enabled.map((e, i) => ({ keyVaultId: `azurerm_key_vault.kv${i}`, enabledForDeployment: e })) });
const ids = (f: VmSecretVaultFacts) => evaluate(VM_SECRET_VAULT_RULES, f, 'vm').map((v) => `${v.ruleId} ${v.severity} ${v.attribute}`);

describe('Key Vaults that install certificates on a VM', () => {
  test('a vault enabled for deployment passes; no vault, nothing to say', () => {
    expect(ids(facts(true))).toEqual([]);
    expect(ids(facts())).toEqual([]);
  });
  test('fails each vault of the configuration that is not enabled for deployment', () => {
    expect(ids(facts(false, true, false))).toEqual(['WIN-SECRET-VAULT-DEPLOYMENT error secret.key_vault_id', 'WIN-SECRET-VAULT-DEPLOYMENT error secret.key_vault_id']);
    const [v] = evaluate(VM_SECRET_VAULT_RULES, facts(false), 'vm');
    expect([v.message, v.value, v.allowed, v.fix]).toEqual([
      'Key Vault azurerm_key_vault.kv0 installs certificates on the VM but is not enabled for deployment (enabled_for_deployment false or unset)',
      'false',
      ['true'],
      'set enabled_for_deployment = true on the Key Vault',
    ]);
  });
  test('warns of a vault outside the configuration, and checks one known at apply with a precondition', () => {
    expect(ids(facts('outside'))).toEqual(['WIN-SECRET-VAULT-OUTSIDE warning secret.key_vault_id']);
    const [outside] = evaluate(VM_SECRET_VAULT_RULES, facts('outside'), 'vm');
    expect([outside.message, outside.fix]).toEqual([
      'Key Vault azurerm_key_vault.kv0 is not in this configuration, so whether it is enabled for deployment is not checked',
      'make sure the vault has enabled_for_deployment = true (az keyvault update --enabled-for-deployment true)',
    ]);
    expect(ids(facts(new Unknown('data.azurerm_key_vault.kv.enabled_for_deployment')))).toEqual([]);
    expect(preconditions(VM_SECRET_VAULT_RULES, facts(new Unknown('data.azurerm_key_vault.kv.enabled_for_deployment'), 'outside', true), STRING_EXPRESSIONS).map((p) => [p.condition, p.errorMessage])).toEqual([
      ['data.azurerm_key_vault.kv.enabled_for_deployment == true', '[WIN-SECRET-VAULT-DEPLOYMENT] a Key Vault that installs certificates on a VM is enabled for deployment.'],
    ]);
  });
});
