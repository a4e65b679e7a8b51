import { Finding, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';
import { PREMIUM_STORAGE_TYPES, sizeDiskLimits } from './vm-size-limits';

/** One data disk attached to the VM (a managed disk and its attachment). */
export interface DataDiskFacts {
  /** The disk's name, or the attachment's address, for messages. */
  readonly name: string;
  /** The attribute path findings point at (`data_disk[0]`, or the attachment resource). */
  readonly attribute: string;
  /** `lun`. */
  readonly lun: Maybe<number>;
  /** `caching`. */
  readonly caching: Maybe<string>;
  /** The managed disk's `storage_account_type`. */
  readonly storageAccountType: Maybe<string>;
}

/** The disks of one VM and what decides whether Azure attaches them. */
export interface VmDiskFacts {
  /** `size`. */
  readonly size: Maybe<string>;
  /** `os_disk.storage_account_type`. */
  readonly osDiskStorageAccountType?: Maybe<string>;
  /** `additional_capabilities.ultra_ssd_enabled`. @default false */
  readonly ultraSsdEnabled?: Maybe<boolean>;
  /** Whether `availability_set_id` is set (unknown for an expression, which may resolve to null). */
  readonly inAvailabilitySet: Maybe<boolean>;
  /** The data disks attached to the VM. */
  readonly dataDisks: readonly DataDiskFacts[];
}

const NO_CACHING_TYPES = ['UltraSSD_LRS', 'PremiumV2_LRS'];
/** The highest LUN Azure accepts for a data disk. */
export const LUN_MAX = 63;
type DiskRule = Rule<VmDiskFacts>;

export const WIN_DATA_DISK_LUN: DiskRule = {
  id: 'WIN-DATA-DISK-LUN',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected lun to be at least (0), got <lun>', source: 'azurerm v4.55.0 internal/services/compute/virtual_machine_data_disk_attachment_resource.go L103-L108; azurerm v4.55.0 vendor/github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation/int.go L43' },
    { by: 'Azure', when: 'apply', says: 'The value \'64\' of parameter \'dataDisk.lun\' is out of range. Value \'64\' must be between \'0\' and \'63\' inclusive; a LUN must be unique for each data disk attached to a VM', source: 'Azure answer quoted in microsoft/lisa#692; Compute REST API DataDisk.lun' },
  ],
  title: 'each data disk has its own LUN, a whole number from 0 to 63',
  source: SOURCES.computeDataDiskLun,
  doc: 'azurerm refuses a negative LUN at plan; Azure refuses a LUN above 63 and two data disks at the same LUN when the disk is attached.',
  check(f) {
    const out: Finding[] = [];
    const seen = new Map<number, string>();
    for (const d of f.dataDisks) {
      if (!isKnown(d.lun)) continue;
      if (!Number.isInteger(d.lun) || d.lun < 0 || d.lun > LUN_MAX) {
        out.push({ attribute: `${d.attribute}.lun`, message: `data disk ${show(d.name)} has LUN ${d.lun}, not a whole number from 0 to ${LUN_MAX}`, value: String(d.lun), fix: `use a LUN from 0 to ${LUN_MAX}` });
      } else if (seen.has(d.lun)) {
        out.push({ attribute: `${d.attribute}.lun`, message: `data disks ${show(seen.get(d.lun))} and ${show(d.name)} both use LUN ${d.lun}`, value: String(d.lun), fix: 'give each data disk of the VM its own LUN' });
      } else seen.set(d.lun, d.name);
    }
    return out;
  },
};

export const WIN_DATA_DISK_COUNT: DiskRule = {
  id: 'WIN-DATA-DISK-COUNT',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'The maximum number of data disks allowed to be attached to a VM of this size is N', source: 'size series pages, "Max data disks": Dv5 and Dsv5, Ev5 and Esv5 (ms.date 2021-10-20), Fsv2 (ms.date 2022-12-19)' },
  ],
  title: "no more data disks than the size's maximum",
  source: SOURCES.sizeDataDisks,
  doc: 'Azure refuses to attach more data disks than the size allows ("The maximum number of data disks allowed to be attached to a VM of this size is N"). Checked for the sizes whose page the library read (Dv5, Dsv5, Ev5, Esv5, Fsv2); other sizes are not checked.',
  check(f) {
    const limits = isKnown(f.size) && typeof f.size === 'string' ? sizeDiskLimits(f.size) : undefined;
    if (!limits || f.dataDisks.length <= limits.maxDataDisks) return [];
    return [{ attribute: 'size', message: `${f.dataDisks.length} data disks are attached to size ${show(f.size)}, which takes at most ${limits.maxDataDisks} (${limits.series})`, value: String(f.dataDisks.length), fix: `attach at most ${limits.maxDataDisks} data disks, or choose a larger size` }];
  },
};

