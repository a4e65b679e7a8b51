"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vmSettingsFactsOf = vmSettingsFactsOf;
exports.vmDataFactsOf = vmDataFactsOf;
exports.vmDiskFactsOf = vmDiskFactsOf;
const unknown_1 = require("../core/unknown");
const raw_values_1 = require("./raw-values");
/** Licence, identity and placement of an `azurerm_windows_virtual_machine`. */
function vmSettingsFactsOf(r) {
    const v = r.values;
    const identity = (0, raw_values_1.block)(v.identity);
    const ids = identity ? identity.identity_ids : undefined;
    return {
        licenseType: (0, raw_values_1.raw)(v.license_type),
        identityType: identity ? (0, raw_values_1.rawOr)(identity.type, '') : undefined,
        identityIdCount: (0, raw_values_1.isExpression)(ids) ? new unknown_1.Unknown(ids) : (0, raw_values_1.rawList)(ids, 'identity.identity_ids').length,
        zone: (0, raw_values_1.raw)(v.zone),
        availabilitySetId: (0, raw_values_1.raw)(v.availability_set_id),
        proximityPlacementGroupId: (0, raw_values_1.raw)(v.proximity_placement_group_id),
        capacityReservationGroupId: (0, raw_values_1.raw)(v.capacity_reservation_group_id),
        virtualMachineScaleSetId: (0, raw_values_1.raw)(v.virtual_machine_scale_set_id),
    };
}
/** `user_data` and `custom_data` of a VM. */
function vmDataFactsOf(r) {
    return { userData: (0, raw_values_1.raw)(r.values.user_data), customData: (0, raw_values_1.raw)(r.values.custom_data) };
}
/**
 * The disks of a VM: its OS disk, and the data disk attachments of the same module that name it by reference, with
 * the storage type of the managed disk each one attaches.
 */
function vmDiskFactsOf(r, attachments, find) {
    const v = r.values;
    const dataDisks = attachments.map((a) => {
        const disk = find((0, raw_values_1.referencedAddress)(a.values.managed_disk_id) ?? '');
        return {
            name: a.address,
            attribute: a.address,
            lun: (0, raw_values_1.rawOr)(a.values.lun, Number.NaN),
            caching: (0, raw_values_1.rawOr)(a.values.caching, ''),
            storageAccountType: disk?.type === 'azurerm_managed_disk' ? (0, raw_values_1.rawOr)(disk.values.storage_account_type, '') : new unknown_1.Unknown(a.values.managed_disk_id),
            createOption: disk?.type === 'azurerm_managed_disk' ? (0, raw_values_1.rawOr)(disk.values.create_option, 'Empty') : new unknown_1.Unknown(a.values.managed_disk_id),
        };
    });
    return {
        size: (0, raw_values_1.rawOr)(v.size, ''),
        osDiskStorageAccountType: (0, raw_values_1.raw)((0, raw_values_1.block)(v.os_disk)?.storage_account_type),
        ultraSsdEnabled: (0, raw_values_1.rawBool)((0, raw_values_1.block)(v.additional_capabilities)?.ultra_ssd_enabled, false),
        inAvailabilitySet: v.availability_set_id !== undefined && v.availability_set_id !== null,
        dataDisks,
    };
}
