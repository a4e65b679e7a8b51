"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VM_INSTANCE_TYPE_PREFIX = void 0;
exports.windowsVmFacts = windowsVmFacts;
exports.windowsVmAttributes = windowsVmAttributes;
exports.scaleSetFacts = scaleSetFacts;
exports.scaleSetAttributes = scaleSetAttributes;
exports.secretVaultFacts = secretVaultFacts;
exports.galleryImageFacts = galleryImageFacts;
exports.azapiBody = azapiBody;
exports.vmInstanceFacts = vmInstanceFacts;
exports.nsgRuleFacts = nsgRuleFacts;
exports.certificateFacts = certificateFacts;
const unknown_1 = require("../core/unknown");
const image_catalog_1 = require("../windows/image-catalog");
const raw_values_1 = require("./raw-values");
const vm_instance_body_1 = require("../azure-local/vm-instance-body");
const str = (v) => (0, raw_values_1.raw)(v);
function imageFacts(v) {
    const ref = (0, raw_values_1.block)(v.source_image_reference);
    const imageReference = ref ? { publisher: str(ref.publisher) ?? '', offer: str(ref.offer) ?? '', sku: str(ref.sku) ?? '' } : undefined;
    const generation = imageReference && [imageReference.publisher, imageReference.offer, imageReference.sku].every((x) => typeof x === 'string')
        ? (0, image_catalog_1.imageGenerationOf)(imageReference.publisher, imageReference.offer, imageReference.sku)
        : undefined;
    return { imageReference, imageId: v.source_image_id !== undefined ? str(v.source_image_id) : undefined, imageGeneration: generation };
}
/**
 * The admin password's kind, following local values and variable defaults of the module; in a plan, a value whose
 * configuration is an expression is not a literal.
 */
function password(r, value, definitions, attribute = 'admin_password') {
    const kind = (0, raw_values_1.secretKind)(value, definitions);
    return kind === 'literal' && r.expressionAttributes?.has(attribute) ? 'expression' : kind;
}
/**
 * Names of one attribute across azurerm majors, newest first: 4.x renamed the VM's `enable_automatic_updates`, 5.x
 * the scale sets' (read from the resources' schemas at v4.55.0 and v5.2.0). Only the attributes the rules read.
 */
