import { and, eq, implies, matches, not, oneOf, or, truthy, unset, utf8LengthAtMost } from '../core/condition';
import { Finding, findingIf, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, isUnknown } from '../core/unknown';
import { ADMIN_USERNAME_MAX, adminUsernameProblems, BLANK_PATTERN, RESERVED_ADMIN_USERNAMES, TRAILING_DOT_PATTERN } from './admin-username';
import { computerNameProblems, computerNameTemplateProblems, COMPUTER_NAME_MAX, COMPUTER_NAME_PATTERN, COMPUTER_NAME_PREFIX_MAX, COMPUTER_NAME_PREFIX_PATTERN, DIGITS_ONLY_PATTERN } from './computer-name';
import { AZURE_EDITION_OFFER, AZURE_EDITION_PUBLISHER, HOTPATCH_SKUS, imageConstantName, isHotpatchImageReference } from './image-catalog';
import { ARM64_SIZE, CONFIDENTIAL_SIZE, GEN1_ONLY_FAMILIES, gen1OnlyFamily, NO_TRUSTED_LAUNCH_FAMILIES, noTrustedLaunchFamily } from './vm-sizes';
import { PATCH_ASSESSMENT_MODES, PATCH_MODES, REBOOT_SETTINGS, WindowsVmFacts } from './windows-vm-facts';

type WindowsVmRule = Rule<WindowsVmFacts>;
const ABP = 'AutomaticByPlatform';

/** True when the image reference is fully known and names a hotpatch image exactly. */
export function knownHotpatchImage(f: WindowsVmFacts): boolean {
  const r = f.imageReference;
  if (!r || f.imageId !== undefined) return false;
  return isKnown(r.publisher) && isKnown(r.offer) && isKnown(r.sku) && isHotpatchImageReference(r.publisher, r.offer, r.sku);
}

/** A known patch mode other than AutomaticByPlatform. */
function knownNonPlatformPatchMode(f: WindowsVmFacts): boolean {
  return isKnown(f.patchMode) && f.patchMode !== ABP;
}

const one = findingIf;

export const WIN_HOTPATCH_IMAGE: WindowsVmRule = {
  id: 'WIN-HOTPATCH-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '"hotpatching_enabled" is currently only supported on "2022-datacenter-azure-edition-core", ... or "2025-datacenter-azure-edition-core-smalldisk" image reference skus', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L723-L725' },
  ],
  title: 'hotpatch only on a hotpatch-capable image',
  source: `${SOURCES.hotpatch}; ${SOURCES.updateManagerHotpatchable}; ${SOURCES.azurermHotpatchImage}`,
  doc:
    'Hotpatch is supported on exactly 8 Azure Edition SKUs. azurerm compares publisher, offer and SKU case-sensitively, so a ' +
    'mis-cased SKU that Azure itself would accept is still refused by the provider at apply; this rule follows the provider.',
  holds: (f) => (f.imageReference ? implies(and(unset(f.imageId), truthy(f.hotpatchingEnabled)), and(eq(f.imageReference.publisher, AZURE_EDITION_PUBLISHER), eq(f.imageReference.offer, AZURE_EDITION_OFFER), oneOf(f.imageReference.sku, HOTPATCH_SKUS))) : true),
  check(f) {
    const r = f.imageReference;
    if (f.hotpatchingEnabled !== true || !r || f.imageId !== undefined) return [];
    const { publisher, offer, sku } = r;
    // any known part that is wrong rules the image out, even when the other parts are only known at apply
    const wrong = (isKnown(publisher) && publisher !== AZURE_EDITION_PUBLISHER) || (isKnown(offer) && offer !== AZURE_EDITION_OFFER) || (isKnown(sku) && !HOTPATCH_SKUS.includes(sku));
    if (!wrong) return [];
    const lower = typeof sku === 'string' ? HOTPATCH_SKUS.find((s) => s === sku.toLowerCase()) : undefined;
    const image = [publisher, offer, sku].map((v) => (isKnown(v) ? v : '(unknown)')).join(':');
    const hint = lower && lower !== sku ? ` (did you mean '${lower}'? SKUs are compared case-sensitively)` : '';
    return [
      {
        attribute: 'hotpatching_enabled',
        message: `hotpatch is enabled but image '${image}' is not a hotpatch-capable image${hint}`,
        value: `'${image}'`,
        allowed: HOTPATCH_SKUS.map((s) => `${AZURE_EDITION_PUBLISHER}:${AZURE_EDITION_OFFER}:${s}`),
        fix: 'use one of the allowed images (exact case), or set hotpatching_enabled = false',
        constructFix: `use a hotpatch image (${HOTPATCH_SKUS.map(imageConstantName).join(', ')}), or set hotpatch: false`,
      },
    ];
  },
};

