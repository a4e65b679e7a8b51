import { networkInterfaceHardwareFacts, vmInstanceHardwareFacts } from '../../constructs/checker/extract-azure-local-hardware';
import { vmDataFactsOf, vmDiskFactsOf, vmSettingsFactsOf } from '../../constructs/checker/extract-vm-settings';
import { TfResource } from '../../constructs/checker/terraform-config';
import { isUnknown } from '../../constructs/core/unknown';
import { plainFact, plainFacts } from '../support/plain-facts';

const resource = (type: string, name: string, values: Record<string, unknown>): TfResource => ({ file: 'main.tf.json', address: `${type}.${name}`, type, name, values });

describe('licence, identity and placement of a raw VM', () => {
  test('as written', () => {
    const vm = resource('azurerm_windows_virtual_machine', 'vm', {
      license_type: 'Windows_Server', identity: [{ type: 'SystemAssigned, UserAssigned', identity_ids: ['a', 'b'] }], zone: '1', availability_set_id: 'as', proximity_placement_group_id: 'ppg', capacity_reservation_group_id: 'crg', virtual_machine_scale_set_id: 'vmss',
    });
    expect(vmSettingsFactsOf(vm)).toEqual({ licenseType: 'Windows_Server', identityType: 'SystemAssigned, UserAssigned', identityIdCount: 2, zone: '1', availabilitySetId: 'as', proximityPlacementGroupId: 'ppg', capacityReservationGroupId: 'crg', virtualMachineScaleSetId: 'vmss' });
  });

  test('unset: no identity block, no ids; an identity block without type reads as an empty type; ids as an expression are unknown', () => {
    expect(vmSettingsFactsOf(resource('azurerm_windows_virtual_machine', 'vm', {}))).toEqual({ licenseType: undefined, identityType: undefined, identityIdCount: 0, zone: undefined, availabilitySetId: undefined, proximityPlacementGroupId: undefined, capacityReservationGroupId: undefined, virtualMachineScaleSetId: undefined });
    expect(vmSettingsFactsOf(resource('azurerm_windows_virtual_machine', 'vm', { identity: {} }))).toMatchObject({ identityType: '', identityIdCount: 0 });
    expect(plainFacts(vmSettingsFactsOf(resource('azurerm_windows_virtual_machine', 'vm', { identity: { type: 'UserAssigned', identity_ids: '${var.ids}' }, zone: '${var.zone}' })))).toMatchObject({ identityIdCount: { unknown: '${var.ids}' }, zone: { unknown: '${var.zone}' } });
  });

  test('user data and custom data as written', () => {
    expect(vmDataFactsOf(resource('azurerm_windows_virtual_machine', 'vm', { user_data: 'dXNlcg==', custom_data: 'Y3VzdG9t' }))).toEqual({ userData: 'dXNlcg==', customData: 'Y3VzdG9t' });
    expect(vmDataFactsOf(resource('azurerm_windows_virtual_machine', 'vm', {}))).toEqual({ userData: undefined, customData: undefined });
  });
});

describe('the disks of a raw VM', () => {
  const vm = (values: Record<string, unknown>) => resource('azurerm_windows_virtual_machine', 'vm', { size: 'Standard_D4s_v5', ...values });
  const disk = resource('azurerm_managed_disk', 'd0', { storage_account_type: 'PremiumV2_LRS', create_option: 'Copy' });
  const bareDisk = resource('azurerm_managed_disk', 'd1', {});
  const notADisk = resource('azurerm_storage_account', 'd2', {});
  const attach = (name: string, values: Record<string, unknown>) => resource('azurerm_virtual_machine_data_disk_attachment', name, values);
  const find = (address: string) => [disk, bareDisk, notADisk].find((r) => r.address === address);

  test('the OS disk, Ultra SSD and availability set as written, and each attachment with its managed disk', () => {
    const facts = vmDiskFactsOf(
      vm({ os_disk: [{ storage_account_type: 'Premium_LRS' }], additional_capabilities: [{ ultra_ssd_enabled: 'true' }], availability_set_id: 'as' }),
      [attach('a0', { managed_disk_id: '${azurerm_managed_disk.d0.id}', lun: 3, caching: 'None' }), attach('a1', { managed_disk_id: '${azurerm_managed_disk.d1.id}' })],
      find,
    );
    expect({ ...facts, dataDisks: facts.dataDisks.map(plainFacts) }).toEqual({
      size: 'Standard_D4s_v5',
      osDiskStorageAccountType: 'Premium_LRS',
      ultraSsdEnabled: true,
      inAvailabilitySet: true,
      dataDisks: [
        { name: 'azurerm_virtual_machine_data_disk_attachment.a0', attribute: 'azurerm_virtual_machine_data_disk_attachment.a0', lun: 3, caching: 'None', storageAccountType: 'PremiumV2_LRS' },
        // unset: no LUN, no caching, an empty type
        { name: 'azurerm_virtual_machine_data_disk_attachment.a1', attribute: 'azurerm_virtual_machine_data_disk_attachment.a1', lun: 'NaN', caching: '', storageAccountType: '' },
      ],
    });
  });

  test('a disk it cannot follow (an id, another resource type) is unknown; without attachments or capabilities, the defaults', () => {
    const facts = vmDiskFactsOf(vm({ availability_set_id: null }), [attach('a2', { managed_disk_id: '${azurerm_storage_account.d2.id}', lun: 0 }), attach('a3', { managed_disk_id: '/subscriptions/s/disks/x', lun: 1 })], find);
    expect(facts.dataDisks.map((d) => plainFact(d.storageAccountType))).toEqual([{ unknown: '${azurerm_storage_account.d2.id}' }, { unknown: '/subscriptions/s/disks/x' }]);
    expect(facts).toMatchObject({ osDiskStorageAccountType: undefined, ultraSsdEnabled: false, inAvailabilitySet: false });
    expect(vmDiskFactsOf(resource('azurerm_windows_virtual_machine', 'vm', {}), [], find)).toEqual({ size: '', osDiskStorageAccountType: undefined, ultraSsdEnabled: false, inAvailabilitySet: false, dataDisks: [] });
  });
});

