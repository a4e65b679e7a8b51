import { Unknown } from '../core/unknown';
import { DataDiskFacts, VmDiskFacts } from '../windows/disk-rules';
import { VmDataFacts } from '../windows/vm-data-rules';
import { VmSettingsFacts } from '../windows/vm-settings-rules';
import { block, isExpression, isSetAttribute, raw, rawBool, rawList, rawOr, referencedAddress } from './raw-values';
import { TfResource } from './terraform-config';

/** Licence, identity and placement of an `azurerm_windows_virtual_machine`. */
export function vmSettingsFactsOf(r: TfResource): VmSettingsFacts {
  const v = r.values;
  const identity = block(v.identity);
  const ids = identity ? identity.identity_ids : undefined;
  return {
    licenseType: raw<string>(v.license_type),
    identityType: identity ? rawOr<string>(identity.type, '') : undefined,
    identityIdCount: isExpression(ids) ? new Unknown(ids, 0) : rawList(ids, 'identity.identity_ids').length,
    zone: raw<string>(v.zone),
    availabilitySetId: raw<string>(v.availability_set_id),
    proximityPlacementGroupId: raw<string>(v.proximity_placement_group_id),
    capacityReservationGroupId: raw<string>(v.capacity_reservation_group_id),
    virtualMachineScaleSetId: raw<string>(v.virtual_machine_scale_set_id),
  };
}

/** `user_data` and `custom_data` of a VM. */
export function vmDataFactsOf(r: TfResource): VmDataFacts {
  return { userData: raw<string>(r.values.user_data), customData: raw<string>(r.values.custom_data) };
}

/**
 * The disks of a VM: its OS disk, and the data disk attachments of the same module that name it by reference, with
 * the storage type of the managed disk each one attaches.
 */
export function vmDiskFactsOf(r: TfResource, attachments: readonly TfResource[], find: (address: string) => TfResource | undefined): VmDiskFacts {
  const v = r.values;
  const dataDisks = attachments.map((a): DataDiskFacts => {
    const disk = find(referencedAddress(a.values.managed_disk_id) ?? '');
    return {
      name: a.address,
      attribute: a.address,
      lun: rawOr<number>(a.values.lun, Number.NaN),
      caching: rawOr<string>(a.values.caching, ''),
      storageAccountType: disk?.type === 'azurerm_managed_disk' ? rawOr<string>(disk.values.storage_account_type, '') : new Unknown(a.values.managed_disk_id),
    };
  });
  return {
    size: rawOr<string>(v.size, ''),
    osDiskStorageAccountType: raw<string>(block(v.os_disk)?.storage_account_type),
    ultraSsdEnabled: rawBool(block(v.additional_capabilities)?.ultra_ssd_enabled, false),
    inAvailabilitySet: isSetAttribute(v.availability_set_id),
    dataDisks,
  };
}