export const WIN_HOTPATCH_CUSTOM_IMAGE: WindowsVmRule = {
  id: 'WIN-HOTPATCH-CUSTOM-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: 'the "hotpatching_enabled" field is not supported if referencing the image via the "source_image_id" field', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L719-L722' },
  ],
  title: 'hotpatch never with a custom image',
  source: `${SOURCES.hotpatch}; ${SOURCES.azurermHotpatchImage}`,
  doc: 'Hotpatch needs the exact Marketplace image; custom, gallery and container images are not supported, and azurerm refuses hotpatching with source_image_id.',
  holds: (f) => implies(not(unset(f.imageId)), not(truthy(f.hotpatchingEnabled))),
  check: (f) =>
    one(f.hotpatchingEnabled === true && f.imageId !== undefined && isKnown(f.imageId), () => ({
      attribute: 'source_image_id',
      message: `hotpatch is enabled on a custom image ${show(f.imageId)}`,
      value: show(f.imageId),
      fix: 'use a hotpatch-capable Azure Edition image in source_image_reference, or set hotpatching_enabled = false',
      constructFix: `use a hotpatch image such as ${imageConstantName('2025-datacenter-azure-edition-core')}, or set hotpatch: false`,
    })),
};

export const WIN_HOTPATCH_IMAGE_PATCH_MODE: WindowsVmRule = {
  id: 'WIN-HOTPATCH-IMAGE-PATCH-MODE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '"patch_mode" must always be set to "AutomaticByPlatform" when "source_image_reference" points to a hotpatch enabled image', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L702-L704' },
  ],
  title: 'a hotpatch image requires patch mode AutomaticByPlatform',
  source: SOURCES.azurermHotpatchImage,
  doc: 'azurerm refuses any other patch mode on a hotpatch-capable image, whether hotpatch is on or off. Third-party reports say Azure answers InvalidParameter too.',
  holds: (f) => (f.imageReference ? implies(and(unset(f.imageId), eq(f.imageReference.publisher, AZURE_EDITION_PUBLISHER), eq(f.imageReference.offer, AZURE_EDITION_OFFER), oneOf(f.imageReference.sku, HOTPATCH_SKUS)), eq(f.patchMode, ABP)) : true),
  check: (f) =>
    one(knownHotpatchImage(f) && knownNonPlatformPatchMode(f), () => ({
      attribute: 'patch_mode',
      message: `image sku ${show(f.imageReference!.sku)} is hotpatch-capable, so patch mode ${show(f.patchMode)} is refused`,
      value: show(f.patchMode),
      allowed: [ABP],
      fix: 'set patch_mode = "AutomaticByPlatform"',
      constructFix: "set patchMode: 'AutomaticByPlatform' (the default)",
    })),
};

export const WIN_HOTPATCH_PATCH_MODE: WindowsVmRule = {
  id: 'WIN-HOTPATCH-PATCH-MODE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '"hotpatching_enabled" cannot be set to "true" when "patch_mode" is set to "<mode>"', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L710-L713' },
  ],
  title: 'hotpatch requires patch mode AutomaticByPlatform',
  source: `${SOURCES.computePatchSettings}; ${SOURCES.azurermHotpatchImage}`,
  doc: "Compute API: for enableHotpatching, patchMode must be 'AutomaticByPlatform'.",
  holds: (f) => implies(truthy(f.hotpatchingEnabled), eq(f.patchMode, ABP)),
  check: (f) =>
    one(f.hotpatchingEnabled === true && knownNonPlatformPatchMode(f), () => ({
      attribute: 'patch_mode',
      message: `hotpatch is enabled but patch mode is ${show(f.patchMode)}`,
      value: show(f.patchMode),
      allowed: [ABP],
      fix: 'set patch_mode = "AutomaticByPlatform", or hotpatching_enabled = false',
      constructFix: "set patchMode: 'AutomaticByPlatform', or hotpatch: false",
    })),
};

export const WIN_HOTPATCH_VM_AGENT: WindowsVmRule = {
  id: 'WIN-HOTPATCH-VM-AGENT',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '"hotpatching_enabled" cannot be set to "true" when "provisionVMAgent" is set to "false"', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L715-L717' },
  ],
  title: 'hotpatch requires the VM agent',
  source: `${SOURCES.computePatchSettings}; ${SOURCES.azurermHotpatchImage}`,
  doc: "Compute API: for enableHotpatching, provisionVMAgent must be true.",
  holds: (f) => implies(truthy(f.hotpatchingEnabled), not(eq(f.provisionVmAgent, false))),
  check: (f) =>
    one(f.hotpatchingEnabled === true && f.provisionVmAgent === false, () => ({
      attribute: 'provision_vm_agent',
      message: 'hotpatch is enabled but the VM agent is not provisioned (false)',
      value: 'false',
      allowed: ['true'],
      fix: 'set provision_vm_agent = true, or hotpatching_enabled = false',
      constructFix: 'set provisionVmAgent: true (the default), or hotpatch: false',
    })),
};

export const WIN_HOTPATCH_BYPASS: WindowsVmRule = {
  id: 'WIN-HOTPATCH-BYPASS',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: '400 InvalidParameter "Hotpatch updates require platform safety checks"', source: 'reported in claranet/terraform-azurerm-windows-vm pull request 4 (2025-03-31)' },
  ],
  title: 'hotpatch needs the platform safety checks',
  source: SOURCES.hotpatchBypass,
  doc: 'Not in Microsoft documentation or in azurerm: Azure rejects the create with 400 "Hotpatch updates require platform safety checks".',
  holds: (f) => not(and(truthy(f.hotpatchingEnabled), truthy(f.bypassPlatformSafetyChecks))),
  check: (f) =>
    one(f.hotpatchingEnabled === true && f.bypassPlatformSafetyChecks === true, () => ({
      attribute: 'bypass_platform_safety_checks_on_user_schedule_enabled',
      message: 'hotpatch is enabled together with bypassing the platform safety checks (true)',
      value: 'true',
      allowed: ['false'],
      fix: 'set bypass_platform_safety_checks_on_user_schedule_enabled = false, or hotpatching_enabled = false',
      constructFix: 'set bypassPlatformSafetyChecksOnUserSchedule: false (the default), or hotpatch: false',
    })),
};

