import { Rule } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown } from '../core/unknown';
import { isHotpatchImageReference } from './image-catalog';
import { WindowsVmFacts } from './windows-vm-facts';

/** Facts of a Windows scale set: the VM facts plus its orchestration and extensions. */
export interface ScaleSetFacts extends WindowsVmFacts {
  /** `Uniform` (`azurerm_windows_virtual_machine_scale_set`) or `Flexible` (the orchestrated one). */
  readonly orchestration: 'Uniform' | 'Flexible';
  /** The `type` of each extension of the scale set. */
  readonly extensionTypes: readonly unknown[];
}

function hotpatchImage(f: ScaleSetFacts): boolean {
  const r = f.imageReference;
  return !!r && f.imageId === undefined && isKnown(r.publisher) && isKnown(r.offer) && isKnown(r.sku) && isHotpatchImageReference(r.publisher, r.offer, r.sku);
}

export const VMSS_UNIFORM_HOTPATCH_IMAGE: Rule<ScaleSetFacts> = {
  id: 'VMSS-UNIFORM-HOTPATCH-IMAGE',
  severity: 'error',
  title: 'no Uniform scale set on a hotpatch Azure Edition image',
  source: SOURCES.hotpatch,
  doc: 'Scale sets with Uniform orchestration cannot be created on Azure Edition images with Hotpatch; use Flexible orchestration.',
  check: (f) =>
    f.orchestration === 'Uniform' && hotpatchImage(f)
      ? [{ attribute: 'source_image_reference.sku', message: `image sku '${String(f.imageReference!.sku)}' has hotpatch, which uniform scale sets do not support`, value: `'${String(f.imageReference!.sku)}'`, fix: 'use azurerm_orchestrated_virtual_machine_scale_set (flexible) or an image without hotpatch' }]
      : [],
};

export const VMSS_FLEX_HOTPATCH: Rule<ScaleSetFacts> = {
  id: 'VMSS-FLEX-HOTPATCH',
  severity: 'error',
  title: 'a flexible scale set on a hotpatch image has hotpatch on and the application health extension',
  source: 'hashicorp/terraform-provider-azurerm v4.55.0, orchestrated_virtual_machine_scale_set_resource.go (hotpatch images: hotpatching_enabled must be true, application health extension required)',
  doc: 'azurerm refuses hotpatching_enabled = false on an image that supports hotpatch, and requires the application health extension.',
  check(f) {
    if (f.orchestration !== 'Flexible' || !hotpatchImage(f)) return [];
    const out = [];
    if (f.hotpatchingEnabled === false) out.push({ attribute: 'os_profile.windows_configuration.hotpatching_enabled', message: 'hotpatch is off (false) on a hotpatch image', value: 'false', allowed: ['true'], fix: 'set hotpatching_enabled = true' });
    if (f.extensionTypes.every(isKnown) && !f.extensionTypes.some((t) => /^ApplicationHealth(Windows|Linux)$/.test(String(t)))) {
      const types = f.extensionTypes.length > 0 ? f.extensionTypes.map(String).join(', ') : 'none';
      out.push({ attribute: 'extension', message: `no application health extension on a hotpatch scale set (extension types: ${types})`, value: types, fix: "add an extension of type 'ApplicationHealthWindows'" });
    }
    return out;
  },
};

/** The rules of Windows scale sets, besides the Windows VM rules. */
export const SCALE_SET_RULES: readonly Rule<ScaleSetFacts>[] = [VMSS_UNIFORM_HOTPATCH_IMAGE, VMSS_FLEX_HOTPATCH];
