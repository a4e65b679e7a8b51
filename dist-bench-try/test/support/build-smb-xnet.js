"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXISTING_SECRET_ID = exports.KEY_VAULT_ID = void 0;
exports.buildSmb = buildSmb;
exports.buildXnet = buildXnet;
exports.warningIds = warningIds;
const annotations_1 = require("./annotations");
const data_azurerm_key_vault_1 = require("@cdktf/provider-azurerm/lib/data-azurerm-key-vault");
const key_vault_1 = require("@cdktf/provider-azurerm/lib/key-vault");
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
const build_vm_1 = require("./build-vm");
exports.KEY_VAULT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/kv1';
const AUTOMANAGE_PROFILE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Automanage/configurationProfiles/prod';
exports.EXISTING_SECRET_ID = 'https://kv1.vault.azure.net/secrets/files/0123456789abcdef';
const CUSTOM_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/img/providers/Microsoft.Compute/images/golden';
function image(sku) {
    return sku === 'custom' ? constructs_1.WindowsServerAzureEditionImage.fromImageId(CUSTOM_IMAGE) : constructs_1.WindowsServerAzureEditionImage.fromSku(sku);
}
function password(stack) {
    return new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
}
function buildSmb(c) {
    const stack = new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
    const keyVaultId = c.vault === 'enabled' || c.vault === 'disabled'
        ? new key_vault_1.KeyVault(stack, 'kv', { name: 'kv-files', location: 'westeurope', resourceGroupName: 'rg', skuName: 'standard', tenantId: '00000000-0000-0000-0000-000000000000', ...(c.vault === 'enabled' ? { enabledForDeployment: true } : {}) }).id
        : c.vault === 'data'
            ? new data_azurerm_key_vault_1.DataAzurermKeyVault(stack, 'kv', { name: 'kv-files', resourceGroupName: 'rg' }).id
            : exports.KEY_VAULT_ID;
    const vm = new constructs_1.WindowsServerAzureEditionVm(stack, 'files', {
        name: 'files-01',
        resourceGroupName: 'rg',
        location: 'westeurope',
        size: 'Standard_D4s_v5',
        image: image(c.sku),
        adminUsername: 'filesadmin',
        adminPassword: password(stack),
        networkInterfaceIds: [build_vm_1.NIC_ID],
        ...(c.automanage ? { automanage: { configurationId: AUTOMANAGE_PROFILE } } : {}),
    });
    try {
        const thumbprint = new cdktf_1.TerraformVariable(stack, 'thumbprint', { type: 'string' }).stringValue;
        new constructs_1.SmbOverQuic(stack, 'quic', {
            vm,
            serverNames: c.serverNames,
            certificate: c.certificate.kind === 'existing'
                ? constructs_1.SmbOverQuicCertificate.fromKeyVault({ keyVaultId, secretId: exports.EXISTING_SECRET_ID, thumbprint })
                : constructs_1.SmbOverQuicCertificate.create({ keyVaultId, name: 'files-quic', ...c.certificate, kind: undefined }),
            networkSecurityGroup: { name: 'nsg-files', resourceGroupName: 'rg' },
            allowedSourceAddressPrefixes: c.sources,
            ...(c.clientAccessControl ? { clientAccessControl: { allowedClientCertificateSha256: c.clientAccessControl.allowed } } : {}),
            ...(c.kdcProxy !== undefined ? { kdcProxy: c.kdcProxy } : {}),
            ...(c.wacPort !== undefined ? { windowsAdminCenterGatewayPort: c.wacPort } : {}),
        });
        return { json: JSON.parse(cdktf_1.Testing.synth(stack)), stack };
    }
    catch (error) {
        return { error };
    }
}
function buildXnet(c) {
    const stack = new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
    try {
        new constructs_1.AzureExtendedNetwork(stack, 'xnet', {
            name: 'xnet-azure-01',
            resourceGroupName: 'rg',
            location: 'westeurope',
            size: c.size,
            image: image(c.sku),
            adminUsername: 'xnetadmin',
            adminPassword: password(stack),
            routableSubnet: { id: c.routable.id, name: c.routable.name, addressPrefix: c.routable.prefix },
            extendedSubnet: { id: c.extended.id, name: c.extended.name, addressPrefix: c.extended.prefix },
            onPremisesSubnetPrefix: c.onPremPrefix,
            onPremisesApplianceAddress: c.applianceAddress,
            virtualNetworkGateway: { name: 'vpngw', resourceGroupName: 'rg' },
            ...(c.vxlanPort !== undefined ? { vxlanPort: c.vxlanPort } : {}),
            extendedAddresses: c.extendedAddresses,
        });
        return { json: JSON.parse(cdktf_1.Testing.synth(stack)), stack };
    }
    catch (error) {
        return { error };
    }
}
/** Warning rule ids under a construct tree, sorted. */
function warningIds(stack) {
    return (0, annotations_1.warningIdsUnder)(stack).sort();
}