export const WIN_PLATFORM_PATCH_VM_AGENT: WindowsVmRule = {
  id: 'WIN-PLATFORM-PATCH-VM-AGENT',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '"patch_mode" cannot be set to "AutomaticByPlatform" when "provision_vm_agent" is set to "false"', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L694-L696' },
  ],
  title: 'patch mode AutomaticByPlatform requires the VM agent',
  source: `${SOURCES.computePatchSettings}; ${SOURCES.azurermHotpatchImage}`,
  doc: 'Compute API: with AutomaticByPlatform, provisionVMAgent must be true.',
  holds: (f) => implies(eq(f.patchMode, ABP), not(eq(f.provisionVmAgent, false))),
  check: (f) =>
    one(f.patchMode === ABP && f.provisionVmAgent === false, () => ({
      attribute: 'provision_vm_agent',
      message: "patch mode is 'AutomaticByPlatform' but the VM agent is not provisioned (false)",
      value: 'false',
      allowed: ['true'],
      fix: 'set provision_vm_agent = true, or patch_mode = "AutomaticByOS" or "Manual"',
      constructFix: "set provisionVmAgent: true, or patchMode: 'AutomaticByOS' or 'Manual'",
    })),
};

export const WIN_PATCH_MODE_UPDATES: WindowsVmRule = {
  id: 'WIN-PATCH-MODE-UPDATES',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'patchMode AutomaticByOS and AutomaticByPlatform require WindowsConfiguration.enableAutomaticUpdates true; Manual requires it false (the Compute API\'s description of PatchSettings.patchMode)', source: 'Compute REST API, PatchSettings.patchMode, https://learn.microsoft.com/rest/api/compute/virtual-machines/create-or-update' },
  ],
  title: 'patch mode and automatic updates must agree',
  source: `${SOURCES.computePatchSettings}; ${SOURCES.automaticGuestPatching}`,
  doc:
    'Compute API: AutomaticByPlatform and AutomaticByOS require enableAutomaticUpdates true, Manual requires it false. ' +
    'azurerm does not check this, so Azure rejects it at apply.',
  holds: (f) => and(implies(or(eq(f.patchMode, ABP), eq(f.patchMode, 'AutomaticByOS')), not(eq(f.automaticUpdatesEnabled, false))), implies(eq(f.patchMode, 'Manual'), not(eq(f.automaticUpdatesEnabled, true)))),
  check(f) {
    const u = f.automaticUpdatesEnabled;
    if (!isKnown(u) || !isKnown(f.patchMode)) return [];
    const wanted = f.patchMode === 'Manual' ? false : f.patchMode === ABP || f.patchMode === 'AutomaticByOS' ? true : undefined;
    return one(wanted !== undefined && u !== wanted, () => ({
      attribute: 'automatic_updates_enabled',
      message: `patch mode ${show(f.patchMode)} requires automatic updates ${wanted ? 'on' : 'off'}, but they are ${u ? 'on' : 'off'} (${u})`,
      value: String(u),
      allowed: [String(wanted)],
      fix: `set automatic_updates_enabled = ${wanted}, or patch_mode = ${wanted ? '"Manual"' : '"AutomaticByPlatform"'}`,
      constructFix: `set automaticUpdates: ${wanted}, or patchMode: ${wanted ? "'Manual'" : "'AutomaticByPlatform'"}`,
    }));
  },
};

export const WIN_ASSESSMENT_VM_AGENT: WindowsVmRule = {
  id: 'WIN-ASSESSMENT-VM-AGENT',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '`provision_vm_agent` must be set to `true` when `patch_assessment_mode` is set to `AutomaticByPlatform`', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L698-L700' },
  ],
  title: 'assessment mode AutomaticByPlatform requires the VM agent',
  source: `${SOURCES.computePatchSettings}; ${SOURCES.azurermHotpatchImage}`,
  doc: 'azurerm refuses patch_assessment_mode AutomaticByPlatform when provision_vm_agent is false.',
  holds: (f) => implies(eq(f.patchAssessmentMode, ABP), not(eq(f.provisionVmAgent, false))),
  check: (f) =>
    one(f.patchAssessmentMode === ABP && f.provisionVmAgent === false, () => ({
      attribute: 'patch_assessment_mode',
      message: "patch assessment mode is 'AutomaticByPlatform' but the VM agent is not provisioned (false)",
      value: `'${ABP}'`,
      allowed: ['ImageDefault'],
      fix: 'set provision_vm_agent = true, or patch_assessment_mode = "ImageDefault"',
      constructFix: "set provisionVmAgent: true, or patchAssessmentMode: 'ImageDefault'",
    })),
};

