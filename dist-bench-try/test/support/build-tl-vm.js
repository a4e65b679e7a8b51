"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CUSTOM_IMAGE = exports.EXISTING_IMAGE = exports.LOGICAL_NETWORK = exports.CUSTOM_LOCATION = void 0;
exports.buildTlVm = buildTlVm;
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
const annotations_1 = require("./annotations");
const build_vm_1 = require("./build-vm");
exports.CUSTOM_LOCATION = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.ExtendedLocation/customLocations/cl';
exports.LOGICAL_NETWORK = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet';
exports.EXISTING_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/marketplaceGalleryImages/existing';
exports.CUSTOM_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/galleryImages/golden';
/** Builds one trusted-launch VM from a configuration in a fresh stack and synthesizes it. */
function buildTlVm(c) {
    const stack = new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
    const common = { resourceGroupName: 'rg-hci', location: 'westeurope' };
    try {
        let image;
        if (c.image.kind === 'custom')
            image = constructs_1.AzureLocalVmImage.fromCustomImage(exports.CUSTOM_IMAGE);
        else if (c.image.kind === 'existing')
            image = constructs_1.AzureLocalVmImage.fromExistingMarketplaceImage(exports.EXISTING_IMAGE, { ...c.image.ref, hypervGeneration: c.image.generation });
        else {
            const gallery = new constructs_1.AzureLocalMarketplaceImage(stack, 'image', { ...common, name: 'guest-image', customLocationId: exports.CUSTOM_LOCATION, ...c.image.ref, hypervGeneration: c.image.generation });
            image = constructs_1.AzureLocalVmImage.fromMarketplaceImage(gallery);
        }
        const props = {
            ...common,
            name: c.name,
            customLocationId: exports.CUSTOM_LOCATION,
            image,
            logicalNetworkId: exports.LOGICAL_NETWORK,
            adminUsername: 'localadmin',
            adminPassword: c.passwordLiteral ? build_vm_1.PLANTED_LITERAL_PASSWORD : new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
            dataDisks: Array.from({ length: c.dataDisks }, (_, i) => ({ name: `disk-${i}`, sizeGb: 32 })),
        };
        if (c.memoryMb !== undefined)
            props.memoryMb = c.memoryMb;
        if (c.dynamicMemory)
            props.dynamicMemory = { minimumMb: c.dynamicMemory.min, maximumMb: c.dynamicMemory.max, ...(c.dynamicMemory.buffer !== undefined ? { targetBufferPercent: c.dynamicMemory.buffer } : {}) };
        const [firstIp, ...otherIps] = c.ips ?? [undefined];
        if (firstIp !== undefined)
            props.privateIpAddress = firstIp;
        if (otherIps.length > 0)
            props.additionalNetworkInterfaces = otherIps.map((ip, i) => ({ name: `nic-${i + 1}`, logicalNetworkId: `${exports.LOGICAL_NETWORK}-${i + 1}`, ...(ip !== undefined ? { privateIpAddress: ip } : {}) }));
        if (c.computerName)
            props.computerName = c.computerName.kind === 'literal' ? c.computerName.value : new cdktf_1.TerraformVariable(stack, 'computer_name', { type: 'string' }).stringValue;
        for (const k of ['policy', 'securityType', 'secureBoot', 'vtpm', 'guestAttestation'])
            if (c[k] !== undefined)
                props[k === 'policy' ? 'supportPolicy' : k] = c[k];
        const vm = new constructs_1.AzureLocalTrustedLaunchVm(stack, 'vm', props);
        const json = JSON.parse(cdktf_1.Testing.synth(stack));
        return { json, memoryWarnings: (0, annotations_1.warningIdsUnder)(vm).filter((id) => id === 'HCI-DYNAMIC-MEMORY-RANGE') };
    }
    catch (error) {
        return { error };
    }
}
