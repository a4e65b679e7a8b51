"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkResources = checkResources;
const path_1 = require("path");
const rule_1 = require("../core/rule");
const checker_rules_1 = require("./checker-rules");
const guest_image_support_1 = require("../azure-local/guest-image-support");
const marketplace_image_rules_1 = require("../azure-local/marketplace-image-rules");
const trusted_launch_rules_1 = require("../azure-local/trusted-launch-rules");
const smb_over_quic_rules_1 = require("../smb-over-quic/smb-over-quic-rules");
const windows_vm_rules_1 = require("../windows/windows-vm-rules");
const disk_rules_1 = require("../windows/disk-rules");
const vm_data_rules_1 = require("../windows/vm-data-rules");
const vm_settings_rules_1 = require("../windows/vm-settings-rules");
const extract_vm_settings_1 = require("./extract-vm-settings");
const hardware_rules_1 = require("../azure-local/hardware-rules");
const extract_azure_local_hardware_1 = require("./extract-azure-local-hardware");
const extract_1 = require("./extract");
const network_rules_1 = require("../network/network-rules");
const raw_values_1 = require("./raw-values");
const scale_set_rules_1 = require("../windows/scale-set-rules");
const key_vault_rules_1 = require("../windows/key-vault-rules");
const acknowledgements_1 = require("./acknowledgements");
const rule_catalog_1 = require("../rule-catalog");
/** Terraform paths of the Azure Local VM instance facts, for the checker's messages. */
const HCI_ATTRIBUTES = {
    securityType: 'body.properties.securityProfile.securityType',
    secureBoot: 'body.properties.securityProfile.uefiSettings.secureBootEnabled',
    vtpm: 'body.properties.securityProfile.enableTPM',
    image: 'body.properties.storageProfile.imageReference.id',
    hyperv_generation: 'body.properties.storageProfile.imageReference.id',
    computerName: 'body.properties.osProfile.computerName',
    adminPassword: 'body.properties.osProfile.adminPassword',
    supportPolicy: '--support-policy',
};
/**
 * Applies the rule catalog to the resources of one or more configurations. A finding that an acknowledgement of its
 * resource waives is returned with {@link CheckFinding.acknowledgement}; count it apart.
 */