export const WIN_REBOOT_SETTING_PATCH_MODE: WindowsVmRule = {
  id: 'WIN-REBOOT-SETTING-PATCH-MODE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '`patch_mode` must be set to `AutomaticByPlatform` when `reboot_setting` is specified', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L746-L749' },
  ],
  title: 'a reboot setting requires patch mode AutomaticByPlatform',
  source: SOURCES.azurermHotpatchImage,
  doc: 'azurerm: patch_mode must be AutomaticByPlatform when reboot_setting is specified.',
  holds: (f) => implies(not(unset(f.rebootSetting)), eq(f.patchMode, ABP)),
  check: (f) =>
    one(f.rebootSetting !== undefined && isKnown(f.rebootSetting) && knownNonPlatformPatchMode(f), () => ({
      attribute: 'reboot_setting',
      message: `a reboot setting (${show(f.rebootSetting)}) is given but patch mode is ${show(f.patchMode)}`,
      value: show(f.patchMode),
      allowed: [ABP],
      fix: 'remove reboot_setting, or set patch_mode = "AutomaticByPlatform"',
      constructFix: "remove rebootSetting, or set patchMode: 'AutomaticByPlatform'",
    })),
};

export const WIN_BYPASS_PATCH_MODE: WindowsVmRule = {
  id: 'WIN-BYPASS-PATCH-MODE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '`patch_mode` must be set to `AutomaticByPlatform` when `bypass_platform_safety_checks_on_user_schedule_enabled` is set to `true`', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L734-L737' },
  ],
  title: 'bypassing platform safety checks requires patch mode AutomaticByPlatform',
  source: SOURCES.azurermHotpatchImage,
  doc: 'azurerm: patch_mode must be AutomaticByPlatform when bypass_platform_safety_checks_on_user_schedule_enabled is true.',
  holds: (f) => implies(truthy(f.bypassPlatformSafetyChecks), eq(f.patchMode, ABP)),
  check: (f) =>
    one(f.bypassPlatformSafetyChecks === true && knownNonPlatformPatchMode(f), () => ({
      attribute: 'bypass_platform_safety_checks_on_user_schedule_enabled',
      message: `platform safety checks are bypassed (true) but patch mode is ${show(f.patchMode)}`,
      value: show(f.patchMode),
      allowed: [ABP],
      fix: 'set bypass_platform_safety_checks_on_user_schedule_enabled = false, or patch_mode = "AutomaticByPlatform"',
      constructFix: "set bypassPlatformSafetyChecksOnUserSchedule: false, or patchMode: 'AutomaticByPlatform'",
    })),
};

export const WIN_EXTENSIONS_VM_AGENT: WindowsVmRule = {
  id: 'WIN-EXTENSIONS-VM-AGENT',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '`allow_extension_operations` cannot be set to `true` when `provision_vm_agent` is set to `false`', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L652-L654' },
  ],
  title: 'extension operations require the VM agent',
  source: SOURCES.azurermExtensions,
  doc: 'azurerm refuses allow_extension_operations = true with provision_vm_agent = false when it creates the VM; an update of an existing VM is not checked (azurerm\'s acceptance tests apply it so).',
  holds: (f) => not(and(truthy(f.allowExtensionOperations), eq(f.provisionVmAgent, false))),
  check: (f) =>
    one(f.allowExtensionOperations === true && f.provisionVmAgent === false, () => ({
      attribute: 'allow_extension_operations',
      message: 'extension operations are allowed (true) but the VM agent is not provisioned (false)',
      value: 'true',
      allowed: ['false'],
      fix: 'set provision_vm_agent = true, or allow_extension_operations = false',
      constructFix: 'set provisionVmAgent: true, or allowExtensionOperations: false',
    })),
};

export const WIN_GEN2_SIZE: WindowsVmRule = {
  id: 'WIN-GEN2-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'The selected VM size \'Standard_D2_v2\' cannot boot Hypervisor Generation \'2\'', source: 'Support for generation 2 VMs on Azure, https://learn.microsoft.com/azure/virtual-machines/generation-2, and the size series pages ("VM Generation Support: Generation 1")' },
  ],
  title: 'a generation 2 image or trusted launch needs a size that boots generation 2',
  source: `${SOURCES.generation2}; ${SOURCES.trustedLaunch}`,
  doc:
    'Azure Edition images are generation 2 (inferred: published as "- Gen2", no Gen1 twin) and trusted launch needs generation 2. ' +
    'The list of Gen1-only families is not exhaustive; sizes outside it are accepted.',
  holds: (f) => implies(or(f.imageGeneration === 'V2', truthy(f.secureBootEnabled), truthy(f.vtpmEnabled)), not(or(...GEN1_ONLY_FAMILIES.map((g) => matches(f.size, `(?i)${g.pattern.source}`, (s) => g.pattern.test(s)))))),
  check(f) {
    if (!isKnown(f.size)) return [];
    const family = gen1OnlyFamily(f.size);
    const needsGen2 = f.imageGeneration === 'V2' || f.secureBootEnabled === true || f.vtpmEnabled === true;
    return one(family !== undefined && needsGen2, () => ({
      attribute: 'size',
      message: `size '${f.size}' (${family!.family} family) cannot boot a generation 2 ${f.imageGeneration === 'V2' ? 'image' : 'trusted launch VM'}`,
      value: `'${f.size}'`,
      fix: "choose a size that supports generation 2, such as 'Standard_D2s_v5'",
    }));
  },
};

