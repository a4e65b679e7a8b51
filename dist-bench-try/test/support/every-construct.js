"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.everyConstruct = everyConstruct;
const cdktf_1 = require("cdktf");
const azure_guardrails_cdktf_1 = require("azure-guardrails-cdktf");
/** One valid instance of every construct of the library in the stack, each given `common`; in the order built. */
function everyConstruct(stack, common) {
    const password = new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
    const vm = new azure_guardrails_cdktf_1.WindowsServerAzureEditionVm(stack, 'files', {
        ...common, name: 'files01', size: 'Standard_D2s_v5', adminUsername: 'fleetadmin', adminPassword: password, networkInterfaceIds: ['nic'],
        image: azure_guardrails_cdktf_1.WindowsServerAzureEditionImage.DATACENTER_2025_CORE, automanage: { configuration: { name: 'bp' } }, dataDisks: [{ name: 'files01-data', sizeGb: 128, lun: 0 }],
    });
    const quic = new azure_guardrails_cdktf_1.SmbOverQuic(stack, 'quic', {
        vm, serverNames: ['files.contoso.com'], certificate: azure_guardrails_cdktf_1.SmbOverQuicCertificate.create({ keyVaultId: 'kv', name: 'files-quic' }),
        networkSecurityGroup: { name: 'nsg', resourceGroupName: 'rg' }, allowedSourceAddressPrefixes: ['203.0.113.0/24'],
    });
    const xnet = new azure_guardrails_cdktf_1.AzureExtendedNetwork(stack, 'xnet', {
        ...common, name: 'xnet01', adminUsername: 'xnetadmin', adminPassword: password,
        routableSubnet: { id: 'sn-r', name: 'snet-appliance', addressPrefix: '10.20.2.0/24' }, extendedSubnet: { id: 'sn-e', name: 'snet-extended', addressPrefix: '10.10.1.0/24' },
        onPremisesSubnetPrefix: '10.10.1.0/24', onPremisesApplianceAddress: '192.168.50.10', virtualNetworkGateway: { name: 'gw', resourceGroupName: 'rg' },
    });
    const image = new azure_guardrails_cdktf_1.AzureLocalMarketplaceImage(stack, 'img', { ...common, customLocationId: 'cl', ...azure_guardrails_cdktf_1.SEED_23H2_IMAGES[0], name: 'ws2025', hypervGeneration: 'V2' });
    const local = new azure_guardrails_cdktf_1.AzureLocalTrustedLaunchVm(stack, 'hci', {
        ...common, name: 'hci01', customLocationId: 'cl', image: azure_guardrails_cdktf_1.AzureLocalVmImage.fromMarketplaceImage(image), logicalNetworkId: 'lnet',
        adminUsername: 'localadmin', adminPassword: password, dataDisks: [{ name: 'hci01-data', sizeGb: 64 }],
    });
    return [vm, quic, xnet, image, local];
}
