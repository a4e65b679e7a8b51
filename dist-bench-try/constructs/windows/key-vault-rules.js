"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VM_SECRET_VAULT_RULES = exports.WIN_SECRET_VAULT_OUTSIDE = exports.WIN_SECRET_VAULT_DEPLOYMENT = void 0;
const condition_1 = require("../core/condition");
const sources_1 = require("../core/sources");
exports.WIN_SECRET_VAULT_DEPLOYMENT = {
    id: 'WIN-SECRET-VAULT-DEPLOYMENT',
    severity: 'error',
    title: 'a Key Vault that installs certificates on a VM is enabled for deployment',
    source: sources_1.SOURCES.keyVaultDeployment,
    doc: 'A VM secret block installs certificates from a Key Vault only when the vault has enabled_for_deployment = true (azurerm defaults it to false); Azure refuses the VM deployment otherwise. azurerm does not check it.',
    holds: (f) => (0, condition_1.and)(...f.vaults.map((v) => (v.enabledForDeployment === 'outside' ? true : (0, condition_1.eq)(v.enabledForDeployment, true)))),
    check: (f) => f.vaults
        .filter((v) => v.enabledForDeployment === false)
        .map((v) => ({
        attribute: 'secret.key_vault_id',
        message: `Key Vault ${v.keyVaultId} installs certificates on the VM but is not enabled for deployment (enabled_for_deployment false or unset)`,
        value: 'false',
        allowed: ['true'],
        fix: 'set enabled_for_deployment = true on the Key Vault',
    })),
};
exports.WIN_SECRET_VAULT_OUTSIDE = {
    id: 'WIN-SECRET-VAULT-OUTSIDE',
    severity: 'warning',
    title: 'a Key Vault outside the configuration must be enabled for deployment',
    source: sources_1.SOURCES.keyVaultDeployment,
    doc: 'When the vault is not a resource of the configuration (an existing vault given by id or read with a data source), its enabled_for_deployment cannot be checked before apply.',
    check: (f) => f.vaults
        .filter((v) => v.enabledForDeployment === 'outside')
        .map((v) => ({
        attribute: 'secret.key_vault_id',
        message: `Key Vault ${v.keyVaultId} is not in this configuration, so whether it is enabled for deployment is not checked`,
        fix: 'make sure the vault has enabled_for_deployment = true (az keyvault update --enabled-for-deployment true)',
    })),
};
/** The rules of the Key Vaults a VM installs certificates from. */
exports.VM_SECRET_VAULT_RULES = [exports.WIN_SECRET_VAULT_DEPLOYMENT, exports.WIN_SECRET_VAULT_OUTSIDE];
