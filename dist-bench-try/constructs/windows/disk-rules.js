"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISK_RULES = exports.WIN_ULTRA_DISK = exports.WIN_DISK_CACHING = exports.WIN_PREMIUM_STORAGE_SIZE = exports.WIN_DATA_DISK_COUNT = exports.WIN_DATA_DISK_LUN = void 0;
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const vm_size_limits_1 = require("./vm-size-limits");
const NO_CACHING_TYPES = ['UltraSSD_LRS', 'PremiumV2_LRS'];
exports.WIN_DATA_DISK_LUN = {
    id: 'WIN-DATA-DISK-LUN',
    severity: 'error',
    title: 'each data disk has its own LUN, a whole number from 0',
    source: sources_1.SOURCES.computeDataDiskLun,
    doc: 'azurerm refuses a negative LUN at plan; Azure refuses two data disks at the same LUN when the second is attached.',
    check(f) {
        const out = [];
        const seen = new Map();
        for (const d of f.dataDisks) {
            if (!(0, unknown_1.isKnown)(d.lun))
                continue;
            if (!Number.isInteger(d.lun) || d.lun < 0) {
                out.push({ attribute: `${d.attribute}.lun`, message: `data disk ${(0, rule_1.show)(d.name)} has LUN ${d.lun}, not a whole number from 0`, value: String(d.lun), fix: 'use a LUN from 0' });
            }
            else if (seen.has(d.lun)) {
                out.push({ attribute: `${d.attribute}.lun`, message: `data disks ${(0, rule_1.show)(seen.get(d.lun))} and ${(0, rule_1.show)(d.name)} both use LUN ${d.lun}`, value: String(d.lun), fix: 'give each data disk of the VM its own LUN' });
            }
            else
                seen.set(d.lun, d.name);
        }
        return out;
    },
};
exports.WIN_DATA_DISK_COUNT = {
    id: 'WIN-DATA-DISK-COUNT',
    severity: 'error',
    title: "no more data disks than the size's maximum",
    source: sources_1.SOURCES.sizeDataDisks,
    doc: 'Azure refuses to attach more data disks than the size allows ("The maximum number of data disks allowed to be attached to a VM of this size is N"). Checked for the sizes whose page the library read (Dv5, Dsv5, Ev5, Esv5, Fsv2); other sizes are not checked.',
    check(f) {
        const limits = (0, unknown_1.isKnown)(f.size) && typeof f.size === 'string' ? (0, vm_size_limits_1.sizeDiskLimits)(f.size) : undefined;
        if (!limits || f.dataDisks.length <= limits.maxDataDisks)
            return [];
        return [{ attribute: 'size', message: `${f.dataDisks.length} data disks are attached to size ${(0, rule_1.show)(f.size)}, which takes at most ${limits.maxDataDisks} (${limits.series})`, value: String(f.dataDisks.length), fix: `attach at most ${limits.maxDataDisks} data disks, or choose a larger size` }];
    },
};
exports.WIN_PREMIUM_STORAGE_SIZE = {
    id: 'WIN-PREMIUM-STORAGE-SIZE',
    severity: 'error',
    title: 'premium disks only on a size with premium storage',
    source: `${sources_1.SOURCES.sizeDataDisks}; ${sources_1.SOURCES.premiumSsdV2}`,
    doc: "Premium SSD, Premium SSD v2 and Ultra Disks attach only to sizes whose page says 'Premium Storage: Supported' (the 's' sizes: Dsv5, not Dv5). Checked for the sizes whose page the library read.",
    check(f) {
        const limits = (0, unknown_1.isKnown)(f.size) && typeof f.size === 'string' ? (0, vm_size_limits_1.sizeDiskLimits)(f.size) : undefined;
        if (!limits || limits.premiumStorage)
            return [];
        const disks = [
            ...(f.osDiskStorageAccountType !== undefined ? [{ attribute: 'os_disk.storage_account_type', name: 'the OS disk', type: f.osDiskStorageAccountType }] : []),
            ...f.dataDisks.map((d) => ({ attribute: `${d.attribute}.storage_account_type`, name: `data disk ${(0, rule_1.show)(d.name)}`, type: d.storageAccountType })),
        ];
        return disks
            .filter((d) => (0, unknown_1.isKnown)(d.type) && vm_size_limits_1.PREMIUM_STORAGE_TYPES.includes(d.type))
            .map((d) => ({ attribute: d.attribute, message: `${d.name} is ${(0, rule_1.show)(d.type)} on size ${(0, rule_1.show)(f.size)} (${limits.series}), which has no premium storage`, value: (0, rule_1.show)(d.type), allowed: ['Standard_LRS', 'StandardSSD_LRS', 'StandardSSD_ZRS'], fix: `use a Standard disk, or the 's' size of the series (${String(f.size).replace(/_v(\d+)$/i, 's_v$1')})` }));
    },
};
exports.WIN_DISK_CACHING = {
    id: 'WIN-DISK-CACHING',
    severity: 'error',
    title: 'Ultra Disks and Premium SSD v2 disks have no host caching',
    source: `${sources_1.SOURCES.ultraDisks}; ${sources_1.SOURCES.premiumSsdV2}`,
    doc: "Ultra Disks and Premium SSD v2 disks do not support host caching: Azure refuses their attachment with caching other than 'None'.",
    check: (f) => f.dataDisks
        .filter((d) => (0, unknown_1.isKnown)(d.storageAccountType) && NO_CACHING_TYPES.includes(d.storageAccountType) && (0, unknown_1.isKnown)(d.caching) && d.caching !== 'None')
        .map((d) => ({ attribute: `${d.attribute}.caching`, message: `data disk ${(0, rule_1.show)(d.name)} is ${(0, rule_1.show)(d.storageAccountType)} with caching ${(0, rule_1.show)(d.caching)}`, value: (0, rule_1.show)(d.caching), allowed: ['None'], fix: "set caching to 'None'" })),
};
exports.WIN_ULTRA_DISK = {
    id: 'WIN-ULTRA-DISK',
    severity: 'error',
    title: 'Ultra Disks are created empty and attach to a VM with Ultra Disk compatibility, outside an availability set',
    source: `${sources_1.SOURCES.ultraDisks}; ${sources_1.SOURCES.ultraDiskCreation}; ${sources_1.SOURCES.ultraSsdCapability}`,
    doc: 'An UltraSSD_LRS disk can only be created empty, attaches only to a VM whose additional_capabilities enable Ultra SSD, and Ultra Disks do not support availability sets. The construct turns the capability on by itself.',
    check(f) {
        const ultra = f.dataDisks.filter((d) => d.storageAccountType === 'UltraSSD_LRS');
        if (ultra.length === 0)
            return [];
        const names = `data disk${ultra.length > 1 ? 's' : ''} ${ultra.map((d) => (0, rule_1.show)(d.name)).join(', ')}`;
        const out = [];
        if ((0, unknown_1.isKnown)(f.ultraSsdEnabled) && f.ultraSsdEnabled !== true) {
            out.push({ attribute: 'additional_capabilities.ultra_ssd_enabled', message: `${names} ${ultra.length > 1 ? 'are' : 'is'} UltraSSD_LRS but ultra_ssd_enabled is ${(0, rule_1.show)(f.ultraSsdEnabled ?? false)} on the VM`, value: (0, rule_1.show)(f.ultraSsdEnabled ?? false), allowed: ['true'], fix: 'set additional_capabilities { ultra_ssd_enabled = true }' });
        }
        for (const d of ultra.filter((x) => (0, unknown_1.isKnown)(x.createOption) && x.createOption !== undefined && x.createOption !== 'Empty')) {
            out.push({ attribute: `${d.attribute}.create_option`, message: `data disk ${(0, rule_1.show)(d.name)} is UltraSSD_LRS with create option ${(0, rule_1.show)(d.createOption)}, and Ultra Disks are created empty`, value: (0, rule_1.show)(d.createOption), allowed: ['Empty'], fix: 'create the Ultra Disk empty and copy the data in the guest, or copy to a Premium SSD', constructFix: 'leave sourceResourceId out of an Ultra Disk' });
        }
        if (f.inAvailabilitySet) {
            out.push({ attribute: 'availability_set_id', message: `${names} ${ultra.length > 1 ? 'are' : 'is'} UltraSSD_LRS on a VM in an availability set, which Ultra Disks do not support`, fix: 'place the VM in an availability zone instead of an availability set, or use Premium SSD' });
        }
        return out;
    },
};
/** The data disk rules of a Windows VM. */
exports.DISK_RULES = [exports.WIN_DATA_DISK_LUN, exports.WIN_DATA_DISK_COUNT, exports.WIN_PREMIUM_STORAGE_SIZE, exports.WIN_DISK_CACHING, exports.WIN_ULTRA_DISK];
