import { test } from '@fast-check/jest';
import { ValidationError } from '../../../constructs';
import { GEN1_ONLY_SIZES, MODEL_HOTPATCH_SKUS, OFFER, PUBLISHER } from '../../model/azure-edition-facts';
import { VmConfig } from '../../model/windows-vm-config';
import { expectedErrors, expectedWarnings } from '../../model/windows-vm-model';
import { buildVm, PLANTED_LITERAL_PASSWORD } from '../../support/build-vm';
import { configureSeed, runs } from '../../support/seed';
import { allStrings, resourcesOfType } from '../../support/terraform-json';
import { vmConfig } from '../../support/windows-vm-arbitraries';

configureSeed('windows-vm.property');

/** Invariants stated on raw Terraform attributes of every synthesized Windows VM. */
function checkInvariants(json: any, c: VmConfig): void {
  const vms = resourcesOfType(json, 'azurerm_windows_virtual_machine');
  expect(vms).toHaveLength(1);
  for (const vm of vms) {
    const ref = vm.source_image_reference;
    if (vm.hotpatching_enabled === true) {
      expect(vm.source_image_id).toBeUndefined();
      expect(ref.publisher).toBe(PUBLISHER);
      expect(ref.offer).toBe(OFFER);
      if (!String(ref.sku).startsWith('${')) expect(MODEL_HOTPATCH_SKUS).toContain(ref.sku);
      else expect(JSON.stringify(vm.lifecycle?.precondition ?? [])).toContain('contains(');
      expect(vm.patch_mode).toBe('AutomaticByPlatform');
      expect(vm.provision_vm_agent).toBe(true);
      expect(vm.bypass_platform_safety_checks_on_user_schedule_enabled).not.toBe(true);
    }
    if (ref && MODEL_HOTPATCH_SKUS.includes(ref.sku) && ref.publisher === PUBLISHER && ref.offer === OFFER) expect(vm.patch_mode).toBe('AutomaticByPlatform');
    if (vm.patch_mode === 'AutomaticByPlatform') {
      expect(vm.provision_vm_agent).toBe(true);
      expect(vm.automatic_updates_enabled).toBe(true);
    }
    if (vm.patch_mode === 'AutomaticByOS') expect(vm.automatic_updates_enabled).toBe(true);
    if (vm.patch_mode === 'Manual') expect(vm.automatic_updates_enabled).toBe(false);
    if (vm.allow_extension_operations === true || vm.patch_assessment_mode === 'AutomaticByPlatform') expect(vm.provision_vm_agent).toBe(true);
    if (vm.reboot_setting !== undefined || vm.bypass_platform_safety_checks_on_user_schedule_enabled === true) expect(vm.patch_mode).toBe('AutomaticByPlatform');
    if (vm.secure_boot_enabled === true || vm.vtpm_enabled === true) expect(GEN1_ONLY_SIZES).not.toContain(vm.size);
    expect(String(vm.admin_password)).toMatch(/^\$\{var\./);
    if (!String(vm.computer_name).startsWith('${')) expect(Array.from(String(vm.computer_name)).length).toBeLessThanOrEqual(15);
  }
  const [vm] = vms;
  if (vm.availability_set_id !== undefined) expect([vm.zone, vm.capacity_reservation_group_id]).toEqual([undefined, undefined]);
  if (c.userData?.kind === 'text') expect(Buffer.from(vm.user_data, 'base64').toString('utf8')).toBe(c.userData.value);
  const disks = resourcesOfType(json, 'azurerm_managed_disk');
  const attachments = resourcesOfType(json, 'azurerm_virtual_machine_data_disk_attachment');
  expect([disks.length, attachments.length]).toEqual([c.dataDisks?.length ?? 0, c.dataDisks?.length ?? 0]);
  for (const d of disks) expect(d.zone).toBe(vm.zone);
  expect(new Set(attachments.map((a: any) => a.lun)).size).toBe(attachments.length);
  for (const a of attachments) if (disks.some((d: any) => a.managed_disk_id.includes(d.name) && ['UltraSSD_LRS', 'PremiumV2_LRS'].includes(d.storage_account_type))) expect(a.caching).toBe('None');
  const assignments = resourcesOfType(json, 'azurerm_virtual_machine_automanage_configuration_assignment');
  expect(assignments).toHaveLength(c.automanage ? 1 : 0);
  expect(resourcesOfType(json, 'azurerm_automanage_configuration')).toHaveLength(c.automanage === 'new' ? 1 : 0);
  expect(allStrings(json).some((s) => s.includes(PLANTED_LITERAL_PASSWORD))).toBe(false);
}

describe('WindowsServerAzureEditionVm over generated configurations', () => {
  test.prop([vmConfig], { numRuns: runs(10_000) })('synthesizes exactly the configurations the model says are valid, and refuses the others with the rule ids the model names', (c) => {
    const expected = expectedErrors(c);
    const result = buildVm(c);
    if (expected.length === 0) {
      if (result.error) throw result.error;
      checkInvariants(result.json, c);
      const warnings = result.vm!.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => /^\[([A-Z0-9-]+)\]/.exec(String(m.data))?.[1]);
      expect(warnings.sort()).toEqual(expectedWarnings(c));
    } else {
      expect(result.error).toBeInstanceOf(ValidationError);
      const error = result.error as ValidationError;
      expect(error.code).toBe('INVALID_CONFIGURATION');
      expect(error.ruleIds).toEqual(expected);
      expect(error.message).not.toContain(PLANTED_LITERAL_PASSWORD);
    }
  });
});
