"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VM_FLEET_PROPS = void 0;
exports.encodedVmData = encodedVmData;
exports.vmFleetRuleSets = vmFleetRuleSets;
exports.vmFleetAttributes = vmFleetAttributes;
exports.addDataDisks = addDataDisks;
const cdktf_1 = require("cdktf");
const unknown_1 = require("../../core/unknown");
const disk_rules_1 = require("../../windows/disk-rules");
const vm_data_1 = require("../../windows/vm-data");
const vm_data_rules_1 = require("../../windows/vm-data-rules");
const vm_settings_rules_1 = require("../../windows/vm-settings-rules");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const provider_prop_1 = require("../internal/provider-prop");
const managedDiskModule = () => require('@cdktf/provider-azurerm/lib/managed-disk');
const dataDiskAttachmentModule = () => require('@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment');
const S = { type: 'string' };
/** The runtime shape of {@link VmFleetProps}, for JavaScript callers. */
exports.VM_FLEET_PROPS = {
    // the values are checked by WIN-LICENSE-TYPE and WIN-IDENTITY, with their sources
    licenseType: S,
    identity: { type: { object: { type: { type: 'string', required: true }, identityIds: { type: 'string[]' } } } },
    availabilitySetId: S,
    proximityPlacementGroupId: S,
    capacityReservationGroupId: S,
    bootDiagnosticsStorageUri: S,
    userData: { type: { instance: vm_data_1.VmData, name: 'VmData' } },
    customData: { type: { instance: vm_data_1.VmData, name: 'VmData' } },
    dataDisks: {
        type: {
            array: {
                name: { type: 'string', required: true },
                sizeGb: { type: 'number', integer: true, min: 1, required: true },
                lun: { type: 'number', required: true },
                caching: { type: { enum: ['None', 'ReadOnly', 'ReadWrite'] } },
                storageAccountType: { type: { enum: ['Standard_LRS', 'StandardSSD_LRS', 'StandardSSD_ZRS', 'Premium_LRS', 'Premium_ZRS', 'PremiumV2_LRS', 'UltraSSD_LRS'] } },
                sourceResourceId: S,
            },
        },
    },
    dependsOn: { type: { is: Array.isArray, name: 'list of resources' } },
    lifecycle: { type: { is: (v) => typeof v === 'object' && v !== null && !Array.isArray(v), name: 'lifecycle block' } },
};
/** The base64 value written for user or custom data: text encoded here, or by Terraform when it is a token. */
function base64Of(data) {
    if (!data)
        return undefined;
    if (data.kind === 'base64')
        return data.value;
    return (0, maybe_1.isToken)(data.value) ? cdktf_1.Fn.base64encode(data.value) : Buffer.from(data.value, 'utf8').toString('base64');
}
const written = (v) => (v === undefined ? undefined : (0, maybe_1.maybe)(v));
/** The licence, identity and placement facts of the props. */
function vmSettingsFacts(p) {
    const ids = p.identity?.identityIds;
    return {
        licenseType: written(p.licenseType),
        identityType: p.identity ? (0, maybe_1.maybe)(p.identity.type) : undefined,
        identityIdCount: ids === undefined ? 0 : (0, maybe_1.isListToken)(ids) ? new unknown_1.Unknown(ids) : ids.length,
        zone: written(p.zone),
        availabilitySetId: written(p.availabilitySetId),
        proximityPlacementGroupId: written(p.proximityPlacementGroupId),
        capacityReservationGroupId: written(p.capacityReservationGroupId),
    };
}
/** Encodes the user and custom data of the props once, for the facts and the attributes. */
function encodedVmData(p) {
    return { userData: base64Of(p.userData), customData: base64Of(p.customData) };
}
/**
 * The rule sets of the fleet props. Licence, identity and placement, and user and custom data, are checked when a
 * prop of theirs is given (nothing to find otherwise); the disk rules always, for the OS disk.
 */