export const WIN_PREMIUM_STORAGE_SIZE: DiskRule = {
  id: 'WIN-PREMIUM-STORAGE-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'the size pages say "Premium Storage: Not Supported": premium disks attach only to the sizes that support it', source: 'size series pages, "Premium Storage"; Deploy a Premium SSD v2, https://learn.microsoft.com/azure/virtual-machines/disks-deploy-premium-v2' },
  ],
  title: 'premium disks only on a size with premium storage',
  source: `${SOURCES.sizeDataDisks}; ${SOURCES.premiumSsdV2}`,
  doc: "Premium SSD, Premium SSD v2 and Ultra Disks attach only to sizes whose page says 'Premium Storage: Supported' (the 's' sizes: Dsv5, not Dv5). Checked for the sizes whose page the library read.",
  check(f) {
    const limits = isKnown(f.size) && typeof f.size === 'string' ? sizeDiskLimits(f.size) : undefined;
    if (!limits || limits.premiumStorage) return [];
    const disks = [
      ...(f.osDiskStorageAccountType !== undefined ? [{ attribute: 'os_disk.storage_account_type', name: 'the OS disk', type: f.osDiskStorageAccountType }] : []),
      ...f.dataDisks.map((d) => ({ attribute: `${d.attribute}.storage_account_type`, name: `data disk ${show(d.name)}`, type: d.storageAccountType })),
    ];
    return disks
      .filter((d) => isKnown(d.type) && PREMIUM_STORAGE_TYPES.includes(d.type as string))
      .map((d) => ({ attribute: d.attribute, message: `${d.name} is ${show(d.type)} on size ${show(f.size)} (${limits.series}), which has no premium storage`, value: show(d.type), allowed: ['Standard_LRS', 'StandardSSD_LRS', 'StandardSSD_ZRS'], fix: `use a Standard disk, or the 's' size of the series (${String(f.size).replace(/_v(\d+)$/i, 's_v$1')})` }));
  },
};

export const WIN_DISK_CACHING: DiskRule = {
  id: 'WIN-DISK-CACHING',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'Ultra Disks and Premium SSD v2 disks do not support host caching ("Premium SSD v2 doesn\'t support host caching")', source: 'Using Azure Ultra Disks, https://learn.microsoft.com/azure/virtual-machines/disks-enable-ultra-ssd; Deploy a Premium SSD v2, https://learn.microsoft.com/azure/virtual-machines/disks-deploy-premium-v2' },
  ],
  title: 'Ultra Disks and Premium SSD v2 disks have no host caching',
  source: `${SOURCES.ultraDisks}; ${SOURCES.premiumSsdV2}`,
  doc: "Ultra Disks and Premium SSD v2 disks do not support host caching: Azure refuses their attachment with caching other than 'None'.",
  check: (f) =>
    f.dataDisks
      .filter((d) => isKnown(d.storageAccountType) && NO_CACHING_TYPES.includes(d.storageAccountType as string) && isKnown(d.caching) && d.caching !== 'None')
      .map((d) => ({ attribute: `${d.attribute}.caching`, message: `data disk ${show(d.name)} is ${show(d.storageAccountType)} with caching ${show(d.caching)}`, value: show(d.caching), allowed: ['None'], fix: "set caching to 'None'" })),
};

export const WIN_ULTRA_DISK: DiskRule = {
  id: 'WIN-ULTRA-DISK',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'UltraSSD_LRS disks can be added "only if this property is enabled" (additionalCapabilities.ultraSSDEnabled); Ultra Disks do not support availability sets', source: 'Compute REST API AdditionalCapabilities.ultraSSDEnabled; Using Azure Ultra Disks, https://learn.microsoft.com/azure/virtual-machines/disks-enable-ultra-ssd' },
  ],
  title: 'Ultra Disks attach to a VM with Ultra Disk compatibility, outside an availability set',
  source: `${SOURCES.ultraDisks}; ${SOURCES.ultraSsdCapability}; ${SOURCES.ultraDiskSnapshots}`,
  doc: 'An UltraSSD_LRS disk attaches only to a VM whose additional_capabilities enable Ultra SSD, and Ultra Disks do not support availability sets. It may be created empty or from a snapshot (Copy). The construct turns the capability on by itself.',
  check(f) {
    const ultra = f.dataDisks.filter((d) => d.storageAccountType === 'UltraSSD_LRS');
    if (ultra.length === 0) return [];
    const names = `data disk${ultra.length > 1 ? 's' : ''} ${ultra.map((d) => show(d.name)).join(', ')}`;
    const out: Finding[] = [];
    if (isKnown(f.ultraSsdEnabled) && f.ultraSsdEnabled !== true) {
      out.push({ attribute: 'additional_capabilities.ultra_ssd_enabled', message: `${names} ${ultra.length > 1 ? 'are' : 'is'} UltraSSD_LRS but ultra_ssd_enabled is ${show(f.ultraSsdEnabled ?? false)} on the VM`, value: show(f.ultraSsdEnabled ?? false), allowed: ['true'], fix: 'set additional_capabilities { ultra_ssd_enabled = true }' });
    }
    if (f.inAvailabilitySet === true) {
      out.push({ attribute: 'availability_set_id', message: `${names} ${ultra.length > 1 ? 'are' : 'is'} UltraSSD_LRS on a VM in an availability set, which Ultra Disks do not support`, fix: 'place the VM in an availability zone instead of an availability set, or use Premium SSD' });
    }
    return out;
  },
};

/** The data disk rules of a Windows VM. */
export const DISK_RULES: readonly DiskRule[] = [WIN_DATA_DISK_LUN, WIN_DATA_DISK_COUNT, WIN_PREMIUM_STORAGE_SIZE, WIN_DISK_CACHING, WIN_ULTRA_DISK];