export const WIN_PLATFORM_PATCH_CUSTOM_IMAGE: WindowsVmRule = {
  id: 'WIN-PLATFORM-PATCH-CUSTOM-IMAGE',
  severity: 'warning',
  title: 'platform patching is not supported on custom images',
  source: SOURCES.automaticGuestPatching,
  doc:
    'Automatic VM guest patching (patch mode AutomaticByPlatform) is supported only for VMs created from the supported Marketplace images; ' +
    'custom images are not supported. Neither azurerm nor the documentation says that Azure refuses the request, so this is a warning.',
  check: (f) =>
    one(f.imageId !== undefined && isKnown(f.imageId) && f.patchMode === ABP, () => ({
      attribute: 'patch_mode',
      message: `patch mode 'AutomaticByPlatform' on a custom image ${show(f.imageId)}: platform patching supports Marketplace images only`,
      value: `'${ABP}'`,
      allowed: ['AutomaticByOS', 'Manual'],
      fix: "set patch mode to 'AutomaticByOS' (or 'Manual' with automatic updates off), or use a Marketplace image",
    })),
};

export const WIN_TRUSTED_LAUNCH_SIZE: WindowsVmRule = {
  id: 'WIN-TRUSTED-LAUNCH-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'the size series are listed as "Not supported size families" or "Currently not supported size families" for trusted launch', source: 'Trusted launch for Azure VMs (ms.date 2025-04-21), https://learn.microsoft.com/azure/virtual-machines/trusted-launch' },
  ],
  title: 'secure boot and vTPM need a size that supports trusted launch',
  source: SOURCES.trustedLaunch,
  doc:
    'azurerm turns secure_boot_enabled or vtpm_enabled into security type TrustedLaunch, unless os_disk.security_encryption_type makes the VM a ' +
    'confidential VM (judged by WIN-CONFIDENTIAL-VM-*). The trusted launch page lists the series that do not support it: M, DC/EC confidential, ' +
    'the original NC, NV and NP series, NDasrA100_v4, NDm_A100_v4 and the Arm64 Dpsv5, Dpdsv5, Dplsv5 and Dpldsv5 series. Later GPU series ' +
    '(NCv3, NVadsA10_v5) and Arm64 v6 series support it.',
  holds: (f) =>
    implies(and(unset(f.securityEncryptionType), or(truthy(f.secureBootEnabled), truthy(f.vtpmEnabled))), not(or(...NO_TRUSTED_LAUNCH_FAMILIES.map((g) => matches(f.size, `(?i)${g.pattern.source}`, (s) => g.pattern.test(s)))))),
  check(f) {
    if (f.securityEncryptionType !== undefined || !isKnown(f.size) || (f.secureBootEnabled !== true && f.vtpmEnabled !== true)) return [];
    const family = noTrustedLaunchFamily(f.size);
    return one(family !== undefined, () => ({
      attribute: 'size',
      message: `size '${f.size}' (${family!.family}) cannot run trusted launch, which secure boot or vTPM turns on`,
      value: `'${f.size}'`,
      fix: "choose a size that supports trusted launch, such as 'Standard_D2s_v5', or turn secure boot and vTPM off",
    }));
  },
};

const DISK_WITH_VM_GUEST_STATE = 'DiskWithVMGuestState';

export const WIN_CONFIDENTIAL_VM_SECURITY: WindowsVmRule = {
  id: 'WIN-CONFIDENTIAL-VM-SECURITY',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'apply', says: '`vtpm_enabled` must be set to `true` when `os_disk.0.security_encryption_type` is set; `secure_boot_enabled` must be set to `true` when `os_disk.0.security_encryption_type` is set to `DiskWithVMGuestState`', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L822-L828' },
  ],
  title: 'a confidential VM has the vTPM on, and secure boot on with DiskWithVMGuestState',
  source: SOURCES.azurermConfidentialVm,
  doc:
    'os_disk.security_encryption_type makes the VM a confidential VM (azurerm sends security type ConfidentialVM): azurerm requires vtpm_enabled = true, ' +
    'and secure_boot_enabled = true with DiskWithVMGuestState, when it creates the VM. With VMGuestStateOnly secure boot may be off.',
  holds: (f) =>
    implies(not(unset(f.securityEncryptionType)), and(truthy(f.vtpmEnabled), implies(eq(f.securityEncryptionType, DISK_WITH_VM_GUEST_STATE), truthy(f.secureBootEnabled)))),
  check(f) {
    const t = f.securityEncryptionType;
    if (t === undefined || !isKnown(t)) return [];
    const out: Finding[] = [];
    if (f.vtpmEnabled !== true && isKnown(f.vtpmEnabled)) {
      out.push({ attribute: 'vtpm_enabled', message: `os_disk.security_encryption_type is ${show(t)} (a confidential VM) but the vTPM is off (${show(f.vtpmEnabled)})`, value: show(f.vtpmEnabled), allowed: ['true'], fix: 'set vtpm_enabled = true' });
    }
    if (t === DISK_WITH_VM_GUEST_STATE && f.secureBootEnabled !== true && isKnown(f.secureBootEnabled)) {
      out.push({ attribute: 'secure_boot_enabled', message: `os_disk.security_encryption_type is '${DISK_WITH_VM_GUEST_STATE}' but secure boot is off (${show(f.secureBootEnabled)})`, value: show(f.secureBootEnabled), allowed: ['true'], fix: "set secure_boot_enabled = true, or security_encryption_type = 'VMGuestStateOnly'" });
    }
    return out;
  },
};

