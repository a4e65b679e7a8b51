import { Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown } from '../core/unknown';
import { WindowsVmFacts } from './windows-vm-facts';
import { knownHotpatchImage } from './windows-vm-rules';

/** Facts of a Windows scale set: the VM facts plus its orchestration and extensions. */
export interface ScaleSetFacts extends WindowsVmFacts {
  /** `Uniform` (`azurerm_windows_virtual_machine_scale_set`) or `Flexible` (the orchestrated one). */
  readonly orchestration: 'Uniform' | 'Flexible';
  /** The `type` of each extension of the scale set. */
  readonly extensionTypes: readonly unknown[];
}

export const VMSS_UNIFORM_HOTPATCH: Rule<ScaleSetFacts> = {
  id: 'VMSS-UNIFORM-HOTPATCH',
  severity: 'error',
  refusals: [
    { by: 'Terraform', when: 'plan', says: 'An argument named "hotpatching_enabled" is not expected here (azurerm_windows_virtual_machine_scale_set has no such argument)', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_scale_set_resource.go (schema)' },
  ],
  title: 'no hotpatching on a Uniform scale set',
  source: `${SOURCES.hotpatch}; ${SOURCES.azurermScaleSets}`,
  doc:
    'Hotpatch is not supported on Uniform scale sets; azurerm_windows_virtual_machine_scale_set has no hotpatching setting. A Uniform scale set on a ' +
    'hotpatch-capable image is valid (it patches without hotpatch): only asking for hotpatching is refused.',
  check: (f) =>
    f.orchestration === 'Uniform' && f.hotpatchingEnabled === true
      ? [{ attribute: 'hotpatching_enabled', message: 'hotpatching is enabled (true) on a Uniform scale set, which cannot hotpatch', value: 'true', allowed: ['false'], fix: 'use azurerm_orchestrated_virtual_machine_scale_set (Flexible orchestration) to hotpatch' }]
      : [],
};

export const VMSS_FLEX_HOTPATCH: Rule<ScaleSetFacts> = {
  id: 'VMSS-FLEX-HOTPATCH',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: 'when using a hotpatching enabled image, `hotpatching_enabled` must be set to `true`; `hotpatching_enabled` can only be used with supported Windows Server images', source: 'azurerm v4.55.0 internal/services/compute/orchestrated_virtual_machine_scale_set_resource.go L612-L629' },
  ],
  title: 'a Flexible scale set on a hotpatch image has hotpatching on',
  source: SOURCES.azurermScaleSets,
  doc: 'azurerm refuses hotpatching_enabled = false on an image that supports hotpatch.',
  check: (f) =>
    f.orchestration === 'Flexible' && knownHotpatchImage(f) && f.hotpatchingEnabled === false
      ? [{ attribute: 'hotpatching_enabled', message: `hotpatching is off (false) on hotpatch image '${String(f.imageReference!.sku)}'`, value: 'false', allowed: ['true'], fix: 'set hotpatching_enabled = true' }]
      : [],
};

export const VMSS_FLEX_HEALTH_EXTENSION: Rule<ScaleSetFacts> = {
  id: 'VMSS-FLEX-HEALTH-EXTENSION',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: 'when using a hotpatching enabled image, an application health extension must be configured; when `patch_mode` is set to `AutomaticByPlatform`, an application health extension must be configured', source: 'azurerm v4.55.0 internal/services/compute/orchestrated_virtual_machine_scale_set_resource.go L608-L624' },
  ],
  title: 'a Flexible scale set with platform patching or on a hotpatch image has the application health extension',
  source: `${SOURCES.azurermScaleSets}; ${SOURCES.automaticGuestPatching}`,
  doc: "azurerm refuses patch_mode = 'AutomaticByPlatform' on a Flexible scale set, whatever the image, and any Flexible scale set on a hotpatch image, without an extension of type ApplicationHealthWindows (or ApplicationHealthLinux).",
  check(f) {
    if (f.orchestration !== 'Flexible' || !(f.patchMode === 'AutomaticByPlatform' || knownHotpatchImage(f))) return [];
    if (!f.extensionTypes.every(isKnown) || f.extensionTypes.some((t) => /^ApplicationHealth(Windows|Linux)$/.test(String(t)))) return [];
    const types = f.extensionTypes.length > 0 ? f.extensionTypes.map(String).join(', ') : 'none';
    const why = f.patchMode === 'AutomaticByPlatform' ? "patch mode 'AutomaticByPlatform'" : `hotpatch image '${String(f.imageReference!.sku)}'`;
    return [{ attribute: 'extension', message: `no application health extension on a Flexible scale set with ${why} (extension types: ${types})`, value: types, fix: "add an extension block of type 'ApplicationHealthWindows' (publisher Microsoft.ManagedServices)" }];
  },
};

/** The rules of Windows scale sets, besides the Windows VM rules. */
export const SCALE_SET_RULES: readonly Rule<ScaleSetFacts>[] = [VMSS_UNIFORM_HOTPATCH, VMSS_FLEX_HOTPATCH, VMSS_FLEX_HEALTH_EXTENSION];
