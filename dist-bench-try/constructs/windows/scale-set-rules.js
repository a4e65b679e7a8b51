"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCALE_SET_RULES = exports.VMSS_FLEX_HEALTH_EXTENSION = exports.VMSS_FLEX_HOTPATCH = exports.VMSS_UNIFORM_HOTPATCH = void 0;
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const windows_vm_rules_1 = require("./windows-vm-rules");
exports.VMSS_UNIFORM_HOTPATCH = {
    id: 'VMSS-UNIFORM-HOTPATCH',
    severity: 'error',
    title: 'no hotpatching on a Uniform scale set',
    source: `${sources_1.SOURCES.hotpatch}; ${sources_1.SOURCES.azurermScaleSets}`,
    doc: 'Hotpatch is not supported on Uniform scale sets; azurerm_windows_virtual_machine_scale_set has no hotpatching setting. A Uniform scale set on a ' +
        'hotpatch-capable image is valid (it patches without hotpatch): only asking for hotpatching is refused.',
    check: (f) => f.orchestration === 'Uniform' && f.hotpatchingEnabled === true
        ? [{ attribute: 'hotpatching_enabled', message: 'hotpatching is enabled (true) on a Uniform scale set, which cannot hotpatch', value: 'true', allowed: ['false'], fix: 'use azurerm_orchestrated_virtual_machine_scale_set (Flexible orchestration) to hotpatch' }]
        : [],
};
exports.VMSS_FLEX_HOTPATCH = {
    id: 'VMSS-FLEX-HOTPATCH',
    severity: 'error',
    title: 'a Flexible scale set on a hotpatch image has hotpatching on',
    source: sources_1.SOURCES.azurermScaleSets,
    doc: 'azurerm refuses hotpatching_enabled = false on an image that supports hotpatch.',
    check: (f) => f.orchestration === 'Flexible' && (0, windows_vm_rules_1.knownHotpatchImage)(f) && f.hotpatchingEnabled === false
        ? [{ attribute: 'hotpatching_enabled', message: `hotpatching is off (false) on hotpatch image '${String(f.imageReference.sku)}'`, value: 'false', allowed: ['true'], fix: 'set hotpatching_enabled = true' }]
        : [],
};
exports.VMSS_FLEX_HEALTH_EXTENSION = {
    id: 'VMSS-FLEX-HEALTH-EXTENSION',
    severity: 'error',
    title: 'a Flexible scale set with platform patching or on a hotpatch image has the application health extension',
    source: `${sources_1.SOURCES.azurermScaleSets}; ${sources_1.SOURCES.automaticGuestPatching}`,
    doc: "azurerm refuses patch_mode = 'AutomaticByPlatform' on a Flexible scale set, whatever the image, and any Flexible scale set on a hotpatch image, without an extension of type ApplicationHealthWindows (or ApplicationHealthLinux).",
    check(f) {
        if (f.orchestration !== 'Flexible' || !(f.patchMode === 'AutomaticByPlatform' || (0, windows_vm_rules_1.knownHotpatchImage)(f)))
            return [];
        if (!f.extensionTypes.every(unknown_1.isKnown) || f.extensionTypes.some((t) => /^ApplicationHealth(Windows|Linux)$/.test(String(t))))
            return [];
        const types = f.extensionTypes.length > 0 ? f.extensionTypes.map(String).join(', ') : 'none';
        const why = f.patchMode === 'AutomaticByPlatform' ? "patch mode 'AutomaticByPlatform'" : `hotpatch image '${String(f.imageReference.sku)}'`;
        return [{ attribute: 'extension', message: `no application health extension on a Flexible scale set with ${why} (extension types: ${types})`, value: types, fix: "add an extension block of type 'ApplicationHealthWindows' (publisher Microsoft.ManagedServices)" }];
    },
};
/** The rules of Windows scale sets, besides the Windows VM rules. */
exports.SCALE_SET_RULES = [exports.VMSS_UNIFORM_HOTPATCH, exports.VMSS_FLEX_HOTPATCH, exports.VMSS_FLEX_HEALTH_EXTENSION];