export const WIN_CONFIDENTIAL_VM_SIZE: WindowsVmRule = {
  id: 'WIN-CONFIDENTIAL-VM-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'The VM size \'<size>\' is not supported for creation of VMs and Virtual Machine Scale Set with \'ConfidentialVM\' security type', source: 'an Azure answer quoted in confidential-containers/cloud-api-adaptor#1742; About Azure confidential VMs, https://learn.microsoft.com/azure/confidential-computing/confidential-vm-overview' },
  ],
  title: 'a confidential VM runs on a confidential size',
  source: SOURCES.confidentialVmSizes,
  doc: 'Azure creates a VM with security type ConfidentialVM only on the confidential sizes (the DC and EC confidential families, their _cc variants, NCCads_H100_v5), and refuses any other size at apply.',
  holds: (f) => implies(not(unset(f.securityEncryptionType)), matches(f.size, `(?i)${CONFIDENTIAL_SIZE.source}`, (s) => CONFIDENTIAL_SIZE.test(s))),
  check: (f) =>
    one(f.securityEncryptionType !== undefined && isKnown(f.securityEncryptionType) && isKnown(f.size) && !CONFIDENTIAL_SIZE.test(f.size), () => ({
      attribute: 'size',
      message: `os_disk.security_encryption_type is ${show(f.securityEncryptionType)} (a confidential VM) but size ${show(f.size)} is not a confidential size`,
      value: show(f.size),
      fix: "choose a confidential size, such as 'Standard_DC2as_v5' or 'Standard_EC2ads_v5', or remove security_encryption_type for a trusted launch VM",
    })),
};

export const WIN_ARM64_SIZE: WindowsVmRule = {
  id: 'WIN-ARM64-SIZE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'Arm64 sizes run Arm64 images only; the Windows Server Marketplace images are x64', source: 'Arm64 size series pages (Dpsv5, Dpdsv5, Dplsv5, Dpldsv5, Epsv5, Epdsv5, Dpsv6), https://learn.microsoft.com/azure/virtual-machines/sizes' },
  ],
  title: 'an x64 Windows Server image needs an x64 size',
  source: `${SOURCES.arm64Sizes}; ${SOURCES.azureEdition}`,
  doc: 'Arm64 sizes (Dpsv5, Dpldsv5, Epsv5 and the other sizes with a p after the vCPU count) run Arm64 images only; the Windows Server Marketplace images are x64.',
  holds: (f) =>
    f.imageReference
      ? implies(and(unset(f.imageId), matches(f.imageReference.publisher, '(?i)^microsoftwindowsserver$', (s) => s.toLowerCase() === 'microsoftwindowsserver')), not(matches(f.size, `(?i)${ARM64_SIZE.source}`, (s) => ARM64_SIZE.test(s))))
      : true,
  check(f) {
    const r = f.imageReference;
    if (!r || f.imageId !== undefined || !isKnown(f.size) || !ARM64_SIZE.test(f.size)) return [];
    const windowsServer = isKnown(r.publisher) && r.publisher.toLowerCase() === 'microsoftwindowsserver';
    return one(windowsServer, () => ({
      attribute: 'size',
      message: `size '${f.size}' is an Arm64 size, but image ${show(r.sku)} of MicrosoftWindowsServer is x64`,
      value: `'${f.size}'`,
      fix: "choose an x64 size, such as 'Standard_D2s_v5'",
    }));
  },
};

export const WIN_TRUSTED_LAUNCH_GEN1_IMAGE: WindowsVmRule = {
  id: 'WIN-TRUSTED-LAUNCH-GEN1-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'trusted launch (secure boot, vTPM) is a feature of generation 2 VMs: a generation 1 image cannot boot with it', source: 'Trusted launch for Azure VMs (ms.date 2025-04-21), https://learn.microsoft.com/azure/virtual-machines/trusted-launch' },
  ],
  title: 'secure boot and vTPM need a generation 2 image',
  source: `${SOURCES.trustedLaunch}; ${SOURCES.generation2}`,
  doc: 'A Windows Server Marketplace SKU without a generation 2 suffix (2019-Datacenter, 2022-datacenter) is generation 1: trusted launch fails at apply; azurerm does not check it.',
  holds: (f) => implies(or(truthy(f.secureBootEnabled), truthy(f.vtpmEnabled)), f.imageGeneration !== 'V1'),
  check: (f) =>
    one(f.imageGeneration === 'V1' && (f.secureBootEnabled === true || f.vtpmEnabled === true), () => ({
      attribute: f.secureBootEnabled === true ? 'secure_boot_enabled' : 'vtpm_enabled',
      message: `secure boot or vTPM is on, but image ${show(f.imageReference?.sku)} is generation 1`,
      value: show(f.imageReference?.sku),
      fix: "use the image's generation 2 SKU (for example '2022-datacenter-g2' or '2019-datacenter-gensecond'), or turn secure boot and vTPM off",
    })),
};

