"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NIC_ID = exports.PLANTED_LITERAL_PASSWORD = void 0;
exports.propsFor = propsFor;
exports.buildVm = buildVm;
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
/** A literal password the tests plant to check it never leaks; not a real secret. */
exports.PLANTED_LITERAL_PASSWORD = 'planted-literal-Pw-4242';
exports.NIC_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic1';
/** Turns a generated configuration into construct props inside `stack` (creating variables for the tokens). */
function propsFor(stack, c) {
    const variable = (name, sensitive = false) => new cdktf_1.TerraformVariable(stack, name, { type: 'string', sensitive }).stringValue;
    const image = c.image.kind === 'custom'
        ? constructs_1.WindowsServerAzureEditionImage.fromImageId(c.image.imageId)
        : constructs_1.WindowsServerAzureEditionImage.fromMarketplace({
            publisher: c.image.publisher,
            offer: c.image.offer,
            sku: c.image.kind === 'marketplace' ? c.image.sku : variable('image_sku'),
        });
    const props = {
        name: c.name,
        resourceGroupName: 'rg',
        location: 'westeurope',
        size: c.size,
        adminUsername: c.adminUsername ?? 'azureuser',
        adminPassword: c.passwordLiteral ? exports.PLANTED_LITERAL_PASSWORD : variable('admin_password', true),
        networkInterfaceIds: [exports.NIC_ID],
        image,
    };
    if (c.computerName)
        props.computerName = c.computerName.kind === 'literal' ? c.computerName.value : c.computerName.kind === 'template' ? `${variable('computer_name')}${c.computerName.suffix}` : variable('computer_name');
    const optional = ['hotpatch', 'patchMode', 'patchAssessmentMode', 'rebootSetting', 'provisionVmAgent', 'allowExtensionOperations', 'automaticUpdates', 'secureBoot', 'vtpm'];
    for (const k of optional)
        if (c[k] !== undefined)
            props[k] = c[k];
    if (c.bypass !== undefined)
        props.bypassPlatformSafetyChecksOnUserSchedule = c.bypass;
    if (c.automanage === 'existing')
        props.automanage = { configurationId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Automanage/configurationProfiles/prod' };
    if (c.automanage === 'new')
        props.automanage = { configuration: { name: 'best-practices' } };
    Object.assign(props, fleetProps(c));
    return props;
}
const ID = (type, name) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/${type}/${name}`;
const data = (d) => (d.kind === 'text' ? constructs_1.VmData.fromText(d.value) : constructs_1.VmData.fromBase64(d.value));
/** The fleet props of a configuration (licence, identity, placement, data, disks), as a user writes them. */
function fleetProps(c) {
    const p = c.placement ?? {};
    return {
        ...(c.licenseType !== undefined ? { licenseType: c.licenseType } : {}),
        ...(c.identity ? { identity: { type: c.identity.type, ...(c.identity.ids > 0 ? { identityIds: Array.from({ length: c.identity.ids }, (_, i) => ID('Microsoft.ManagedIdentity/userAssignedIdentities', `id${i}`)) } : {}) } } : {}),
        ...(p.zone ? { zone: '1' } : {}),
        ...(p.availabilitySet ? { availabilitySetId: ID('Microsoft.Compute/availabilitySets', 'web') } : {}),
        ...(p.proximityPlacementGroup ? { proximityPlacementGroupId: ID('Microsoft.Compute/proximityPlacementGroups', 'ppg') } : {}),
        ...(p.capacityReservation ? { capacityReservationGroupId: ID('Microsoft.Compute/capacityReservationGroups', 'crg') } : {}),
        ...(c.userData ? { userData: data(c.userData) } : {}),
        ...(c.customData ? { customData: data(c.customData) } : {}),
        ...(c.osDiskType ? { osDisk: { storageAccountType: c.osDiskType } } : {}),
        ...(c.dataDisks ? { dataDisks: c.dataDisks.map((d, i) => ({ name: `data${i}`, sizeGb: 64, lun: d.lun, ...(d.caching ? { caching: d.caching } : {}), ...(d.type ? { storageAccountType: d.type } : {}), ...(d.copy ? { sourceResourceId: ID('Microsoft.Compute/snapshots', `nightly${i}`) } : {}) })) } : {}),
    };
}
/** Builds one VM from a configuration in a fresh stack and synthesizes it. */
function buildVm(c) {
    const app = new cdktf_1.App({ skipValidation: false });
    const stack = new cdktf_1.TerraformStack(app, 'test');
    let vm;
    try {
        vm = new constructs_1.WindowsServerAzureEditionVm(stack, 'vm', propsFor(stack, c));
        return { vm, json: JSON.parse(cdktf_1.Testing.synth(stack)) };
    }
    catch (error) {
        return { error };
    }
}
