import { and, eq } from '../core/condition';
import { Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { Maybe } from '../core/unknown';

/** The Key Vaults a VM (or scale set) installs certificates from through its `secret` blocks. */
export interface VmSecretVaultFacts {
  /** One entry per distinct `key_vault_id` of the `secret` blocks. */
  readonly vaults: readonly {
    /** `secret.key_vault_id`, as written (for the messages). */
    readonly keyVaultId: string;
    /** The vault's `enabled_for_deployment` (azurerm's default is false), or `outside` when the vault is not in the configuration. */
    readonly enabledForDeployment: Maybe<boolean> | 'outside';
  }[];
}

export const WIN_SECRET_VAULT_DEPLOYMENT: Rule<VmSecretVaultFacts> = {
  id: 'WIN-SECRET-VAULT-DEPLOYMENT',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'a VM retrieves certificates from a Key Vault only when the vault has enabledForDeployment ("Azure Virtual Machines are permitted to retrieve certificates stored as secrets from the key vault")', source: 'Azure Key Vault security, https://learn.microsoft.com/azure/key-vault/general/overview-security; azurerm v4.55.0 key_vault_resource.go (enabled_for_deployment, default false)' },
  ],
  title: 'a Key Vault that installs certificates on a VM is enabled for deployment',
  source: SOURCES.keyVaultDeployment,
  doc: 'A VM secret block installs certificates from a Key Vault only when the vault has enabled_for_deployment = true (azurerm defaults it to false); Azure refuses the VM deployment otherwise. azurerm does not check it.',
  holds: (f) => and(...f.vaults.map((v) => (v.enabledForDeployment === 'outside' ? true : eq(v.enabledForDeployment, true)))),
  check: (f) =>
    f.vaults
      .filter((v) => v.enabledForDeployment === false)
      .map((v) => ({
        attribute: 'secret.key_vault_id',
        message: `Key Vault ${v.keyVaultId} installs certificates on the VM but is not enabled for deployment (enabled_for_deployment false or unset)`,
        value: 'false',
        allowed: ['true'],
        fix: 'set enabled_for_deployment = true on the Key Vault',
      })),
};

export const WIN_SECRET_VAULT_OUTSIDE: Rule<VmSecretVaultFacts> = {
  id: 'WIN-SECRET-VAULT-OUTSIDE',
  severity: 'warning',
  title: 'a Key Vault outside the configuration must be enabled for deployment',
  source: SOURCES.keyVaultDeployment,
  doc: 'When the vault is not a resource of the configuration (an existing vault given by id or read with a data source), its enabled_for_deployment cannot be checked before apply.',
  check: (f) =>
    f.vaults
      .filter((v) => v.enabledForDeployment === 'outside')
      .map((v) => ({
        attribute: 'secret.key_vault_id',
        message: `Key Vault ${v.keyVaultId} is not in this configuration, so whether it is enabled for deployment is not checked`,
        fix: 'make sure the vault has enabled_for_deployment = true (az keyvault update --enabled-for-deployment true)',
      })),
};

/** The rules of the Key Vaults a VM installs certificates from. */
export const VM_SECRET_VAULT_RULES: readonly Rule<VmSecretVaultFacts>[] = [WIN_SECRET_VAULT_DEPLOYMENT, WIN_SECRET_VAULT_OUTSIDE];

