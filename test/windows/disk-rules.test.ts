import { Unknown } from '../../constructs/rules';
import { DataDiskFacts, DISK_RULES, VmDiskFacts } from '../../constructs/windows/disk-rules';
import { PREMIUM_STORAGE_TYPES, sizeDiskLimits } from '../../constructs/windows/vm-size-limits';
import { evaluateWellFormed } from '../support/finding-contract';

const disk = (lun: DataDiskFacts['lun'], storageAccountType: DataDiskFacts['storageAccountType'] = 'Premium_LRS', caching: DataDiskFacts['caching'] = 'None'): DataDiskFacts => ({ name: `data${String(lun)}`, attribute: `dataDisks[${String(lun)}]`, lun, caching, storageAccountType });
const vm = (dataDisks: DataDiskFacts[], more: Partial<VmDiskFacts> = {}): VmDiskFacts => ({ size: 'Standard_D4s_v5', osDiskStorageAccountType: 'Premium_LRS', ultraSsdEnabled: false, inAvailabilitySet: false, dataDisks, ...more });
const ids = (f: VmDiskFacts) => evaluateWellFormed(DISK_RULES, f, 'vm').map((v) => `${v.ruleId} ${v.attribute}`);

describe('the size pages the disk rules read', () => {
  test('hold the maximum data disks and premium storage as the pages give them', () => {
    expect(['Standard_D2s_v5', 'Standard_D16s_v5', 'Standard_D96s_v5', 'Standard_D2_v5', 'Standard_E20s_v5', 'Standard_E104is_v5', 'Standard_F72s_v2', 'standard_f2s_v2'].map((s) => [s, sizeDiskLimits(s)?.maxDataDisks, sizeDiskLimits(s)?.premiumStorage])).toEqual([
      ['Standard_D2s_v5', 4, true],
      ['Standard_D16s_v5', 32, true],
      ['Standard_D96s_v5', 32, true],
      ['Standard_D2_v5', 4, false],
      ['Standard_E20s_v5', 32, true],
      ['Standard_E104is_v5', 64, true],
      ['Standard_F72s_v2', 32, true],
      ['standard_f2s_v2', 4, true],
    ]);
  });
  test('know no other size', () => {
    expect(['Standard_D2ds_v5', 'Standard_B2ms', 'Standard_D2s_v4', 'Standard_D3s_v5', 'Standard_F2_v2'].map(sizeDiskLimits)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('data disks of a Windows VM', () => {
  test('distinct LUNs within the size, on premium storage, pass', () => {
    expect(ids(vm([disk(0), disk(1), disk(2), disk(3)], { size: 'Standard_D2s_v5' }))).toEqual([]);
    expect(ids(vm([disk(0, 'UltraSSD_LRS'), disk(1, 'PremiumV2_LRS')], { ultraSsdEnabled: true }))).toEqual([]);
    expect(ids(vm([disk(0, 'StandardSSD_LRS', 'ReadOnly')], { size: 'Standard_D2_v5', osDiskStorageAccountType: 'StandardSSD_LRS' }))).toEqual([]);
  });

  test('fails a LUN above 63, which Azure refuses, and passes 63', () => {
    expect(ids(vm([disk(64)], { size: 'Standard_Z9_v9' }))).toEqual(['WIN-DATA-DISK-LUN dataDisks[64].lun']);
    expect(ids(vm([disk(63)], { size: 'Standard_Z9_v9' }))).toEqual([]);
  });

  test('fails two disks at one LUN and a negative or fractional LUN, and not a LUN known at apply', () => {
    expect(ids(vm([disk(0), { ...disk(0), name: 'logs' }]))).toEqual(['WIN-DATA-DISK-LUN dataDisks[0].lun']);
    const [v] = evaluateWellFormed(DISK_RULES, vm([disk(3), { ...disk(3), name: 'logs' }]), 'vm');
    expect(v.message).toBe("data disks 'data3' and 'logs' both use LUN 3");
    expect(ids(vm([disk(-1), disk(1.5)]))).toEqual(['WIN-DATA-DISK-LUN dataDisks[-1].lun', 'WIN-DATA-DISK-LUN dataDisks[1.5].lun']);
    expect(ids(vm([disk(new Unknown('var.lun')), disk(new Unknown('var.lun'))]))).toEqual([]);
  });

  test("fails more data disks than the size's page allows, and says nothing of a size it has not read", () => {
    const five = [0, 1, 2, 3, 4].map((l) => disk(l));
    expect(ids(vm(five, { size: 'Standard_D2s_v5' }))).toEqual(['WIN-DATA-DISK-COUNT size']);
    const [v] = evaluateWellFormed(DISK_RULES, vm(five, { size: 'Standard_D2s_v5' }), 'vm');
    expect([v.message, v.fix]).toEqual(["5 data disks are attached to size 'Standard_D2s_v5', which takes at most 4 (Dsv5)", 'attach at most 4 data disks, or choose a larger size']);
    expect(ids(vm(five, { size: 'Standard_B2ms' }))).toEqual([]);
    expect(ids(vm(five, { size: new Unknown('var.size') }))).toEqual([]);
  });

  test('fails premium OS and data disks on a size without premium storage', () => {
    expect(ids(vm([disk(0, 'Premium_LRS'), disk(1, 'StandardSSD_LRS')], { size: 'Standard_E4_v5' }))).toEqual(['WIN-PREMIUM-STORAGE-SIZE os_disk.storage_account_type', 'WIN-PREMIUM-STORAGE-SIZE dataDisks[0].storage_account_type']);
    const [v] = evaluateWellFormed(DISK_RULES, vm([], { size: 'Standard_D4_v5' }), 'vm');
    expect([v.message, v.fix]).toEqual(["the OS disk is 'Premium_LRS' on size 'Standard_D4_v5' (Dv5), which has no premium storage", "use a Standard disk, or the 's' size of the series (Standard_D4s_v5)"]);
  });

  test('fails host caching on Ultra Disks and Premium SSD v2', () => {
    expect(ids(vm([disk(0, 'UltraSSD_LRS', 'ReadOnly'), disk(1, 'PremiumV2_LRS', 'ReadWrite'), disk(2, 'Premium_LRS', 'ReadWrite')], { ultraSsdEnabled: true }))).toEqual(['WIN-DISK-CACHING dataDisks[0].caching', 'WIN-DISK-CACHING dataDisks[1].caching']);
  });

  test('fails an Ultra Disk without Ultra SSD on the VM, or in an availability set', () => {
    expect(ids(vm([disk(0, 'UltraSSD_LRS')]))).toEqual(['WIN-ULTRA-DISK additional_capabilities.ultra_ssd_enabled']);
    expect(ids(vm([disk(0, 'UltraSSD_LRS')], { ultraSsdEnabled: true, inAvailabilitySet: true }))).toEqual(['WIN-ULTRA-DISK availability_set_id']);
    expect(ids(vm([disk(0, 'UltraSSD_LRS')], { ultraSsdEnabled: new Unknown('var.ultra') }))).toEqual([]);
  });

  test('passes an Ultra Disk copied from a snapshot (create option Copy), as Azure creates it', () => {
    expect(ids(vm([disk(0, 'UltraSSD_LRS'), disk(1, 'Premium_LRS')], { ultraSsdEnabled: true }))).toEqual([]);
  });

  test('passes an Ultra Disk on a VM whose availability set is an expression: it may resolve to null', () => {
    expect(ids(vm([disk(0, 'UltraSSD_LRS')], { ultraSsdEnabled: true, inAvailabilitySet: new Unknown('var.availability_set_id', false) }))).toEqual([]);
  });
});

describe('what the disk rules say', () => {
  const messages = (f: VmDiskFacts) => evaluateWellFormed(DISK_RULES, f, 'vm').map((v) => v.message);

  test('names the Ultra Disks, one or several, and what the VM lacks', () => {
    expect(messages(vm([disk(0, 'UltraSSD_LRS')]))).toEqual(["data disk 'data0' is UltraSSD_LRS but ultra_ssd_enabled is false on the VM"]);
    expect(messages(vm([disk(0, 'UltraSSD_LRS'), disk(1, 'UltraSSD_LRS')], { inAvailabilitySet: true, ultraSsdEnabled: undefined }))).toEqual([
      "data disks 'data0', 'data1' are UltraSSD_LRS but ultra_ssd_enabled is false on the VM",
      "data disks 'data0', 'data1' are UltraSSD_LRS on a VM in an availability set, which Ultra Disks do not support",
    ]);
    expect(messages(vm([disk(0, 'UltraSSD_LRS')], { ultraSsdEnabled: true, inAvailabilitySet: true }))).toEqual(["data disk 'data0' is UltraSSD_LRS on a VM in an availability set, which Ultra Disks do not support"]);
  });

  test('names a premium data disk on a size without premium storage', () => {
    expect(messages(vm([disk(2, 'PremiumV2_LRS')], { size: 'Standard_E8_v5', osDiskStorageAccountType: undefined }))).toEqual(["data disk 'data2' is 'PremiumV2_LRS' on size 'Standard_E8_v5' (Ev5), which has no premium storage"]);
  });
});

describe('every size page row the disk rules read', () => {
  // written from the Dv5/Dsv5, Ev5/Esv5 and Fsv2 pages: vCPUs, max data disks, premium storage
  const rows: [string, number, boolean][] = [
    ...([2, 4, 8, 16, 32, 48, 64, 96] as const).flatMap((n): [string, number, boolean][] => [[`Standard_D${n}_v5`, Math.min(2 * n, 32), false], [`Standard_D${n}s_v5`, Math.min(2 * n, 32), true]]),
    ...([2, 4, 8, 16, 20, 32, 48, 64, 96] as const).flatMap((n): [string, number, boolean][] => [[`Standard_E${n}_v5`, Math.min(2 * n, 32), false], [`Standard_E${n}s_v5`, Math.min(2 * n, 32), true]]),
    ['Standard_E104i_v5', 64, false],
    ['Standard_E104is_v5', 64, true],
    ...([2, 4, 8, 16, 32, 48, 64, 72] as const).map((n): [string, number, boolean] => [`Standard_F${n}s_v2`, Math.min(2 * n, 32), true]),
  ];
  test('hold each row as its page gives it, and the series name', () => {
    expect(rows.map(([size]) => [size, sizeDiskLimits(size)?.maxDataDisks, sizeDiskLimits(size)?.premiumStorage])).toEqual(rows);
    expect(['Standard_D2_v5', 'Standard_D2s_v5', 'Standard_E2_v5', 'Standard_E2s_v5', 'Standard_E104i_v5', 'Standard_E104is_v5', 'Standard_F2s_v2'].map((s) => sizeDiskLimits(s)?.series)).toEqual(['Dv5', 'Dsv5', 'Ev5', 'Esv5', 'Ev5', 'Esv5', 'Fsv2']);
  });
  test('take the premium storage types as the pages and the disk type pages name them', () => {
    expect(PREMIUM_STORAGE_TYPES).toEqual(['Premium_LRS', 'Premium_ZRS', 'PremiumV2_LRS', 'UltraSSD_LRS']);
  });
});