describe('memory and addresses of raw Azure Local resources', () => {
  const instance = (body: unknown) => resource('azapi_resource', 'vmi', { body });

  test('startup memory and dynamic memory as written in the body, an object or a JSON string', () => {
    const hardwareProfile = { memoryMB: 8192, dynamicMemoryConfig: { minimumMemoryMB: 4096, maximumMemoryMB: 16384, targetMemoryBuffer: 20 } };
    const expected = { memoryMb: 8192, dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBuffer: 20 }, privateIpAddresses: [] };
    expect(vmInstanceHardwareFacts(instance({ properties: { hardwareProfile } }))).toEqual(expected);
    expect(vmInstanceHardwareFacts(instance(JSON.stringify({ properties: { hardwareProfile } })))).toEqual(expected);
  });

  test('unset: no dynamic memory, no startup memory; a body given as an expression is unknown', () => {
    const none = vmInstanceHardwareFacts(instance({ properties: { hardwareProfile: { dynamicMemoryConfig: {} } } }));
    expect({ ...none, dynamicMemory: plainFacts(none.dynamicMemory!), memoryMb: plainFact(none.memoryMb) }).toEqual({ memoryMb: 'NaN', dynamicMemory: { minimumMb: 'NaN', maximumMb: 'NaN', targetBuffer: undefined }, privateIpAddresses: [] });
    expect('dynamicMemory' in vmInstanceHardwareFacts(instance({ properties: { hardwareProfile: 'Custom' } }))).toBe(false);
    expect('dynamicMemory' in vmInstanceHardwareFacts(instance({ properties: {} }))).toBe(false);
    expect(plainFact(vmInstanceHardwareFacts(instance('${jsonencode(local.body)}')).memoryMb)).toEqual({ unknown: '${jsonencode(local.body)}' });
  });

  test('the static address of a network interface, none when unset', () => {
    expect(networkInterfaceHardwareFacts(resource('azurerm_stack_hci_network_interface', 'nic', { ip_configuration: [{ private_ip_address: '10.0.0.4' }] }))).toMatchObject({ privateIpAddresses: [{ attribute: 'ip_configuration.private_ip_address', address: '10.0.0.4' }] });
    const unset = networkInterfaceHardwareFacts(resource('azurerm_stack_hci_network_interface', 'nic', { ip_configuration: [{}] }));
    expect(unset.privateIpAddresses).toEqual([]);
    expect(isUnknown(unset.memoryMb)).toBe(true);
  });
});

describe('what the fleet extractors read when a block leaves things out', () => {
  test('identity ids of the wrong shape are refused, naming the attribute', () => {
    expect(() => vmSettingsFactsOf(resource('azurerm_windows_virtual_machine', 'vm', { identity: { type: 'UserAssigned', identity_ids: 'id' } }))).toThrow('identity.identity_ids is string, not a list');
  });

  test('a VM instance body without properties, and a network interface without an IP configuration', () => {
    const facts = vmInstanceHardwareFacts(resource('azapi_resource', 'vmi', { body: {} }));
    expect([plainFact(facts.memoryMb), 'dynamicMemory' in facts]).toEqual(['NaN', false]);
    expect(networkInterfaceHardwareFacts(resource('azurerm_stack_hci_network_interface', 'nic', {})).privateIpAddresses).toEqual([]);
  });
});