/** What is wrong with the computer name: of the value, or of the literal parts of an interpolated one. */
function computerNameProblemsOf(f: WindowsVmFacts): string[] {
  const name = f.computerName;
  const kind = f.computerNameKind ?? 'full';
  if (isKnown(name)) return computerNameProblems(name, kind);
  return typeof name.expression === 'string' ? computerNameTemplateProblems(name.expression, kind) : [];
}

export const WIN_COMPUTER_NAME: WindowsVmRule = {
  id: 'WIN-COMPUTER-NAME',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: '"computer_name" can be at most 15 characters, got N / cannot end with dash / may only contain alphanumeric characters and dashes / cannot contain only numbers', source: 'azurerm v4.55.0 internal/services/compute/validate/windows_computer_name.go L31-L50' },
    { by: 'azurerm', when: 'apply', says: 'unable to assume default computer name <error>. Please adjust the `name`, or specify an explicit `computer_name`', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L637-L643' },
  ],
  title: 'windows computer name: 1-15 ASCII letters, digits or dashes, not only digits, no trailing dash (a scale set prefix: 1-9)',
  source: `${SOURCES.azurermComputerName}; ${SOURCES.windowsComputerName}`,
  doc:
    'azurerm validates computer_name (and computer_name_prefix) at plan. Left unset, the computer name defaults to the VM name (a scale set prefix to the ' +
    'scale set name), which azurerm checks when it creates the VM, at apply ("unable to assume default computer name"), and only when no existing OS disk ' +
    'is attached (os_managed_disk_id). An interpolated name is refused when its literal characters alone can never fit.',
  holds: (f) =>
    isUnknown(f.computerName) && computerNameProblemsOf(f).length > 0
      ? false
      : f.computerNameKind === 'prefix'
      ? and(matches(f.computerName, COMPUTER_NAME_PREFIX_PATTERN, (s) => computerNameProblems(s, 'prefix').length === 0), not(matches(f.computerName, DIGITS_ONLY_PATTERN, (s) => /^[0-9]+$/.test(s))))
      : and(matches(f.computerName, COMPUTER_NAME_PATTERN, (s) => computerNameProblems(s).length === 0), not(matches(f.computerName, DIGITS_ONLY_PATTERN, (s) => /^[0-9]+$/.test(s)))),
  check(f) {
    const kind = f.computerNameKind ?? 'full';
    const attribute = f.computerNameAttribute ?? 'computer_name';
    const name = f.computerName;
    const problems = computerNameProblemsOf(f);
    const what = kind === 'prefix' ? 'computer name prefix' : 'computer name';
    const defaulted = attribute === 'name' ? ` (used as the ${what}, since it is not set)` : '';
    const max = kind === 'prefix' ? COMPUTER_NAME_PREFIX_MAX : COMPUTER_NAME_MAX;
    return one(problems.length > 0, () => ({
      attribute,
      message: `${attribute === 'name' ? 'name' : what} ${isKnown(name) ? show(name) : `'${String(name.expression)}'`}${defaulted} is invalid: ${problems.join(', ')}`,
      value: isKnown(name) ? show(name) : `'${String(name.expression)}'`,
      fix: `use 1 to ${max} ASCII letters, digits or dashes, not only digits${kind === 'full' ? ', not ending with a dash' : ''}${attribute === 'name' ? `; or set the ${what} explicitly` : ''}`,
    }));
  },
};

export const WIN_ADMIN_USERNAME: WindowsVmRule = {
  id: 'WIN-ADMIN-USERNAME',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: '"admin_username" most be between 1 and 20 characters, got N / cannot end with a dot / specified is not allowed, got "admin", cannot match: <reserved names>', source: 'azurerm v4.55.0 internal/services/compute/validate/windows_admin_username.go L22-L40' },
  ],
  title: 'the admin user name has at most 20 characters, no trailing dot, and is not a reserved name',
  source: SOURCES.azurermAdminUsername,
  doc: 'azurerm refuses at plan an empty name, more than 20 bytes, a trailing dot, and a list of reserved names (compared exactly, case included).',
  holds: (f) =>
    f.adminUsername === undefined
      ? true
      : and(
          utf8LengthAtMost(f.adminUsername, ADMIN_USERNAME_MAX),
          not(matches(f.adminUsername, TRAILING_DOT_PATTERN, (s) => s.endsWith('.'))),
          not(matches(f.adminUsername, BLANK_PATTERN, (s) => s.trim() === '')),
          not(oneOf(f.adminUsername, RESERVED_ADMIN_USERNAMES)),
        ),
  check(f) {
    const name = f.adminUsername;
    if (typeof name !== 'string') return [];
    const problems = adminUsernameProblems(name);
    return one(problems.length > 0, () => ({
      attribute: 'admin_username',
      message: `admin user name ${show(name)} is invalid: ${problems.join(', ')}`,
      value: show(name),
      fix: `use 1 to ${ADMIN_USERNAME_MAX} characters, not ending with a dot, and not one of: ${RESERVED_ADMIN_USERNAMES.join(', ')}`,
    }));
  },
};

