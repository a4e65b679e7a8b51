"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rawWindowsVm = rawWindowsVm;
exports.rawDataDisks = rawDataDisks;
const ABP = 'AutomaticByPlatform';
/**
 * The raw `azurerm_windows_virtual_machine` a user would write for a configuration, with the construct's documented
 * defaults spelled out, written here from the model rather than through the constructs.
 */
function rawWindowsVm(c, literalPassword) {
    const img = c.image;
    const hotpatchImage = img.kind === 'marketplace' && img.publisher === 'MicrosoftWindowsServer' && img.offer === 'WindowsServer' && /^(2022-datacenter-azure-edition-(core|hotpatch)(-smalldisk)?|2025-datacenter-azure-edition(-core)?(-smalldisk)?)$/.test(img.sku);
    const agent = c.provisionVmAgent ?? true;
    const out = {
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
    if (c.rebootSetting !== undefined)
        out.reboot_setting = c.rebootSetting;
    Object.assign(out, rawFleetAttributes(c));
    if (img.kind === 'custom')
        out.source_image_id = img.imageId;
    else
        out.source_image_reference = { publisher: img.publisher, offer: img.offer, sku: img.kind === 'marketplace' ? img.sku : '${var.image_sku}', version: 'latest' };
    return out;
}
const ID = (type, name) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/${type}/${name}`;
const base64 = (d) => (d.kind === 'text' ? Buffer.from(d.value, 'utf8').toString('base64') : d.value);
/** The VM attributes of the fleet settings, as HCL or JSON writes them. */
function rawFleetAttributes(c) {
    const p = c.placement ?? {};
    const out = {};
    if (c.licenseType !== undefined)
        out.license_type = c.licenseType;
    if (c.identity)
        out.identity = { type: c.identity.type, ...(c.identity.ids > 0 ? { identity_ids: Array.from({ length: c.identity.ids }, (_, i) => ID('Microsoft.ManagedIdentity/userAssignedIdentities', `id${i}`)) } : {}) };
    if (p.zone)
        out.zone = '1';
    if (p.availabilitySet)
        out.availability_set_id = ID('Microsoft.Compute/availabilitySets', 'web');
    if (p.proximityPlacementGroup)
        out.proximity_placement_group_id = ID('Microsoft.Compute/proximityPlacementGroups', 'ppg');
    if (p.capacityReservation)
        out.capacity_reservation_group_id = ID('Microsoft.Compute/capacityReservationGroups', 'crg');
    if (c.userData)
        out.user_data = base64(c.userData);
    if (c.customData)
        out.custom_data = base64(c.customData);
    if (c.osDiskType)
        out.os_disk = { caching: 'ReadWrite', storage_account_type: c.osDiskType };
    if ((c.dataDisks ?? []).some((d) => d.type === 'UltraSSD_LRS'))
        out.additional_capabilities = { ultra_ssd_enabled: true };
    return out;
}
/** The managed disks and attachments of the data disks, naming the VM `azurerm_windows_virtual_machine.vm`. */
function rawDataDisks(c) {
    const disks = {};
    const attachments = {};
    for (const [i, d] of (c.dataDisks ?? []).entries()) {
        disks[`data${i}`] = { name: `data${i}`, resource_group_name: 'rg', location: 'westeurope', storage_account_type: d.type ?? 'Premium_LRS', disk_size_gb: 64, ...(d.copy ? { create_option: 'Copy', source_resource_id: ID('Microsoft.Compute/snapshots', `nightly${i}`) } : { create_option: 'Empty' }) };
        attachments[`data${i}`] = { managed_disk_id: `\${azurerm_managed_disk.data${i}.id}`, virtual_machine_id: '${azurerm_windows_virtual_machine.vm.id}', lun: d.lun, caching: d.caching ?? 'None' };
    }
    return { azurerm_managed_disk: disks, azurerm_virtual_machine_data_disk_attachment: attachments };
}