const AUTOMATIC_UPDATES = ['automatic_updates_enabled', 'enable_automatic_updates'];
/** The name a block uses for an attribute (the first of its names that is set), else the newest name. */
function written(v, names) {
    return names.find((n) => v[n] !== undefined && v[n] !== null) ?? names[0];
}
/** `azurerm_windows_virtual_machine`, with azurerm 4.55.0 defaults. */
function windowsVmFacts(r, definitions) {
    const v = r.values;
    const computerNameAttribute = v.computer_name !== undefined && v.computer_name !== null ? 'computer_name' : 'name';
    return {
        ...imageFacts(v),
        size: (0, raw_values_1.rawOr)(v.size, ''),
        computerName: (0, raw_values_1.rawOr)(v[computerNameAttribute], ''),
        computerNameAttribute,
        adminUsername: str(v.admin_username),
        adminPassword: password(r, v.admin_password, definitions),
        patchMode: (0, raw_values_1.rawOr)(v.patch_mode, 'AutomaticByOS'),
        patchAssessmentMode: (0, raw_values_1.rawOr)(v.patch_assessment_mode, 'ImageDefault'),
        rebootSetting: str(v.reboot_setting),
        hotpatchingEnabled: (0, raw_values_1.rawBool)(v.hotpatching_enabled, false),
        bypassPlatformSafetyChecks: (0, raw_values_1.rawBool)(v.bypass_platform_safety_checks_on_user_schedule_enabled, false),
        provisionVmAgent: (0, raw_values_1.rawBool)(v.provision_vm_agent, true),
        allowExtensionOperations: (0, raw_values_1.rawBool)(v.allow_extension_operations, true),
        automaticUpdatesEnabled: (0, raw_values_1.rawBool)(v[written(v, AUTOMATIC_UPDATES)], true),
        secureBootEnabled: (0, raw_values_1.rawBool)(v.secure_boot_enabled, false),
        vtpmEnabled: (0, raw_values_1.rawBool)(v.vtpm_enabled, false),
    };
}
/** Where each attribute the Windows VM rules name is written in a VM block. */
function windowsVmAttributes(r) {
    return { automatic_updates_enabled: written(r.values, AUTOMATIC_UPDATES) };
}
/** The Windows settings of a scale set: the resource itself (Uniform) or `os_profile.windows_configuration` (Flexible). */
function windowsSettings(r) {
    return r.type === 'azurerm_orchestrated_virtual_machine_scale_set'
        ? { win: (0, raw_values_1.block)((0, raw_values_1.block)(r.values.os_profile)?.windows_configuration) ?? {}, prefix: 'os_profile.windows_configuration.' }
        : { win: r.values, prefix: '' };
}
/** `azurerm_windows_virtual_machine_scale_set` (Uniform) or `azurerm_orchestrated_virtual_machine_scale_set` (Flexible). */
function scaleSetFacts(r, definitions) {
    const v = r.values;
    const flexible = r.type === 'azurerm_orchestrated_virtual_machine_scale_set';
    const { win } = windowsSettings(r);
    const prefixSet = win.computer_name_prefix !== undefined && win.computer_name_prefix !== null;
    return {
        ...imageFacts(v),
        orchestration: flexible ? 'Flexible' : 'Uniform',
        extensionTypes: (0, raw_values_1.blocks)(v.extension).map((e) => str(e.type)),
        size: (0, raw_values_1.rawOr)(flexible ? v.sku_name : v.sku, ''),
        computerName: (0, raw_values_1.rawOr)(prefixSet ? win.computer_name_prefix : v.name, ''),
        computerNameKind: 'prefix',
        computerNameAttribute: prefixSet ? 'computer_name_prefix' : 'name',
        adminUsername: str(win.admin_username),
        adminPassword: password(r, win.admin_password, definitions),
        // a Uniform scale set has no patch mode attribute: the patch rules do not apply to it
        patchMode: flexible ? (0, raw_values_1.rawOr)(win.patch_mode, 'AutomaticByOS') : new unknown_1.Unknown(undefined),
        patchAssessmentMode: flexible ? (0, raw_values_1.rawOr)(win.patch_assessment_mode, 'ImageDefault') : new unknown_1.Unknown(undefined),
        hotpatchingEnabled: (0, raw_values_1.rawBool)(win.hotpatching_enabled, false),
        bypassPlatformSafetyChecks: false,
        provisionVmAgent: (0, raw_values_1.rawBool)(win.provision_vm_agent, true),
        allowExtensionOperations: (0, raw_values_1.rawBool)(v.extension_operations_enabled, true),
        automaticUpdatesEnabled: (0, raw_values_1.rawBool)(win[written(win, AUTOMATIC_UPDATES)], true),
        secureBootEnabled: (0, raw_values_1.rawBool)(v.secure_boot_enabled, false),
        vtpmEnabled: (0, raw_values_1.rawBool)(v.vtpm_enabled, false),
    };
}
/** Where each attribute the Windows VM and scale set rules name is written in a scale set block. */
function scaleSetAttributes(r) {
    const { win, prefix } = windowsSettings(r);
    const flexible = r.type === 'azurerm_orchestrated_virtual_machine_scale_set';
    const out = {
        size: flexible ? 'sku_name' : 'sku',
        allow_extension_operations: 'extension_operations_enabled',
        automatic_updates_enabled: prefix + written(win, AUTOMATIC_UPDATES),
    };
    for (const a of ['patch_mode', 'patch_assessment_mode', 'hotpatching_enabled', 'provision_vm_agent', 'admin_username', 'admin_password'])
        out[a] = prefix + a;
    if (win.computer_name_prefix !== undefined && win.computer_name_prefix !== null)
        out.computer_name_prefix = prefix + 'computer_name_prefix';
    return out;
}
/**
 * The Key Vaults of a VM's or scale set's `secret` blocks: a vault of the configuration is found by reference (a
 * configuration) or by id (a plan); any other is outside.
 */
