import { VmConfig } from './windows-vm-config';

const ABP = 'AutomaticByPlatform';

/**
 * The raw `azurerm_windows_virtual_machine` a user would write for a configuration, with the construct's documented
 * defaults spelled out, written here from the model rather than through the constructs.
 */
export function rawWindowsVm(c: VmConfig, literalPassword: string): Record<string, unknown> {
  const img = c.image;
  const hotpatchImage =
    img.kind === 'marketplace' && img.publisher === 'MicrosoftWindowsServer' && img.offer === 'WindowsServer' && /^(2022-datacenter-azure-edition-(core|hotpatch)(-smalldisk)?|2025-datacenter-azure-edition(-core)?(-smalldisk)?)$/.test(img.sku);
  const agent = c.provisionVmAgent ?? true;
  const out: Record<string, unknown> = {
    name: c.name,
    resource_group_name: 'rg',
    location: 'westeurope',
    size: c.size,
    computer_name: c.computerName === undefined ? c.name : c.computerName.kind === 'literal' ? c.computerName.value : c.computerName.kind === 'template' ? `\${var.computer_name}${c.computerName.suffix}` : '${var.computer_name}',
    admin_username: c.adminUsername ?? 'azureuser',
    admin_password: c.passwordLiteral ? literalPassword : '${var.admin_password}',
    network_interface_ids: ['${azurerm_network_interface.nic.id}'],
    os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' },
    provision_vm_agent: agent,
    allow_extension_operations: c.allowExtensionOperations ?? agent,
    automatic_updates_enabled: c.automaticUpdates ?? true,
    patch_mode: c.patchMode ?? (img.kind === 'custom' ? 'AutomaticByOS' : ABP),
    patch_assessment_mode: c.patchAssessmentMode ?? (agent ? ABP : 'ImageDefault'),
    hotpatching_enabled: c.hotpatch ?? hotpatchImage,
    bypass_platform_safety_checks_on_user_schedule_enabled: c.bypass ?? false,
    secure_boot_enabled: c.secureBoot ?? true,
    vtpm_enabled: c.vtpm ?? true,
  };
  if (c.rebootSetting !== undefined) out.reboot_setting = c.rebootSetting;
  if (img.kind === 'custom') out.source_image_id = img.imageId;
  else out.source_image_reference = { publisher: img.publisher, offer: img.offer, sku: img.kind === 'marketplace' ? img.sku : '${var.image_sku}', version: 'latest' };
  return out;
}