function checkResources(resources, options = {}) {
    const byModule = new Map();
    for (const r of resources) {
        const key = (0, path_1.dirname)(r.file);
        if (!byModule.has(key))
            byModule.set(key, new Map());
        if (r.problem === undefined)
            byModule.get(key).set(r.address, r);
    }
    const policy = options.supportPolicy ?? guest_image_support_1.DEFAULT_SUPPORT_POLICY;
    const out = [];
    const push = (r, vs, attributes = {}, prefix = '') => {
        for (const v of vs)
            out.push({ ruleId: v.ruleId, severity: v.severity, file: r.file, address: r.address, attribute: prefix + (attributes[v.attribute] ?? v.attribute), message: v.message, fix: v.fix, source: v.source, ...(r.line !== undefined ? { line: r.line } : {}) });
    };
    const apply = (r, rules, facts, attributes, prefix) => {
        push(r, (0, rule_1.evaluate)(rules, facts, r.address), attributes, prefix);
        if (options.verbose)
            push(r, (0, rule_1.evaluate)([checker_rules_1.AZG_UNKNOWN_VALUE], facts, r.address));
    };
    /** Resources of one type in each module, by a key of theirs; built when a module first needs it. */
    const moduleIndex = (type, keyOf) => {
        const built = new Map();
        return (module) => {
            let index = built.get(module);
            if (!index) {
                index = new Map();
                for (const r of byModule.get(module)?.values() ?? []) {
                    const key = r.type === type ? keyOf(r) : undefined;
                    if (key === undefined)
                        continue;
                    const list = index.get(key) ?? [];
                    list.push(r);
                    index.set(key, list);
                }
                built.set(module, index);
            }
            return index;
        };
    };
    // the Key Vaults of each module by id (a plan's VM names a vault by id), the data disk attachments by the VM they name
    const vaultsById = moduleIndex('azurerm_key_vault', (v) => (typeof v.values.id === 'string' ? v.values.id : undefined));
    const attachmentsByVm = moduleIndex('azurerm_virtual_machine_data_disk_attachment', (a) => (0, raw_values_1.referencedAddress)(a.values.virtual_machine_id));
    const attachmentsOf = (module, vmAddress) => attachmentsByVm(module).get(vmAddress) ?? [];
    for (const r of resources) {
        if (r.problem !== undefined) {
            push(r, (0, rule_1.evaluate)([checker_rules_1.AZG_INPUT_SHAPE], { problem: r.problem }, r.address));
            continue;
        }
        try {
            checkResource(r);
        }
        catch (e) {
            // one block of an unexpected shape is one finding: the rest of the run is still checked and reported
            push(r, (0, rule_1.evaluate)([checker_rules_1.AZG_INPUT_SHAPE], { problem: `the block has a shape the checker cannot read (${e?.message ?? String(e)})` }, r.address));
        }
    }
    return (0, acknowledgements_1.withAcknowledgements)(out, resources, rule_catalog_1.ALL_RULES);
    function checkResource(r) {
        const find = (address) => byModule.get((0, path_1.dirname)(r.file))?.get(address);
        // a vault by reference (configuration) or by its id (plan), in the same module
        const vaultOf = (id) => {
            const byReference = find((0, raw_values_1.referencedAddress)(id) ?? '');
            if (byReference)
                return byReference.type === 'azurerm_key_vault' ? byReference : undefined;
            return typeof id === 'string' && id !== '' ? vaultsById((0, path_1.dirname)(r.file)).get(id)?.at(-1) : undefined;
        };
        switch (r.type) {
            case 'azurerm_windows_virtual_machine':
                apply(r, windows_vm_rules_1.WINDOWS_VM_RULES, (0, extract_1.windowsVmFacts)(r, find), (0, extract_1.windowsVmAttributes)(r));
                apply(r, vm_settings_rules_1.VM_SETTINGS_RULES, (0, extract_vm_settings_1.vmSettingsFactsOf)(r));
                apply(r, vm_data_rules_1.VM_DATA_RULES, (0, extract_vm_settings_1.vmDataFactsOf)(r));
                apply(r, disk_rules_1.DISK_RULES, (0, extract_vm_settings_1.vmDiskFactsOf)(r, attachmentsOf((0, path_1.dirname)(r.file), r.address), find));
                apply(r, key_vault_rules_1.VM_SECRET_VAULT_RULES, (0, extract_1.secretVaultFacts)(r, vaultOf));
                break;
            case 'azurerm_windows_virtual_machine_scale_set':
            case 'azurerm_orchestrated_virtual_machine_scale_set':
                apply(r, [...windows_vm_rules_1.WINDOWS_VM_RULES, ...scale_set_rules_1.SCALE_SET_RULES], (0, extract_1.scaleSetFacts)(r, find), (0, extract_1.scaleSetAttributes)(r));
                apply(r, key_vault_rules_1.VM_SECRET_VAULT_RULES, (0, extract_1.secretVaultFacts)(r, vaultOf));
                break;
            case 'azurerm_stack_hci_network_interface':
                apply(r, [hardware_rules_1.HCI_STATIC_IP], (0, extract_azure_local_hardware_1.networkInterfaceHardwareFacts)(r));
                break;
            case 'azurerm_stack_hci_marketplace_gallery_image':
                apply(r, [marketplace_image_rules_1.HCI_GALLERY_IMAGE], (0, extract_1.galleryImageFacts)(r));
                break;
            case 'azurerm_network_security_rule':
            case 'azurerm_network_security_group':
                for (const { facts, attribute } of (0, extract_1.nsgRuleFacts)(r))
                    apply(r, network_rules_1.NETWORK_RULES, facts, {}, attribute);
                break;
            case 'azurerm_key_vault_certificate': {
                // recognised as an SMB over QUIC certificate when a VM installs it and a run command maps it
                if (!isSmbOverQuicCertificate(r, resources))
                    break;
                const cert = (0, extract_1.certificateFacts)(r);
                if (cert)
                    apply(r, [smb_over_quic_rules_1.SMBQ_CERTIFICATE_KEY, smb_over_quic_rules_1.SMBQ_CERTIFICATE_USAGE], { newCertificate: cert }, { 'certificate.keySize': 'certificate_policy.key_properties.key_size', 'certificate.curve': 'certificate_policy.key_properties.curve', 'certificate.keyType': 'certificate_policy.key_properties.key_type', 'certificate.extendedKeyUsage': 'certificate_policy.x509_certificate_properties.extended_key_usage', 'certificate.keyUsage': 'certificate_policy.x509_certificate_properties.key_usage' });
                break;
            }
            case 'azapi_resource': {
                if (!String(r.values.type ?? '').toLowerCase().startsWith(extract_1.VM_INSTANCE_TYPE_PREFIX))
                    break;
                const facts = (0, extract_1.vmInstanceFacts)(r, find, policy);
                // the trusted launch rules apply to trusted launch VMs; naming, secrets and the parent to every VM instance
                const rules = facts.securityType === 'TrustedLaunch' ? trusted_launch_rules_1.TRUSTED_LAUNCH_VM_RULES : [trusted_launch_rules_1.HCI_BODY_UNKNOWN_KEY, trusted_launch_rules_1.HCI_COMPUTER_NAME, trusted_launch_rules_1.HCI_ADMIN_PASSWORD_LITERAL, trusted_launch_rules_1.HCI_ARC_MACHINE];
                apply(r, rules, facts, HCI_ATTRIBUTES);
                apply(r, hardware_rules_1.AZURE_LOCAL_HARDWARE_RULES, (0, extract_azure_local_hardware_1.vmInstanceHardwareFacts)(r), extract_azure_local_hardware_1.HARDWARE_ATTRIBUTES);
                break;
            }
        }
    }
}
function isSmbOverQuicCertificate(cert, all) {
    const module = (0, path_1.dirname)(cert.file);
    const same = all.filter((r) => (0, path_1.dirname)(r.file) === module);
    const vms = same.filter((r) => r.type === 'azurerm_windows_virtual_machine' && (0, raw_values_1.blocks)(r.values.secret).some((s) => (0, raw_values_1.blocks)(s.certificate).some((c) => String(c.url ?? '').includes(`${cert.address}.`))));
    return vms.some((vm) => same.some((rc) => (rc.type === 'azurerm_virtual_machine_run_command' || rc.type === 'azurerm_virtual_machine_extension') && (0, raw_values_1.referencedAddress)(rc.values.virtual_machine_id) === vm.address && JSON.stringify(rc.values).includes('New-SmbServerCertificateMapping')));
}