function secretVaultFacts(r, vaultOf) {
    const ids = [...new Set((0, raw_values_1.blocks)(r.values.secret).map((s) => s.key_vault_id))];
    return {
        vaults: ids.map((id) => {
            const vault = vaultOf(id);
            return { keyVaultId: typeof id === 'string' ? `'${id}'` : String(id), enabledForDeployment: vault ? (0, raw_values_1.rawBool)(vault.values.enabled_for_deployment, false) : 'outside' };
        }),
    };
}
function galleryImageFacts(r) {
    const v = r.values;
    const id = (0, raw_values_1.block)(v.identifier) ?? {};
    return {
        name: (0, raw_values_1.rawOr)(v.name, ''),
        hypervGeneration: (0, raw_values_1.rawOr)(v.hyperv_generation, ''),
        osType: (0, raw_values_1.rawOr)(v.os_type, ''),
        publisher: (0, raw_values_1.rawOr)(id.publisher, ''),
        offer: (0, raw_values_1.rawOr)(id.offer, ''),
        sku: (0, raw_values_1.rawOr)(id.sku, ''),
        version: (0, raw_values_1.rawOr)(v.version, ''),
    };
}
/** The request body of an azapi resource: an object, or a JSON string; undefined when it is an expression. */
function azapiBody(v) {
    if (v && typeof v === 'object')
        return v;
    // a JSON string (with interpolations inside its string values) is still JSON; `${jsonencode(...)}` is not
    if (typeof v === 'string' && !v.trim().startsWith('${')) {
        try {
            const parsed = JSON.parse(v);
            return parsed && typeof parsed === 'object' ? parsed : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
exports.VM_INSTANCE_TYPE_PREFIX = 'microsoft.azurestackhci/virtualmachineinstances@';
/**
 * A Microsoft.AzureStackHCI virtualMachineInstances azapi resource, following literal references to its gallery
 * image and Arc machine in the same configuration.
 */
function vmInstanceFacts(r, find, supportPolicy) {
    const body = azapiBody(r.values.body) ?? {};
    const secret = azapiBody(r.values.sensitive_body) ?? {};
    const p = body.properties ?? {};
    const sec = p.securityProfile ?? {};
    const imageId = p.storageProfile?.imageReference?.id;
    const target = find((0, raw_values_1.referencedAddress)(imageId) ?? '');
    let image;
    if (target?.type === 'azurerm_stack_hci_marketplace_gallery_image') {
        const id = (0, raw_values_1.block)(target.values.identifier) ?? {};
        image = { kind: 'marketplace', publisher: (0, raw_values_1.rawOr)(id.publisher, ''), offer: (0, raw_values_1.rawOr)(id.offer, ''), sku: (0, raw_values_1.rawOr)(id.sku, ''), version: (0, raw_values_1.rawOr)(target.values.version, ''), hypervGeneration: (0, raw_values_1.rawOr)(target.values.hyperv_generation, '') };
    }
    else if (target?.type === 'azapi_resource' && /\/marketplaceGalleryImages@/i.test(String(target.values.type))) {
        const tp = azapiBody(target.values.body)?.properties ?? {};
        image = { kind: 'marketplace', publisher: (0, raw_values_1.rawOr)(tp.identifier?.publisher, ''), offer: (0, raw_values_1.rawOr)(tp.identifier?.offer, ''), sku: (0, raw_values_1.rawOr)(tp.identifier?.sku, ''), version: (0, raw_values_1.rawOr)(tp.version?.name, ''), hypervGeneration: (0, raw_values_1.rawOr)(tp.hyperVGeneration, '') };
    }
    else if ((target?.type === 'azapi_resource' && /\/galleryImages@/i.test(String(target.values.type))) || (typeof imageId === 'string' && /\/galleryImages\//i.test(imageId))) {
        image = { kind: 'custom', id: (0, raw_values_1.raw)(imageId) ?? '' };
    }
    else {
        const unknown = new unknown_1.Unknown(imageId);
        image = { kind: 'marketplace', publisher: unknown, offer: unknown, sku: unknown, version: unknown, hypervGeneration: unknown };
    }
    const parent = find((0, raw_values_1.referencedAddress)(r.values.parent_id) ?? '');
    const arcMachine = parent?.type === 'azurerm_arc_machine'
        ? { kind: (0, raw_values_1.rawOr)(parent.values.kind, ''), identityType: (0, raw_values_1.block)(parent.values.identity) ? (0, raw_values_1.rawOr)((0, raw_values_1.block)(parent.values.identity).type, '') : undefined }
        : parent?.type === 'azapi_resource' && /^Microsoft\.HybridCompute\/machines@/i.test(String(parent.values.type))
            ? { kind: (0, raw_values_1.rawOr)(azapiBody(parent.values.body)?.kind, ''), identityType: (0, raw_values_1.block)(parent.values.identity) ? (0, raw_values_1.rawOr)((0, raw_values_1.block)(parent.values.identity).type, '') : undefined }
            : undefined;
    const os = p.osProfile ?? {};
    const osType = String(p.storageProfile?.osDisk?.osType ?? (target?.type === 'azurerm_stack_hci_marketplace_gallery_image' ? target.values.os_type : '')).toLowerCase();
    const guestOs = os.linuxConfiguration !== undefined || osType === 'linux' ? 'Linux' : os.windowsConfiguration !== undefined || osType === 'windows' ? 'Windows' : undefined;
    return {
        ...(guestOs ? { guestOs } : {}),
        image,
        supportPolicy,
        securityType: (0, raw_values_1.rawOr)(sec.securityType, ''),
        secureBoot: (0, raw_values_1.rawBool)(sec.uefiSettings?.secureBootEnabled, false),
        vtpm: (0, raw_values_1.rawBool)(sec.enableTPM, false),
        guestAttestation: false,
        computerName: (0, raw_values_1.raw)(os.computerName) ?? new unknown_1.Unknown(undefined),
        adminPassword: (0, raw_values_1.secretKind)(os.adminPassword ?? secret.properties?.osProfile?.adminPassword, find),
        unknownBodyKeys: (0, vm_instance_body_1.unknownSecurityProfileKeys)(p),
        ...(arcMachine ? { arcMachine } : {}),
    };
}
/** Every NSG rule of a resource: the rule itself, or the inline rules of a group. */
function nsgRuleFacts(r) {
    const one = (v) => ({
        direction: (0, raw_values_1.rawOr)(v.direction, ''),
        access: (0, raw_values_1.rawOr)(v.access, ''),
        protocol: (0, raw_values_1.rawOr)(v.protocol, ''),
        destinationPorts: [v.destination_port_range, ...(0, raw_values_1.rawList)(v.destination_port_ranges, 'destination_port_ranges')].filter((x) => x !== undefined && x !== null).map((x) => (0, raw_values_1.rawOr)(x, '')),
        sources: [v.source_address_prefix, ...(0, raw_values_1.rawList)(v.source_address_prefixes, 'source_address_prefixes')].filter((x) => x !== undefined && x !== null).map((x) => (0, raw_values_1.rawOr)(x, '')),
        destinationPortList: (0, raw_values_1.rawList)(v.destination_port_ranges, 'destination_port_ranges').map((x) => (0, raw_values_1.rawOr)(x, '')),
        sourcePrefixList: (0, raw_values_1.rawList)(v.source_address_prefixes, 'source_address_prefixes').map((x) => (0, raw_values_1.rawOr)(x, '')),
        destinationPrefixList: (0, raw_values_1.rawList)(v.destination_address_prefixes, 'destination_address_prefixes').map((x) => (0, raw_values_1.rawOr)(x, '')),
    });
    if (r.type === 'azurerm_network_security_rule')
        return [{ facts: one(r.values), attribute: '' }];
    return (0, raw_values_1.blocks)(r.values.security_rule).map((v, i) => ({ facts: one(v), attribute: `security_rule[${i}].` }));
}
/** The policy of a Key Vault certificate, as the SMB over QUIC certificate rules read it. */
function certificateFacts(r) {
    const policy = (0, raw_values_1.block)(r.values.certificate_policy);
    if (!policy)
        return undefined;
    const key = (0, raw_values_1.block)(policy.key_properties) ?? {};
    const x509 = (0, raw_values_1.block)(policy.x509_certificate_properties) ?? {};
    const list = (v) => (Array.isArray(v) ? v.map((x) => (0, raw_values_1.rawOr)(x, '')) : (0, unknown_1.isUnknown)((0, raw_values_1.raw)(v)) ? [new unknown_1.Unknown(v)] : []);
    return {
        keyType: (0, raw_values_1.rawOr)(key.key_type, ''),
        keySize: (0, raw_values_1.raw)(key.key_size) ?? 2048,
        // Key Vault defaults: RSA 2048, EC P-256
        curve: (0, raw_values_1.raw)(key.curve) ?? 'P-256',
        extendedKeyUsage: list(x509.extended_key_usage),
        keyUsage: list(x509.key_usage),
    };
}