export const WIN_ADMIN_PASSWORD_LITERAL: WindowsVmRule = {
  id: 'WIN-ADMIN-PASSWORD-LITERAL',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'a literal password ends up in the configuration, the state and the repository', source: 'this library\'s security policy' },
  ],
  policy: true,
  title: 'the admin password is never a literal',
  source: SOURCES.securityPolicy,
  doc: 'A literal password ends up in the synthesized JSON, the state and the repository; so does the default of a variable, a local value that holds one, and a function applied to one (trimspace("...")). The construct knows its own props; the AzureGuardrails Aspect and azguard check follow the local values and variable defaults of the configuration, and call a password literal only when every value it reads is written in the configuration. Pass a sensitive variable without a default, or a Key Vault secret reference.',
  check: (f) =>
    one(f.adminPassword === 'literal', () => ({
      attribute: 'admin_password',
      message: 'the admin password is a literal string (value hidden)',
      fix: 'use a sensitive variable without a default, or a Key Vault secret (data.azurerm_key_vault_secret)',
      constructFix: 'pass a sensitive TerraformVariable without a default, or a Key Vault secret value (a token)',
    })),
};

export const WIN_ENUM_VALUE: WindowsVmRule = {
  id: 'WIN-ENUM-VALUE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected patch_mode to be one of ["AutomaticByOS" "AutomaticByPlatform" "Manual"], got <value> (StringInSlice, case-sensitive; patch_assessment_mode and reboot_setting alike)', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L304-L330, L375-L382; azurerm v4.55.0 vendor/github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation/strings.go L149' },
  ],
  title: 'patch settings take one of the documented values, exact case',
  source: SOURCES.azurermPatchEnums,
  doc: 'azurerm validates these values case-sensitively at plan.',
  holds: (f) => and(oneOf(f.patchMode, PATCH_MODES), oneOf(f.patchAssessmentMode, PATCH_ASSESSMENT_MODES), or(unset(f.rebootSetting), oneOf(f.rebootSetting, REBOOT_SETTINGS))),
  check(f) {
    const out: Finding[] = [];
    const test = (attribute: string, value: unknown, allowed: readonly string[]) => {
      if (typeof value === 'string' && !allowed.includes(value)) {
        out.push({ attribute, message: `${attribute.replace(/_/g, ' ')} ${show(value)} is not a valid value`, value: show(value), allowed, fix: `use one of the allowed values, exact case` });
      } else if (value !== undefined && typeof value !== 'string' && !isUnknown(value)) {
        out.push({ attribute, message: `${attribute.replace(/_/g, ' ')} must be a string, got ${show(value)}`, value: show(value), allowed, fix: 'use one of the allowed values' });
      }
    };
    test('patch_mode', f.patchMode, PATCH_MODES);
    test('patch_assessment_mode', f.patchAssessmentMode, PATCH_ASSESSMENT_MODES);
    test('reboot_setting', f.rebootSetting, REBOOT_SETTINGS);
    return out;
  },
};

/** Rules that hold for every `azurerm_windows_virtual_machine`, whatever its image. */
export const WINDOWS_VM_RULES: readonly Rule<WindowsVmFacts>[] = [
  WIN_ENUM_VALUE,
  WIN_HOTPATCH_IMAGE,
  WIN_HOTPATCH_CUSTOM_IMAGE,
  WIN_HOTPATCH_IMAGE_PATCH_MODE,
  WIN_HOTPATCH_PATCH_MODE,
  WIN_HOTPATCH_VM_AGENT,
  WIN_HOTPATCH_BYPASS,
  WIN_PLATFORM_PATCH_VM_AGENT,
  WIN_PATCH_MODE_UPDATES,
  WIN_ASSESSMENT_VM_AGENT,
  WIN_REBOOT_SETTING_PATCH_MODE,
  WIN_BYPASS_PATCH_MODE,
  WIN_EXTENSIONS_VM_AGENT,
  WIN_GEN2_SIZE,
  WIN_TRUSTED_LAUNCH_SIZE,
  WIN_CONFIDENTIAL_VM_SECURITY,
  WIN_CONFIDENTIAL_VM_SIZE,
  WIN_ARM64_SIZE,
  WIN_TRUSTED_LAUNCH_GEN1_IMAGE,
  WIN_PLATFORM_PATCH_CUSTOM_IMAGE,
  WIN_COMPUTER_NAME,
  WIN_ADMIN_USERNAME,
  WIN_ADMIN_PASSWORD_LITERAL,
];

/**
 * The rules that still apply to a VM that attaches an existing OS disk (`os_managed_disk_id`): its size and security
 * profile. It has no OS profile (computer name, admin, patch settings conflict with os_managed_disk_id) and no image.
 */
export const ATTACHED_OS_DISK_RULES: readonly Rule<WindowsVmFacts>[] = [WIN_GEN2_SIZE, WIN_TRUSTED_LAUNCH_SIZE, WIN_CONFIDENTIAL_VM_SECURITY, WIN_CONFIDENTIAL_VM_SIZE];