function vmFleetRuleSets(p, encoded) {
    const settings = [p.licenseType, p.identity, p.zone, p.availabilitySetId, p.proximityPlacementGroupId, p.capacityReservationGroupId].some((v) => v !== undefined);
    const data = { userData: written(encoded.userData), customData: written(encoded.customData) };
    return [
        ...(settings ? [(0, apply_rules_1.ruleSet)(vm_settings_rules_1.VM_SETTINGS_RULES, vmSettingsFacts(p))] : []),
        ...(encoded.userData !== undefined || encoded.customData !== undefined ? [(0, apply_rules_1.ruleSet)(vm_data_rules_1.VM_DATA_RULES, data)] : []),
        (0, apply_rules_1.ruleSet)(disk_rules_1.DISK_RULES, vmDiskFacts(p)),
    ];
}
/** The disk facts of the props. */
function vmDiskFacts(p) {
    const disks = p.dataDisks ?? [];
    return {
        size: (0, maybe_1.maybe)(p.size),
        osDiskStorageAccountType: (0, maybe_1.maybe)(p.osDiskStorageAccountType),
        // the construct turns Ultra SSD on whenever an Ultra Disk is in the props
        ultraSsdEnabled: disks.some((d) => d.storageAccountType === 'UltraSSD_LRS'),
        inAvailabilitySet: p.availabilitySetId !== undefined,
        dataDisks: disks.map((d, i) => ({ name: d.name, attribute: `dataDisks[${i}]`, lun: (0, maybe_1.maybe)(d.lun), caching: d.caching ?? 'None', storageAccountType: d.storageAccountType ?? 'Premium_LRS', createOption: d.sourceResourceId !== undefined ? 'Copy' : 'Empty' })),
    };
}
/** The VM attributes the fleet props write. */
function vmFleetAttributes(p, { userData, customData }) {
    return {
        ...(p.licenseType !== undefined ? { licenseType: p.licenseType } : {}),
        ...(p.identity ? { identity: { type: p.identity.type, ...(p.identity.identityIds !== undefined ? { identityIds: p.identity.identityIds } : {}) } } : {}),
        ...(p.availabilitySetId !== undefined ? { availabilitySetId: p.availabilitySetId } : {}),
        ...(p.proximityPlacementGroupId !== undefined ? { proximityPlacementGroupId: p.proximityPlacementGroupId } : {}),
        ...(p.capacityReservationGroupId !== undefined ? { capacityReservationGroupId: p.capacityReservationGroupId } : {}),
        bootDiagnostics: p.bootDiagnosticsStorageUri !== undefined ? { storageAccountUri: p.bootDiagnosticsStorageUri } : {},
        ...(userData !== undefined ? { userData } : {}),
        ...(customData !== undefined ? { customData } : {}),
        ...((p.dataDisks ?? []).some((d) => d.storageAccountType === 'UltraSSD_LRS') ? { additionalCapabilities: { ultraSsdEnabled: true } } : {}),
        ...(p.dependsOn !== undefined ? { dependsOn: p.dependsOn } : {}),
    };
}
/** The managed disks and attachments of the data disks, in the VM's resource group, zone and provider, with its tags. */
function addDataDisks(scope, vm, p) {
    const disks = [];
    const attachments = [];
    for (const [i, d] of (p.dataDisks ?? []).entries()) {
        // construct ids by disk name, so that reordering the list keeps the resources' addresses
        const key = (0, maybe_1.isToken)(d.name) ? String(i) : d.name;
        const disk = new (managedDiskModule().ManagedDisk)(scope, `DataDisk-${key}`, {
            ...(0, provider_prop_1.providerOf)(p.provider),
            name: d.name,
            resourceGroupName: p.resourceGroupName,
            location: p.location,
            storageAccountType: d.storageAccountType ?? 'Premium_LRS',
            ...(d.sourceResourceId !== undefined ? { createOption: 'Copy', sourceResourceId: d.sourceResourceId } : { createOption: 'Empty' }),
            diskSizeGb: d.sizeGb,
            ...(p.zone !== undefined ? { zone: p.zone } : {}),
            ...(p.tags !== undefined ? { tags: p.tags } : {}),
        });
        disks.push(disk);
        attachments.push(new (dataDiskAttachmentModule().VirtualMachineDataDiskAttachment)(scope, `DataDiskAttachment-${key}`, {
            ...(0, provider_prop_1.providerOf)(p.provider),
            managedDiskId: disk.id,
            virtualMachineId: vm.id,
            lun: d.lun,
            caching: d.caching ?? 'None',
        }));
    }
    return { disks, attachments };
}
