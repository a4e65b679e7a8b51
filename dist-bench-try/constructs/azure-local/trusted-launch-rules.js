"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRUSTED_LAUNCH_ADVISORIES = exports.HCI_BACKUP_DR = exports.HCI_VM_FILES_ACCESS = exports.HCI_LIVE_MIGRATION_UNENCRYPTED = exports.HCI_IGVM_AGENT = exports.TRUSTED_LAUNCH_VM_RULES = exports.HCI_BODY_UNKNOWN_KEY = exports.HCI_ARC_MACHINE = exports.HCI_ADMIN_PASSWORD_LITERAL = exports.HCI_COMPUTER_NAME = exports.HCI_BOOT_INTEGRITY = exports.HCI_IMAGE_SUPPORTED = exports.HCI_IMAGE_GEN2 = exports.HCI_IMAGE_MARKETPLACE = exports.HCI_TL_SECURITY_TYPE = exports.HCI_TL_VTPM = exports.HCI_TL_SECURE_BOOT = exports.HCI_COMPUTER_NAME_PATTERN = void 0;
const condition_1 = require("../core/condition");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const guest_image_support_1 = require("./guest-image-support");
const one = rule_1.findingIf;
/** Computer name of an Azure Local VM: 1-15 letters, digits or hyphens. */
exports.HCI_COMPUTER_NAME_PATTERN = '^[a-zA-Z0-9-]{1,15}$';
exports.HCI_TL_SECURE_BOOT = {
    id: 'HCI-TL-SECURE-BOOT',
    severity: 'error',
    title: 'trusted launch always has secure boot on',
    source: `${sources_1.HCI_SOURCES.createArcVm}; ${sources_1.HCI_SOURCES.vmInstanceApi}`,
    doc: 'A TrustedLaunch VM created with secure boot off fails. A request to turn it off is refused, not silently fixed.',
    holds: (f) => (0, condition_1.not)((0, condition_1.eq)(f.secureBoot, false)),
    check: (f) => one(f.secureBoot === false, () => ({ attribute: 'secureBoot', message: 'secure boot is turned off (false) on a trusted launch VM', value: 'false', allowed: ['true'], fix: 'remove secureBoot or set it to true' })),
};
exports.HCI_TL_VTPM = {
    id: 'HCI-TL-VTPM',
    severity: 'error',
    title: 'trusted launch always has the vTPM on',
    source: `${sources_1.HCI_SOURCES.createArcVm}; ${sources_1.HCI_SOURCES.vmInstanceApi}`,
    doc: 'A TrustedLaunch VM created without the vTPM fails (enableTPM defaults to false in the API, so it is always sent as true).',
    holds: (f) => (0, condition_1.not)((0, condition_1.eq)(f.vtpm, false)),
    check: (f) => one(f.vtpm === false, () => ({ attribute: 'vtpm', message: 'the vTPM is turned off (false) on a trusted launch VM', value: 'false', allowed: ['true'], fix: 'remove vtpm or set it to true' })),
};
exports.HCI_TL_SECURITY_TYPE = {
    id: 'HCI-TL-SECURITY-TYPE',
    severity: 'error',
    title: 'the security type is TrustedLaunch and is fixed at creation',
    source: sources_1.HCI_SOURCES.vmInstanceApi,
    doc: 'The construct builds trusted launch VMs only. Security settings can be set at creation only (inferred: the update body has no ' +
        'securityProfile), so the construct also makes any change to them replace the VM rather than be ignored.',
    holds: (f) => (0, condition_1.eq)(f.securityType, 'TrustedLaunch'),
    check: (f) => one((0, unknown_1.isKnown)(f.securityType) && f.securityType !== 'TrustedLaunch', () => ({
        attribute: 'securityType',
        message: `security type ${(0, rule_1.show)(f.securityType)} is not trusted launch`,
        value: (0, rule_1.show)(f.securityType),
        allowed: ['TrustedLaunch'],
        fix: "remove securityType; confidential VMs are a different construct (exact spelling 'TrustedLaunch')",
    })),
};
exports.HCI_IMAGE_MARKETPLACE = {
    id: 'HCI-IMAGE-MARKETPLACE',
    severity: 'error',
    title: 'the guest image comes from Azure Marketplace',
    source: sources_1.HCI_SOURCES.trustedLaunchOverview,
    doc: 'Every version of the document: VM guest images obtained outside of Azure Marketplace are not supported.',
    check: (f) => f.image.kind === 'custom'
        ? [{ attribute: 'image', message: `image ${(0, rule_1.show)(f.image.id)} is a custom or vhd image, not an Azure Marketplace image`, value: (0, rule_1.show)(f.image.id), fix: 'create the image with AzureLocalMarketplaceImage (azurerm_stack_hci_marketplace_gallery_image)' }]
        : [],
};
exports.HCI_IMAGE_GEN2 = {
    id: 'HCI-IMAGE-GEN2',
    severity: 'error',
    title: 'the guest image is generation 2',
    source: `${sources_1.HCI_SOURCES.trustedLaunchOverview}; ${sources_1.SOURCES.trustedLaunch}`,
    doc: 'Trusted launch is defined for generation 2 VMs and every listed image is "- Gen2" (inferred for the gallery image: hyperv_generation must be V2).',
    holds: (f) => (f.image.kind === 'marketplace' ? (0, condition_1.eq)(f.image.hypervGeneration, 'V2') : true),
    check: (f) => f.image.kind === 'marketplace' && (0, unknown_1.isKnown)(f.image.hypervGeneration) && f.image.hypervGeneration !== 'V2'
        ? [{ attribute: 'hyperv_generation', message: `image Hyper-V generation ${(0, rule_1.show)(f.image.hypervGeneration)} is not generation 2`, value: (0, rule_1.show)(f.image.hypervGeneration), allowed: ['V2'], fix: "create the gallery image with hypervGeneration 'V2'" }]
        : [],
};
exports.HCI_IMAGE_SUPPORTED = {
    id: 'HCI-IMAGE-SUPPORTED',
    severity: 'error',
    title: 'the guest image is in the chosen support policy',
    source: sources_1.HCI_SOURCES.trustedLaunchOverview,
    doc: 'The default policy is the 23H2 list of four images; later, broader policies are opted into by name, each with its document date.',
    inputs: (f) => (f.image.kind === 'marketplace' ? { publisher: f.image.publisher, offer: f.image.offer, sku: f.image.sku, version: f.image.version } : {}),
    check(f) {
        const policy = (0, guest_image_support_1.supportPolicy)(f.supportPolicy);
        if (!policy) {
            return [{ attribute: 'supportPolicy', message: `support policy ${(0, rule_1.show)(f.supportPolicy)} is unknown`, value: (0, rule_1.show)(f.supportPolicy), allowed: guest_image_support_1.GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.name), fix: 'use one of the allowed policy names' }];
        }
        const i = f.image;
        if (i.kind !== 'marketplace' || !(0, unknown_1.isKnown)(i.publisher) || !(0, unknown_1.isKnown)(i.offer) || !(0, unknown_1.isKnown)(i.sku) || !(0, unknown_1.isKnown)(i.version))
            return [];
        const reason = policy.unsupportedBecause({ publisher: i.publisher, offer: i.offer, sku: i.sku, version: i.version });
        return one(reason !== undefined, () => ({
            attribute: 'image',
            message: `${reason} (policy '${policy.name}': ${policy.summary})`,
            value: `'${i.publisher}:${i.offer}:${i.sku}:${i.version}'`,
            allowed: policy.images?.map((s) => `${s.publisher}:${s.offer}:${s.sku}:${s.version}`),
            fix: policy.images ? 'use one of the allowed images, or opt into a later support policy by name' : 'use a supported image or another support policy',
        }));
    },
};
exports.HCI_BOOT_INTEGRITY = {
    id: 'HCI-BOOT-INTEGRITY',
    severity: 'error',
    title: 'guest boot-integrity verification is not available',
    source: sources_1.HCI_SOURCES.trustedLaunchOverview,
    doc: 'Since 2023-11-13 the document says guest boot integrity verification is not available; later versions also mention attestation, a contradiction resolved as unavailable.',
    holds: (f) => (0, condition_1.not)((0, condition_1.truthy)(f.guestAttestation)),
    check: (f) => one(f.guestAttestation === true, () => ({ attribute: 'guestAttestation', message: 'guest boot-integrity verification (attestation) is asked for (true) but Azure Local does not offer it', value: 'true', allowed: ['false'], fix: 'remove guestAttestation' })),
};
exports.HCI_COMPUTER_NAME = {
    id: 'HCI-COMPUTER-NAME',
    severity: 'error',
    title: 'a Windows guest computer name is 1-15 letters, digits or hyphens',
    source: `${sources_1.HCI_SOURCES.azureLocalNaming}; ${sources_1.SOURCES.windowsComputerName}`,
    doc: 'The computer name defaults to the VM name. The limit is Windows\' (NetBIOS); the API sets none, so a guest known to be Linux is not held to it.',
    holds: (f) => (f.guestOs === 'Linux' ? true : (0, condition_1.matches)(f.computerName, exports.HCI_COMPUTER_NAME_PATTERN, (s) => new RegExp(exports.HCI_COMPUTER_NAME_PATTERN).test(s))),
    check: (f) => one(f.guestOs !== 'Linux' && (0, unknown_1.isKnown)(f.computerName) && !new RegExp(exports.HCI_COMPUTER_NAME_PATTERN).test(f.computerName), () => ({
        attribute: 'computerName',
        message: `computer name ${(0, rule_1.show)(f.computerName)} is not 1 to 15 letters, digits or hyphens`,
        value: (0, rule_1.show)(f.computerName),
        fix: 'use 1 to 15 letters, digits or hyphens (set computerName explicitly when the VM name is longer)',
    })),
};
exports.HCI_ADMIN_PASSWORD_LITERAL = {
    id: 'HCI-ADMIN-PASSWORD-LITERAL',
    severity: 'error',
    policy: true,
    title: 'the admin password is never a literal',
    source: sources_1.SOURCES.securityPolicy,
    doc: 'The password is sent in the azapi sensitive body; it must come from a sensitive variable without a default or a Key Vault secret. As for WIN-ADMIN-PASSWORD-LITERAL, a local value, a variable default or a function of a literal counts as a literal.',
    check: (f) => one(f.adminPassword === 'literal', () => ({ attribute: 'adminPassword', message: 'the admin password is a literal string (value hidden)', fix: 'pass a sensitive TerraformVariable or a Key Vault secret value (a token), never a literal' })),
};
exports.HCI_ARC_MACHINE = {
    id: 'HCI-ARC-MACHINE',
    severity: 'error',
    title: 'the VM instance extends an Arc machine of kind HCI with a system-assigned identity',
    source: sources_1.HCI_SOURCES.arcMachine,
    doc: 'The VM instance is an extension resource of a Microsoft.HybridCompute machine of kind HCI with a SystemAssigned identity.',
    holds: (f) => (f.arcMachine ? (0, condition_1.and)((0, condition_1.eq)(f.arcMachine.kind, 'HCI'), (0, condition_1.eq)(f.arcMachine.identityType, 'SystemAssigned')) : true),
    check(f) {
        const a = f.arcMachine;
        if (!a)
            return [];
        const out = [];
        if ((0, unknown_1.isKnown)(a.kind) && a.kind !== 'HCI')
            out.push({ attribute: 'parent_id', message: `the parent Arc machine has kind ${(0, rule_1.show)(a.kind)}`, value: (0, rule_1.show)(a.kind), allowed: ['HCI'], fix: "create the Arc machine with kind 'HCI'" });
        if ((0, unknown_1.isKnown)(a.identityType) && a.identityType !== 'SystemAssigned')
            out.push({ attribute: 'parent_id', message: `the parent Arc machine has identity ${(0, rule_1.show)(a.identityType)}`, value: (0, rule_1.show)(a.identityType), allowed: ['SystemAssigned'], fix: "give the Arc machine identity { type = 'SystemAssigned' }" });
        return out;
    },
};
exports.HCI_BODY_UNKNOWN_KEY = {
    id: 'HCI-BODY-UNKNOWN-KEY',
    severity: 'error',
    title: 'the security profile of the VM instance body uses the keys the API knows',
    source: sources_1.HCI_SOURCES.vmInstanceArmTypes,
    doc: 'ARM ignores body keys it does not know: a securityProfile written with other keys (the snake_case security_type, enable_tpm, ' +
        'uefi_settings of some modules) creates the VM without trusted launch, silently. The keys are the same from API 2024-01-01 to 2025-09-01-preview.',
    check: (f) => (f.unknownBodyKeys ?? []).map((k) => ({
        attribute: `body.properties.${k.path}`,
        message: `key '${k.path.split('.').pop()}' of body.properties.${k.path.split('.').slice(0, -1).join('.')} is not known to the API, which ignores it${k.resembles ? ` (the API's key is '${k.resembles}')` : ''}`,
        value: `'${k.path.split('.').pop()}'`,
        fix: k.resembles ? `write '${k.resembles}' (exact case)` : 'remove it; the known keys are enableTPM, securityType and uefiSettings.secureBootEnabled',
    })),
};
/** Rules of one trusted-launch Arc VM. */
exports.TRUSTED_LAUNCH_VM_RULES = [
    exports.HCI_BODY_UNKNOWN_KEY,
    exports.HCI_TL_SECURITY_TYPE,
    exports.HCI_TL_SECURE_BOOT,
    exports.HCI_TL_VTPM,
    exports.HCI_BOOT_INTEGRITY,
    exports.HCI_IMAGE_MARKETPLACE,
    exports.HCI_IMAGE_GEN2,
    exports.HCI_IMAGE_SUPPORTED,
    exports.HCI_COMPUTER_NAME,
    exports.HCI_ADMIN_PASSWORD_LITERAL,
    exports.HCI_ARC_MACHINE,
];
const advisory = (id, title, message, fix, doc) => ({
    id,
    severity: 'warning',
    title,
    source: sources_1.HCI_SOURCES.trustedLaunchOverview,
    doc,
    check: () => [{ attribute: 'cluster', message, fix }],
});
exports.HCI_IGVM_AGENT = advisory('HCI-IGVM-AGENT', 'IgvmAgent runs on every cluster node', 'trusted launch VMs need the IgvmAgent service on every node of the cluster', 'check Get-Service IgvmAgent on each node', 'Trusted launch needs the IgvmAgent service on each cluster node (guidance added in the 2025 versions of the overview). Terraform cannot see the nodes, so this is a reminder on every stack with a trusted launch VM.');
exports.HCI_LIVE_MIGRATION_UNENCRYPTED = advisory('HCI-LIVE-MIGRATION-UNENCRYPTED', 'live-migration traffic is not encrypted', 'live migration traffic of trusted launch VMs is not encrypted', 'protect the live migration network with IPsec or another network-layer encryption', 'The overview states that live-migration traffic of trusted launch VMs is not encrypted and recommends network-layer encryption such as IPsec.');
exports.HCI_VM_FILES_ACCESS = advisory('HCI-VM-FILES-ACCESS', 'VM state files stay restricted to host administrators', 'Hyper-V stores the VM guest state in files on the host, readable by host administrators only by default', 'keep the storage path of the VM files restricted to host administrators', 'The guest state lives in two files on the host (guest state and runtime state), protected by the guest state protection key; access to them is meant for host administrators only.');
exports.HCI_BACKUP_DR = advisory('HCI-BACKUP-DR', 'backup and disaster recovery are limited', 'Azure Backup and Azure Site Recovery do not support trusted launch Arc VMs; a VM restored elsewhere is no longer managed from Azure, and cannot start without its guest state protection key', 'back up the guest state protection key (mocctl) with any Hyper-V based backup', 'The March 2025 overview lists no support for Azure Backup, Azure Site Recovery, Veeam or Commvault; the October 2025 version allows backup tools that follow Hyper-V approaches if the guest state protection key is backed up too (the VM cannot start without it), still without Azure Site Recovery. A VM restored to another instance is no longer managed through Azure Arc.');
/** Advisories that hold for every trusted-launch VM; reported once per stack. */
exports.TRUSTED_LAUNCH_ADVISORIES = [exports.HCI_IGVM_AGENT, exports.HCI_LIVE_MIGRATION_UNENCRYPTED, exports.HCI_VM_FILES_ACCESS, exports.HCI_BACKUP_DR];
