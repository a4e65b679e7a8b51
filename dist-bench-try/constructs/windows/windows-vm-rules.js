"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WINDOWS_VM_RULES = exports.WIN_ENUM_VALUE = exports.WIN_ADMIN_PASSWORD_LITERAL = exports.WIN_ADMIN_USERNAME = exports.WIN_COMPUTER_NAME = exports.WIN_TRUSTED_LAUNCH_GEN1_IMAGE = exports.WIN_ARM64_SIZE = exports.WIN_TRUSTED_LAUNCH_SIZE = exports.WIN_PLATFORM_PATCH_CUSTOM_IMAGE = exports.WIN_GEN2_SIZE = exports.WIN_EXTENSIONS_VM_AGENT = exports.WIN_BYPASS_PATCH_MODE = exports.WIN_REBOOT_SETTING_PATCH_MODE = exports.WIN_ASSESSMENT_VM_AGENT = exports.WIN_PATCH_MODE_UPDATES = exports.WIN_PLATFORM_PATCH_VM_AGENT = exports.WIN_HOTPATCH_BYPASS = exports.WIN_HOTPATCH_VM_AGENT = exports.WIN_HOTPATCH_PATCH_MODE = exports.WIN_HOTPATCH_IMAGE_PATCH_MODE = exports.WIN_HOTPATCH_CUSTOM_IMAGE = exports.WIN_HOTPATCH_IMAGE = void 0;
exports.knownHotpatchImage = knownHotpatchImage;
const condition_1 = require("../core/condition");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const admin_username_1 = require("./admin-username");
const computer_name_1 = require("./computer-name");
const image_catalog_1 = require("./image-catalog");
const vm_sizes_1 = require("./vm-sizes");
const windows_vm_facts_1 = require("./windows-vm-facts");
const ABP = 'AutomaticByPlatform';
/** True when the image reference is fully known and names a hotpatch image exactly. */
function knownHotpatchImage(f) {
    const r = f.imageReference;
    if (!r || f.imageId !== undefined)
        return false;
    return (0, unknown_1.isKnown)(r.publisher) && (0, unknown_1.isKnown)(r.offer) && (0, unknown_1.isKnown)(r.sku) && (0, image_catalog_1.isHotpatchImageReference)(r.publisher, r.offer, r.sku);
}
/** A known patch mode other than AutomaticByPlatform. */
function knownNonPlatformPatchMode(f) {
    return (0, unknown_1.isKnown)(f.patchMode) && f.patchMode !== ABP;
}
const one = rule_1.findingIf;
exports.WIN_HOTPATCH_IMAGE = {
    id: 'WIN-HOTPATCH-IMAGE',
    severity: 'error',
    title: 'hotpatch only on a hotpatch-capable image',
    source: `${sources_1.SOURCES.hotpatch}; ${sources_1.SOURCES.updateManagerHotpatchable}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: 'Hotpatch is supported on exactly 8 Azure Edition SKUs. azurerm compares publisher, offer and SKU case-sensitively, so a ' +
        'mis-cased SKU that Azure itself would accept is still refused by the provider at apply; this rule follows the provider.',
    holds: (f) => (f.imageReference && f.imageId === undefined ? (0, condition_1.implies)((0, condition_1.truthy)(f.hotpatchingEnabled), (0, condition_1.and)((0, condition_1.eq)(f.imageReference.publisher, image_catalog_1.AZURE_EDITION_PUBLISHER), (0, condition_1.eq)(f.imageReference.offer, image_catalog_1.AZURE_EDITION_OFFER), (0, condition_1.oneOf)(f.imageReference.sku, image_catalog_1.HOTPATCH_SKUS))) : true),
    check(f) {
        const r = f.imageReference;
        if (f.hotpatchingEnabled !== true || !r || f.imageId !== undefined)
            return [];
        const { publisher, offer, sku } = r;
        // any known part that is wrong rules the image out, even when the other parts are only known at apply
        const wrong = ((0, unknown_1.isKnown)(publisher) && publisher !== image_catalog_1.AZURE_EDITION_PUBLISHER) || ((0, unknown_1.isKnown)(offer) && offer !== image_catalog_1.AZURE_EDITION_OFFER) || ((0, unknown_1.isKnown)(sku) && !image_catalog_1.HOTPATCH_SKUS.includes(sku));
        if (!wrong)
            return [];
        const lower = typeof sku === 'string' ? image_catalog_1.HOTPATCH_SKUS.find((s) => s === sku.toLowerCase()) : undefined;
        const image = [publisher, offer, sku].map((v) => ((0, unknown_1.isKnown)(v) ? v : '(unknown)')).join(':');
        const hint = lower && lower !== sku ? ` (did you mean '${lower}'? SKUs are compared case-sensitively)` : '';
        return [
            {
                attribute: 'hotpatching_enabled',
                message: `hotpatch is enabled but image '${image}' is not a hotpatch-capable image${hint}`,
                value: `'${image}'`,
                allowed: image_catalog_1.HOTPATCH_SKUS.map((s) => `${image_catalog_1.AZURE_EDITION_PUBLISHER}:${image_catalog_1.AZURE_EDITION_OFFER}:${s}`),
                fix: 'use one of the allowed images (exact case), or set hotpatching_enabled = false',
                constructFix: `use a hotpatch image (${image_catalog_1.HOTPATCH_SKUS.map(image_catalog_1.imageConstantName).join(', ')}), or set hotpatch: false`,
            },
        ];
    },
};
exports.WIN_HOTPATCH_CUSTOM_IMAGE = {
    id: 'WIN-HOTPATCH-CUSTOM-IMAGE',
    severity: 'error',
    title: 'hotpatch never with a custom image',
    source: `${sources_1.SOURCES.hotpatch}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: 'Hotpatch needs the exact Marketplace image; custom, gallery and container images are not supported, and azurerm refuses hotpatching with source_image_id.',
    holds: (f) => (0, condition_1.implies)(f.imageId !== undefined, (0, condition_1.not)((0, condition_1.truthy)(f.hotpatchingEnabled))),
    check: (f) => one(f.hotpatchingEnabled === true && f.imageId !== undefined, () => ({
        attribute: 'source_image_id',
        message: `hotpatch is enabled on a custom image ${(0, rule_1.show)(f.imageId)}`,
        value: (0, rule_1.show)(f.imageId),
        fix: 'use a hotpatch-capable Azure Edition image in source_image_reference, or set hotpatching_enabled = false',
        constructFix: `use a hotpatch image such as ${(0, image_catalog_1.imageConstantName)('2025-datacenter-azure-edition-core')}, or set hotpatch: false`,
    })),
};
exports.WIN_HOTPATCH_IMAGE_PATCH_MODE = {
    id: 'WIN-HOTPATCH-IMAGE-PATCH-MODE',
    severity: 'error',
    title: 'a hotpatch image requires patch mode AutomaticByPlatform',
    source: sources_1.SOURCES.azurermHotpatchImage,
    doc: 'azurerm refuses any other patch mode on a hotpatch-capable image, whether hotpatch is on or off. Third-party reports say Azure answers InvalidParameter too.',
    holds: (f) => (f.imageReference && f.imageId === undefined ? (0, condition_1.implies)((0, condition_1.and)((0, condition_1.eq)(f.imageReference.publisher, image_catalog_1.AZURE_EDITION_PUBLISHER), (0, condition_1.eq)(f.imageReference.offer, image_catalog_1.AZURE_EDITION_OFFER), (0, condition_1.oneOf)(f.imageReference.sku, image_catalog_1.HOTPATCH_SKUS)), (0, condition_1.eq)(f.patchMode, ABP)) : true),
    check: (f) => one(knownHotpatchImage(f) && knownNonPlatformPatchMode(f), () => ({
        attribute: 'patch_mode',
        message: `image sku ${(0, rule_1.show)(f.imageReference.sku)} is hotpatch-capable, so patch mode ${(0, rule_1.show)(f.patchMode)} is refused`,
        value: (0, rule_1.show)(f.patchMode),
        allowed: [ABP],
        fix: 'set patch_mode = "AutomaticByPlatform"',
        constructFix: "set patchMode: 'AutomaticByPlatform' (the default)",
    })),
};
exports.WIN_HOTPATCH_PATCH_MODE = {
    id: 'WIN-HOTPATCH-PATCH-MODE',
    severity: 'error',
    title: 'hotpatch requires patch mode AutomaticByPlatform',
    source: `${sources_1.SOURCES.computePatchSettings}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: "Compute API: for enableHotpatching, patchMode must be 'AutomaticByPlatform'.",
    holds: (f) => (0, condition_1.implies)((0, condition_1.truthy)(f.hotpatchingEnabled), (0, condition_1.eq)(f.patchMode, ABP)),
    check: (f) => one(f.hotpatchingEnabled === true && knownNonPlatformPatchMode(f), () => ({
        attribute: 'patch_mode',
        message: `hotpatch is enabled but patch mode is ${(0, rule_1.show)(f.patchMode)}`,
        value: (0, rule_1.show)(f.patchMode),
        allowed: [ABP],
        fix: 'set patch_mode = "AutomaticByPlatform", or hotpatching_enabled = false',
        constructFix: "set patchMode: 'AutomaticByPlatform', or hotpatch: false",
    })),
};
exports.WIN_HOTPATCH_VM_AGENT = {
    id: 'WIN-HOTPATCH-VM-AGENT',
    severity: 'error',
    title: 'hotpatch requires the VM agent',
    source: `${sources_1.SOURCES.computePatchSettings}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: "Compute API: for enableHotpatching, provisionVMAgent must be true.",
    holds: (f) => (0, condition_1.implies)((0, condition_1.truthy)(f.hotpatchingEnabled), (0, condition_1.not)((0, condition_1.eq)(f.provisionVmAgent, false))),
    check: (f) => one(f.hotpatchingEnabled === true && f.provisionVmAgent === false, () => ({
        attribute: 'provision_vm_agent',
        message: 'hotpatch is enabled but the VM agent is not provisioned (false)',
        value: 'false',
        allowed: ['true'],
        fix: 'set provision_vm_agent = true, or hotpatching_enabled = false',
        constructFix: 'set provisionVmAgent: true (the default), or hotpatch: false',
    })),
};
exports.WIN_HOTPATCH_BYPASS = {
    id: 'WIN-HOTPATCH-BYPASS',
    severity: 'error',
    title: 'hotpatch needs the platform safety checks',
    source: sources_1.SOURCES.hotpatchBypass,
    doc: 'Not in Microsoft documentation or in azurerm: Azure rejects the create with 400 "Hotpatch updates require platform safety checks".',
    holds: (f) => (0, condition_1.not)((0, condition_1.and)((0, condition_1.truthy)(f.hotpatchingEnabled), (0, condition_1.truthy)(f.bypassPlatformSafetyChecks))),
    check: (f) => one(f.hotpatchingEnabled === true && f.bypassPlatformSafetyChecks === true, () => ({
        attribute: 'bypass_platform_safety_checks_on_user_schedule_enabled',
        message: 'hotpatch is enabled together with bypassing the platform safety checks (true)',
        value: 'true',
        allowed: ['false'],
        fix: 'set bypass_platform_safety_checks_on_user_schedule_enabled = false, or hotpatching_enabled = false',
        constructFix: 'set bypassPlatformSafetyChecksOnUserSchedule: false (the default), or hotpatch: false',
    })),
};
exports.WIN_PLATFORM_PATCH_VM_AGENT = {
    id: 'WIN-PLATFORM-PATCH-VM-AGENT',
    severity: 'error',
    title: 'patch mode AutomaticByPlatform requires the VM agent',
    source: `${sources_1.SOURCES.computePatchSettings}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: 'Compute API: with AutomaticByPlatform, provisionVMAgent must be true.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.eq)(f.patchMode, ABP), (0, condition_1.not)((0, condition_1.eq)(f.provisionVmAgent, false))),
    check: (f) => one(f.patchMode === ABP && f.provisionVmAgent === false, () => ({
        attribute: 'provision_vm_agent',
        message: "patch mode is 'AutomaticByPlatform' but the VM agent is not provisioned (false)",
        value: 'false',
        allowed: ['true'],
        fix: 'set provision_vm_agent = true, or patch_mode = "AutomaticByOS" or "Manual"',
        constructFix: "set provisionVmAgent: true, or patchMode: 'AutomaticByOS' or 'Manual'",
    })),
};
exports.WIN_PATCH_MODE_UPDATES = {
    id: 'WIN-PATCH-MODE-UPDATES',
    severity: 'error',
    title: 'patch mode and automatic updates must agree',
    source: `${sources_1.SOURCES.computePatchSettings}; ${sources_1.SOURCES.automaticGuestPatching}`,
    doc: 'Compute API: AutomaticByPlatform and AutomaticByOS require enableAutomaticUpdates true, Manual requires it false. ' +
        'azurerm does not check this, so Azure rejects it at apply.',
    holds: (f) => (0, condition_1.and)((0, condition_1.implies)((0, condition_1.or)((0, condition_1.eq)(f.patchMode, ABP), (0, condition_1.eq)(f.patchMode, 'AutomaticByOS')), (0, condition_1.not)((0, condition_1.eq)(f.automaticUpdatesEnabled, false))), (0, condition_1.implies)((0, condition_1.eq)(f.patchMode, 'Manual'), (0, condition_1.not)((0, condition_1.eq)(f.automaticUpdatesEnabled, true)))),
    check(f) {
        const u = f.automaticUpdatesEnabled;
        if (!(0, unknown_1.isKnown)(u) || !(0, unknown_1.isKnown)(f.patchMode))
            return [];
        const wanted = f.patchMode === 'Manual' ? false : f.patchMode === ABP || f.patchMode === 'AutomaticByOS' ? true : undefined;
        return one(wanted !== undefined && u !== wanted, () => ({
            attribute: 'automatic_updates_enabled',
            message: `patch mode ${(0, rule_1.show)(f.patchMode)} requires automatic updates ${wanted ? 'on' : 'off'}, but they are ${u ? 'on' : 'off'} (${u})`,
            value: String(u),
            allowed: [String(wanted)],
            fix: `set automatic_updates_enabled = ${wanted}, or patch_mode = ${wanted ? '"Manual"' : '"AutomaticByPlatform"'}`,
            constructFix: `set automaticUpdates: ${wanted}, or patchMode: ${wanted ? "'Manual'" : "'AutomaticByPlatform'"}`,
        }));
    },
};
exports.WIN_ASSESSMENT_VM_AGENT = {
    id: 'WIN-ASSESSMENT-VM-AGENT',
    severity: 'error',
    title: 'assessment mode AutomaticByPlatform requires the VM agent',
    source: `${sources_1.SOURCES.computePatchSettings}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: 'azurerm refuses patch_assessment_mode AutomaticByPlatform when provision_vm_agent is false.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.eq)(f.patchAssessmentMode, ABP), (0, condition_1.not)((0, condition_1.eq)(f.provisionVmAgent, false))),
    check: (f) => one(f.patchAssessmentMode === ABP && f.provisionVmAgent === false, () => ({
        attribute: 'patch_assessment_mode',
        message: "patch assessment mode is 'AutomaticByPlatform' but the VM agent is not provisioned (false)",
        value: `'${ABP}'`,
        allowed: ['ImageDefault'],
        fix: 'set provision_vm_agent = true, or patch_assessment_mode = "ImageDefault"',
        constructFix: "set provisionVmAgent: true, or patchAssessmentMode: 'ImageDefault'",
    })),
};
exports.WIN_REBOOT_SETTING_PATCH_MODE = {
    id: 'WIN-REBOOT-SETTING-PATCH-MODE',
    severity: 'error',
    title: 'a reboot setting requires patch mode AutomaticByPlatform',
    source: sources_1.SOURCES.azurermHotpatchImage,
    doc: 'azurerm: patch_mode must be AutomaticByPlatform when reboot_setting is specified.',
    holds: (f) => (0, condition_1.implies)(f.rebootSetting !== undefined, (0, condition_1.eq)(f.patchMode, ABP)),
    check: (f) => one(f.rebootSetting !== undefined && knownNonPlatformPatchMode(f), () => ({
        attribute: 'reboot_setting',
        message: `a reboot setting (${(0, rule_1.show)(f.rebootSetting)}) is given but patch mode is ${(0, rule_1.show)(f.patchMode)}`,
        value: (0, rule_1.show)(f.patchMode),
        allowed: [ABP],
        fix: 'remove reboot_setting, or set patch_mode = "AutomaticByPlatform"',
        constructFix: "remove rebootSetting, or set patchMode: 'AutomaticByPlatform'",
    })),
};
exports.WIN_BYPASS_PATCH_MODE = {
    id: 'WIN-BYPASS-PATCH-MODE',
    severity: 'error',
    title: 'bypassing platform safety checks requires patch mode AutomaticByPlatform',
    source: sources_1.SOURCES.azurermHotpatchImage,
    doc: 'azurerm: patch_mode must be AutomaticByPlatform when bypass_platform_safety_checks_on_user_schedule_enabled is true.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.truthy)(f.bypassPlatformSafetyChecks), (0, condition_1.eq)(f.patchMode, ABP)),
    check: (f) => one(f.bypassPlatformSafetyChecks === true && knownNonPlatformPatchMode(f), () => ({
        attribute: 'bypass_platform_safety_checks_on_user_schedule_enabled',
        message: `platform safety checks are bypassed (true) but patch mode is ${(0, rule_1.show)(f.patchMode)}`,
        value: (0, rule_1.show)(f.patchMode),
        allowed: [ABP],
        fix: 'set bypass_platform_safety_checks_on_user_schedule_enabled = false, or patch_mode = "AutomaticByPlatform"',
        constructFix: "set bypassPlatformSafetyChecksOnUserSchedule: false, or patchMode: 'AutomaticByPlatform'",
    })),
};
exports.WIN_EXTENSIONS_VM_AGENT = {
    id: 'WIN-EXTENSIONS-VM-AGENT',
    severity: 'error',
    title: 'extension operations require the VM agent',
    source: sources_1.SOURCES.azurermExtensions,
    doc: 'azurerm refuses allow_extension_operations = true with provision_vm_agent = false.',
    holds: (f) => (0, condition_1.not)((0, condition_1.and)((0, condition_1.truthy)(f.allowExtensionOperations), (0, condition_1.eq)(f.provisionVmAgent, false))),
    check: (f) => one(f.allowExtensionOperations === true && f.provisionVmAgent === false, () => ({
        attribute: 'allow_extension_operations',
        message: 'extension operations are allowed (true) but the VM agent is not provisioned (false)',
        value: 'true',
        allowed: ['false'],
        fix: 'set provision_vm_agent = true, or allow_extension_operations = false',
        constructFix: 'set provisionVmAgent: true, or allowExtensionOperations: false',
    })),
};
exports.WIN_GEN2_SIZE = {
    id: 'WIN-GEN2-SIZE',
    severity: 'error',
    title: 'a generation 2 image or trusted launch needs a size that boots generation 2',
    source: `${sources_1.SOURCES.generation2}; ${sources_1.SOURCES.trustedLaunch}`,
    doc: 'Azure Edition images are generation 2 (inferred: published as "- Gen2", no Gen1 twin) and trusted launch needs generation 2. ' +
        'The list of Gen1-only families is not exhaustive; sizes outside it are accepted.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.or)(f.imageGeneration === 'V2', (0, condition_1.truthy)(f.secureBootEnabled), (0, condition_1.truthy)(f.vtpmEnabled)), (0, condition_1.not)((0, condition_1.or)(...vm_sizes_1.GEN1_ONLY_FAMILIES.map((g) => (0, condition_1.matches)(f.size, `(?i)${g.pattern.source}`, (s) => g.pattern.test(s)))))),
    check(f) {
        if (!(0, unknown_1.isKnown)(f.size))
            return [];
        const family = (0, vm_sizes_1.gen1OnlyFamily)(f.size);
        const needsGen2 = f.imageGeneration === 'V2' || f.secureBootEnabled === true || f.vtpmEnabled === true;
        return one(family !== undefined && needsGen2, () => ({
            attribute: 'size',
            message: `size '${f.size}' (${family.family} family) cannot boot a generation 2 ${f.imageGeneration === 'V2' ? 'image' : 'trusted launch VM'}`,
            value: `'${f.size}'`,
            fix: "choose a size that supports generation 2, such as 'Standard_D2s_v5'",
        }));
    },
};
exports.WIN_PLATFORM_PATCH_CUSTOM_IMAGE = {
    id: 'WIN-PLATFORM-PATCH-CUSTOM-IMAGE',
    severity: 'warning',
    title: 'platform patching is not supported on custom images',
    source: sources_1.SOURCES.automaticGuestPatching,
    doc: 'Automatic VM guest patching (patch mode AutomaticByPlatform) is supported only for VMs created from the supported Marketplace images; ' +
        'custom images are not supported. Neither azurerm nor the documentation says that Azure refuses the request, so this is a warning.',
    check: (f) => one(f.imageId !== undefined && f.patchMode === ABP, () => ({
        attribute: 'patch_mode',
        message: `patch mode 'AutomaticByPlatform' on a custom image ${(0, rule_1.show)(f.imageId)}: platform patching supports Marketplace images only`,
        value: `'${ABP}'`,
        allowed: ['AutomaticByOS', 'Manual'],
        fix: "set patch mode to 'AutomaticByOS' (or 'Manual' with automatic updates off), or use a Marketplace image",
    })),
};
exports.WIN_TRUSTED_LAUNCH_SIZE = {
    id: 'WIN-TRUSTED-LAUNCH-SIZE',
    severity: 'error',
    title: 'secure boot and vTPM need a size that supports trusted launch',
    source: sources_1.SOURCES.trustedLaunch,
    doc: 'azurerm turns secure_boot_enabled or vtpm_enabled into security type TrustedLaunch; Azure refuses it at apply on the M, DC/EC confidential, NC, NV, NP and Arm64 families.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.or)((0, condition_1.truthy)(f.secureBootEnabled), (0, condition_1.truthy)(f.vtpmEnabled)), (0, condition_1.not)((0, condition_1.or)(...vm_sizes_1.NO_TRUSTED_LAUNCH_FAMILIES.map((g) => (0, condition_1.matches)(f.size, `(?i)${g.pattern.source}`, (s) => g.pattern.test(s)))))),
    check(f) {
        if (!(0, unknown_1.isKnown)(f.size) || (f.secureBootEnabled !== true && f.vtpmEnabled !== true))
            return [];
        const family = (0, vm_sizes_1.noTrustedLaunchFamily)(f.size);
        return one(family !== undefined, () => ({
            attribute: 'size',
            message: `size '${f.size}' (${family.family} family) cannot run trusted launch, which secure boot or vTPM turns on`,
            value: `'${f.size}'`,
            fix: "choose a size that supports trusted launch, such as 'Standard_D2s_v5', or turn secure boot and vTPM off",
        }));
    },
};
exports.WIN_ARM64_SIZE = {
    id: 'WIN-ARM64-SIZE',
    severity: 'error',
    title: 'an x64 Windows Server image needs an x64 size',
    source: `${sources_1.SOURCES.arm64Sizes}; ${sources_1.SOURCES.azureEdition}`,
    doc: 'Arm64 sizes (Dpsv5, Dpldsv5, Epsv5 and the other sizes with a p after the vCPU count) run Arm64 images only; the Windows Server Marketplace images are x64.',
    holds: (f) => f.imageReference && f.imageId === undefined
        ? (0, condition_1.implies)((0, condition_1.matches)(f.imageReference.publisher, '(?i)^microsoftwindowsserver$', (s) => s.toLowerCase() === 'microsoftwindowsserver'), (0, condition_1.not)((0, condition_1.matches)(f.size, `(?i)${vm_sizes_1.ARM64_SIZE.source}`, (s) => vm_sizes_1.ARM64_SIZE.test(s))))
        : true,
    check(f) {
        const r = f.imageReference;
        if (!r || f.imageId !== undefined || !(0, unknown_1.isKnown)(f.size) || !vm_sizes_1.ARM64_SIZE.test(f.size))
            return [];
        const windowsServer = (0, unknown_1.isKnown)(r.publisher) && r.publisher.toLowerCase() === 'microsoftwindowsserver';
        return one(windowsServer, () => ({
            attribute: 'size',
            message: `size '${f.size}' is an Arm64 size, but image ${(0, rule_1.show)(r.sku)} of MicrosoftWindowsServer is x64`,
            value: `'${f.size}'`,
            fix: "choose an x64 size, such as 'Standard_D2s_v5'",
        }));
    },
};
exports.WIN_TRUSTED_LAUNCH_GEN1_IMAGE = {
    id: 'WIN-TRUSTED-LAUNCH-GEN1-IMAGE',
    severity: 'error',
    title: 'secure boot and vTPM need a generation 2 image',
    source: `${sources_1.SOURCES.trustedLaunch}; ${sources_1.SOURCES.generation2}`,
    doc: 'A Windows Server Marketplace SKU without a generation 2 suffix (2019-Datacenter, 2022-datacenter) is generation 1: trusted launch fails at apply; azurerm does not check it.',
    holds: (f) => (0, condition_1.implies)((0, condition_1.or)((0, condition_1.truthy)(f.secureBootEnabled), (0, condition_1.truthy)(f.vtpmEnabled)), f.imageGeneration !== 'V1'),
    check: (f) => one(f.imageGeneration === 'V1' && (f.secureBootEnabled === true || f.vtpmEnabled === true), () => ({
        attribute: f.secureBootEnabled === true ? 'secure_boot_enabled' : 'vtpm_enabled',
        message: `secure boot or vTPM is on, but image ${(0, rule_1.show)(f.imageReference?.sku)} is generation 1`,
        value: (0, rule_1.show)(f.imageReference?.sku),
        fix: "use the image's generation 2 SKU (for example '2022-datacenter-g2' or '2019-datacenter-gensecond'), or turn secure boot and vTPM off",
    })),
};
/** What is wrong with the computer name: of the value, or of the literal parts of an interpolated one. */
function computerNameProblemsOf(f) {
    const name = f.computerName;
    const kind = f.computerNameKind ?? 'full';
    if ((0, unknown_1.isKnown)(name))
        return (0, computer_name_1.computerNameProblems)(name, kind);
    return typeof name.expression === 'string' ? (0, computer_name_1.computerNameTemplateProblems)(name.expression, kind) : [];
}
exports.WIN_COMPUTER_NAME = {
    id: 'WIN-COMPUTER-NAME',
    severity: 'error',
    title: 'windows computer name: 1-15 ASCII letters, digits or dashes, not only digits, no trailing dash (a scale set prefix: 1-9)',
    source: `${sources_1.SOURCES.azurermComputerName}; ${sources_1.SOURCES.windowsComputerName}`,
    doc: 'The computer name defaults to the VM name (a scale set prefix to the scale set name): azurerm refuses at plan a name that does not fit ' +
        '("unable to assume default computer name"). An interpolated name is refused when its literal characters alone can never fit.',
    holds: (f) => (0, unknown_1.isUnknown)(f.computerName) && computerNameProblemsOf(f).length > 0
        ? false
        : f.computerNameKind === 'prefix'
            ? (0, condition_1.and)((0, condition_1.matches)(f.computerName, computer_name_1.COMPUTER_NAME_PREFIX_PATTERN, (s) => (0, computer_name_1.computerNameProblems)(s, 'prefix').length === 0), (0, condition_1.not)((0, condition_1.matches)(f.computerName, computer_name_1.DIGITS_ONLY_PATTERN, (s) => /^[0-9]+$/.test(s))))
            : (0, condition_1.and)((0, condition_1.matches)(f.computerName, computer_name_1.COMPUTER_NAME_PATTERN, (s) => (0, computer_name_1.computerNameProblems)(s).length === 0), (0, condition_1.not)((0, condition_1.matches)(f.computerName, computer_name_1.DIGITS_ONLY_PATTERN, (s) => /^[0-9]+$/.test(s)))),
    check(f) {
        const kind = f.computerNameKind ?? 'full';
        const attribute = f.computerNameAttribute ?? 'computer_name';
        const name = f.computerName;
        const problems = computerNameProblemsOf(f);
        const what = kind === 'prefix' ? 'computer name prefix' : 'computer name';
        const defaulted = attribute === 'name' ? ` (used as the ${what}, since it is not set)` : '';
        const max = kind === 'prefix' ? computer_name_1.COMPUTER_NAME_PREFIX_MAX : computer_name_1.COMPUTER_NAME_MAX;
        return one(problems.length > 0, () => ({
            attribute,
            message: `${attribute === 'name' ? 'name' : what} ${(0, unknown_1.isKnown)(name) ? (0, rule_1.show)(name) : `'${String(name.expression)}'`}${defaulted} is invalid: ${problems.join(', ')}`,
            value: (0, unknown_1.isKnown)(name) ? (0, rule_1.show)(name) : `'${String(name.expression)}'`,
            fix: `use 1 to ${max} ASCII letters, digits or dashes, not only digits${kind === 'full' ? ', not ending with a dash' : ''}${attribute === 'name' ? `; or set the ${what} explicitly` : ''}`,
        }));
    },
};
exports.WIN_ADMIN_USERNAME = {
    id: 'WIN-ADMIN-USERNAME',
    severity: 'error',
    title: 'the admin user name has at most 20 characters, no trailing dot, and is not a reserved name',
    source: sources_1.SOURCES.azurermAdminUsername,
    doc: 'azurerm refuses at plan an empty name, more than 20 bytes, a trailing dot, and a list of reserved names (compared exactly, case included).',
    holds: (f) => f.adminUsername === undefined
        ? true
        : (0, condition_1.and)((0, condition_1.utf8LengthAtMost)(f.adminUsername, admin_username_1.ADMIN_USERNAME_MAX), (0, condition_1.not)((0, condition_1.matches)(f.adminUsername, admin_username_1.TRAILING_DOT_PATTERN, (s) => s.endsWith('.'))), (0, condition_1.not)((0, condition_1.matches)(f.adminUsername, admin_username_1.BLANK_PATTERN, (s) => s.trim() === '')), (0, condition_1.not)((0, condition_1.oneOf)(f.adminUsername, admin_username_1.RESERVED_ADMIN_USERNAMES))),
    check(f) {
        const name = f.adminUsername;
        if (typeof name !== 'string')
            return [];
        const problems = (0, admin_username_1.adminUsernameProblems)(name);
        return one(problems.length > 0, () => ({
            attribute: 'admin_username',
            message: `admin user name ${(0, rule_1.show)(name)} is invalid: ${problems.join(', ')}`,
            value: (0, rule_1.show)(name),
            fix: `use 1 to ${admin_username_1.ADMIN_USERNAME_MAX} characters, not ending with a dot, and not one of: ${admin_username_1.RESERVED_ADMIN_USERNAMES.join(', ')}`,
        }));
    },
};
exports.WIN_ADMIN_PASSWORD_LITERAL = {
    id: 'WIN-ADMIN-PASSWORD-LITERAL',
    severity: 'error',
    policy: true,
    title: 'the admin password is never a literal',
    source: sources_1.SOURCES.securityPolicy,
    doc: 'A literal password ends up in the synthesized JSON, the state and the repository; so does the default of a variable, a local value that holds one, and a function applied to one (trimspace("...")). The construct knows its own props; the AzureGuardrails Aspect and azguard check follow the local values and variable defaults of the configuration, and call a password literal only when every value it reads is written in the configuration. Pass a sensitive variable without a default, or a Key Vault secret reference.',
    check: (f) => one(f.adminPassword === 'literal', () => ({
        attribute: 'admin_password',
        message: 'the admin password is a literal string (value hidden)',
        fix: 'use a sensitive variable without a default, or a Key Vault secret (data.azurerm_key_vault_secret)',
        constructFix: 'pass a sensitive TerraformVariable without a default, or a Key Vault secret value (a token)',
    })),
};
exports.WIN_ENUM_VALUE = {
    id: 'WIN-ENUM-VALUE',
    severity: 'error',
    title: 'patch settings take one of the documented values, exact case',
    source: sources_1.SOURCES.azurermPatchEnums,
    doc: 'azurerm validates these values case-sensitively at plan.',
    holds: (f) => (0, condition_1.and)((0, condition_1.oneOf)(f.patchMode, windows_vm_facts_1.PATCH_MODES), (0, condition_1.oneOf)(f.patchAssessmentMode, windows_vm_facts_1.PATCH_ASSESSMENT_MODES), f.rebootSetting === undefined ? true : (0, condition_1.oneOf)(f.rebootSetting, windows_vm_facts_1.REBOOT_SETTINGS)),
    check(f) {
        const out = [];
        const test = (attribute, value, allowed) => {
            if (typeof value === 'string' && !allowed.includes(value)) {
                out.push({ attribute, message: `${attribute.replace(/_/g, ' ')} ${(0, rule_1.show)(value)} is not a valid value`, value: (0, rule_1.show)(value), allowed, fix: `use one of the allowed values, exact case` });
            }
            else if (value !== undefined && typeof value !== 'string' && !(0, unknown_1.isUnknown)(value)) {
                out.push({ attribute, message: `${attribute.replace(/_/g, ' ')} must be a string, got ${(0, rule_1.show)(value)}`, value: (0, rule_1.show)(value), allowed, fix: 'use one of the allowed values' });
            }
        };
        test('patch_mode', f.patchMode, windows_vm_facts_1.PATCH_MODES);
        test('patch_assessment_mode', f.patchAssessmentMode, windows_vm_facts_1.PATCH_ASSESSMENT_MODES);
        test('reboot_setting', f.rebootSetting, windows_vm_facts_1.REBOOT_SETTINGS);
        return out;
    },
};
/** Rules that hold for every `azurerm_windows_virtual_machine`, whatever its image. */
exports.WINDOWS_VM_RULES = [
    exports.WIN_ENUM_VALUE,
    exports.WIN_HOTPATCH_IMAGE,
    exports.WIN_HOTPATCH_CUSTOM_IMAGE,
    exports.WIN_HOTPATCH_IMAGE_PATCH_MODE,
    exports.WIN_HOTPATCH_PATCH_MODE,
    exports.WIN_HOTPATCH_VM_AGENT,
    exports.WIN_HOTPATCH_BYPASS,
    exports.WIN_PLATFORM_PATCH_VM_AGENT,
    exports.WIN_PATCH_MODE_UPDATES,
    exports.WIN_ASSESSMENT_VM_AGENT,
    exports.WIN_REBOOT_SETTING_PATCH_MODE,
    exports.WIN_BYPASS_PATCH_MODE,
    exports.WIN_EXTENSIONS_VM_AGENT,
    exports.WIN_GEN2_SIZE,
    exports.WIN_TRUSTED_LAUNCH_SIZE,
    exports.WIN_ARM64_SIZE,
    exports.WIN_TRUSTED_LAUNCH_GEN1_IMAGE,
    exports.WIN_PLATFORM_PATCH_CUSTOM_IMAGE,
    exports.WIN_COMPUTER_NAME,
    exports.WIN_ADMIN_USERNAME,
    exports.WIN_ADMIN_PASSWORD_LITERAL,
];
