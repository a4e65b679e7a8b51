"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.azureEditionVmSettings = azureEditionVmSettings;
const windows_vm_facts_1 = require("../../windows/windows-vm-facts");
const image_catalog_1 = require("../../windows/image-catalog");
const image_1 = require("../../windows/image");
const arbitrary_parts_1 = require("./arbitrary-parts");
const vm_data_1 = require("../../windows/vm-data");
const PLACEHOLDER = (type, name) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-fleet/providers/${type}/${name}`;
const USER_ASSIGNED = PLACEHOLDER('Microsoft.ManagedIdentity/userAssignedIdentities', 'fleet');
const AVAILABILITY_SET = PLACEHOLDER('Microsoft.Compute/availabilitySets', 'fleet');
/** Spreads the generated placement (zone, availability set) into the settings. */
function withPlacement(s) {
    const { placement, ...rest } = s;
    return { ...rest, ...placement };
}
/** Fleet settings every size of the valid-only space accepts: at most 4 data disks (the smallest size takes 4), distinct LUNs, no premium disk caching limits crossed. */
function fleetSettings(fc, validOnly) {
    const disk = (lun) => fc.record({ lun, sizeGb: fc.constantFrom(32, 128, 1024), caching: fc.constantFrom('None', 'ReadOnly'), storageAccountType: fc.constantFrom('Premium_LRS', 'StandardSSD_LRS') });
    const identity = fc.oneof(fc.constant({ type: 'SystemAssigned' }), fc.constantFrom('UserAssigned', 'SystemAssigned, UserAssigned').map((type) => ({ type, identityIds: [USER_ASSIGNED] })));
    const placement = fc.constantFrom({ zone: '1' }, { zone: '3' }, { availabilitySetId: AVAILABILITY_SET }, {});
    const licenseType = fc.constantFrom('Windows_Server', 'None');
    const dataDisks = fc.uniqueArray(disk(fc.integer({ min: 0, max: 15 })), { maxLength: 4, selector: (d) => d.lun }).map((ds) => ds.map((d, i) => ({ name: `data${i}`, ...d })));
    const userData = fc.constantFrom('Install-WindowsFeature Web-Server', '{"role":"web","tier":"front"}').map((t) => vm_data_1.VmData.fromText(t));
    if (validOnly) {
        return { licenseType, identity, placement, userData, dataDisks };
    }
    // the whole space: mostly valid fleet settings, sometimes one Azure or azurerm refuses, so that valid VMs stay common
    const sometimes = (valid, invalid) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
    return {
        licenseType: sometimes(licenseType, fc.constantFrom('Windows_Client', 'windows_server')),
        identity: sometimes(identity, fc.constant({ type: 'SystemAssigned', identityIds: [USER_ASSIGNED] })),
        placement: sometimes(placement, fc.constant({ zone: '1', availabilitySetId: AVAILABILITY_SET })),
        userData: sometimes(userData, fc.constant(vm_data_1.VmData.fromBase64('Install-WindowsFeature Web-Server'))),
        dataDisks: sometimes(dataDisks, fc.array(disk(fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 6 }).map((ds) => ds.map((d, i) => ({ name: `data${i}`, ...d })))),
    };
}
/**
 * Settings of a Windows Server Azure Edition VM. Shrinking-friendly: each key is drawn independently from a small
 * list or a bounded string, so a failing case shrinks to the few keys that matter.
 */
function azureEditionVmSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const fleet = (validOnly) => fleetSettings(fc, validOnly);
    const name = (0, arbitrary_parts_1.computerNameArbitrary)(fc);
    if (options.validOnly) {
        return fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES).chain((entry) => {
            const hotpatchImage = image_catalog_1.HOTPATCH_SKUS.includes(entry.sku);
            return fc.record({
                name,
                size: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES),
                image: fc.constant(image_1.WindowsServerAzureEditionImage.fromSku(entry.sku)),
                adminUsername: fc.constantFrom(...arbitrary_parts_1.ADMIN_USERNAMES),
                computerName: name,
                hotpatch: hotpatchImage ? fc.boolean() : fc.constant(false),
                patchMode: fc.constant('AutomaticByPlatform'),
                patchAssessmentMode: fc.constantFrom(...windows_vm_facts_1.PATCH_ASSESSMENT_MODES),
                rebootSetting: fc.constantFrom(...windows_vm_facts_1.REBOOT_SETTINGS),
                secureBoot: fc.constant(true),
                vtpm: fc.constant(true),
                ...fleet(true),
            }, { requiredKeys: ['name', 'size', 'image', 'adminUsername'] }).map(withPlacement);
        });
    }
    const image = fc.oneof(fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES.map((e) => e.sku)).map((sku) => image_1.WindowsServerAzureEditionImage.fromSku(sku)), fc.constantFrom('2022-Datacenter-Azure-Edition-Core', '2022-datacenter-g2', '2019-datacenter').map((sku) => image_1.WindowsServerAzureEditionImage.fromSku(sku)), fc.constant(image_1.WindowsServerAzureEditionImage.fromImageId('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/golden')));
    return fc.record({
        name: fc.oneof(name, fc.constantFrom(...arbitrary_parts_1.BAD_COMPUTER_NAMES)),
        size: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES, ...arbitrary_parts_1.OTHER_SIZES),
        image,
        adminUsername: fc.constantFrom(...arbitrary_parts_1.ADMIN_USERNAMES, ...arbitrary_parts_1.BAD_ADMIN_USERNAMES),
        computerName: fc.oneof(name, fc.constantFrom(...arbitrary_parts_1.BAD_COMPUTER_NAMES)),
        hotpatch: fc.boolean(),
        patchMode: fc.constantFrom(...windows_vm_facts_1.PATCH_MODES, 'automaticbyplatform'),
        patchAssessmentMode: fc.constantFrom(...windows_vm_facts_1.PATCH_ASSESSMENT_MODES),
        rebootSetting: fc.constantFrom(...windows_vm_facts_1.REBOOT_SETTINGS),
        provisionVmAgent: fc.boolean(),
        automaticUpdates: fc.boolean(),
        bypassPlatformSafetyChecksOnUserSchedule: fc.boolean(),
        secureBoot: fc.boolean(),
        vtpm: fc.boolean(),
        ...fleet(false),
    }, { requiredKeys: ['name', 'size', 'image', 'adminUsername'] }).map(withPlacement);
}
