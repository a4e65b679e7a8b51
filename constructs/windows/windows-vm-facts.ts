import { Maybe } from '../core/unknown';
import { ComputerNameKind } from './computer-name';

/**
 * What the rules need to know about one `azurerm_windows_virtual_machine`, in Terraform terms, after defaults.
 * `undefined` means the attribute is not set; {@link Unknown} means it is set to a value known only at apply.
 */
export interface WindowsVmFacts {
  /** `source_image_reference`, for a Marketplace image. */
  readonly imageReference?: {
    readonly publisher: Maybe<string>;
    readonly offer: Maybe<string>;
    readonly sku: Maybe<string>;
  };
  /** `source_image_id`, for a custom or gallery image. */
  readonly imageId?: Maybe<string>;
  /** Hyper-V generation of the image when it is known from a catalog or from a Windows Server SKU name. */
  readonly imageGeneration?: 'V1' | 'V2';
  /** `size`. */
  readonly size: Maybe<string>;
  /** The effective Windows computer name (`computer_name`, else `name`), or a scale set's prefix. */
  readonly computerName: Maybe<string>;
  /** A full computer name, or the prefix of a scale set's instance names. @default 'full' */
  readonly computerNameKind?: ComputerNameKind;
  /** The attribute the computer name is read from, as written (`name` when it is the default). @default 'computer_name' */
  readonly computerNameAttribute?: string;
  /** `admin_username`; undefined when not read. */
  readonly adminUsername?: Maybe<string>;
  /** Whether `admin_password` is a literal string (a secret in the configuration) or an expression. */
  readonly adminPassword: 'literal' | 'expression' | 'absent';
  /** `patch_mode`. */
  readonly patchMode: Maybe<string>;
  /** `patch_assessment_mode`. */
  readonly patchAssessmentMode: Maybe<string>;
  /** `reboot_setting`. */
  readonly rebootSetting?: Maybe<string>;
  /** `hotpatching_enabled`. */
  readonly hotpatchingEnabled: Maybe<boolean>;
  /** `bypass_platform_safety_checks_on_user_schedule_enabled`. */
  readonly bypassPlatformSafetyChecks: Maybe<boolean>;
  /** `provision_vm_agent`. */
  readonly provisionVmAgent: Maybe<boolean>;
  /** `allow_extension_operations`. */
  readonly allowExtensionOperations: Maybe<boolean>;
  /** `automatic_updates_enabled` (`enable_automatic_updates` in older names). */
  readonly automaticUpdatesEnabled: Maybe<boolean>;
  /** `secure_boot_enabled`. */
  readonly secureBootEnabled: Maybe<boolean>;
  /** `vtpm_enabled`. */
  readonly vtpmEnabled: Maybe<boolean>;
  /** `os_disk.security_encryption_type`: set, the VM is a confidential VM, not a trusted launch VM. @default undefined */
  readonly securityEncryptionType?: Maybe<string>;
}

/**
 * What azurerm 4.55.0 uses for an attribute left unset (or set to an expression that resolves to null), read in
 * `windows_virtual_machine_resource.go`'s Create: patch mode and assessment mode are sent empty, which Azure takes as
 * its defaults; the booleans are read from the raw configuration with these fallbacks.
 */
export const WINDOWS_VM_DEFAULTS = {
  patchMode: 'AutomaticByOS',
  patchAssessmentMode: 'ImageDefault',
  hotpatchingEnabled: false,
  bypassPlatformSafetyChecks: false,
  provisionVmAgent: true,
  allowExtensionOperations: true,
  automaticUpdatesEnabled: true,
  secureBootEnabled: false,
  vtpmEnabled: false,
} as const;

/** Allowed values of the patch attributes in azurerm 4.55.0 (case-sensitive). */
export const PATCH_MODES = ['AutomaticByOS', 'AutomaticByPlatform', 'Manual'] as const;
/** `patch_mode`: how guest patches are orchestrated. */
export type PatchMode = (typeof PATCH_MODES)[number];
/** Allowed values of `patch_assessment_mode`. */
export const PATCH_ASSESSMENT_MODES = ['AutomaticByPlatform', 'ImageDefault'] as const;
/** `patch_assessment_mode`: how available patches are assessed. */
export type PatchAssessmentMode = (typeof PATCH_ASSESSMENT_MODES)[number];
/** Allowed values of `reboot_setting`. */
export const REBOOT_SETTINGS = ['Always', 'IfRequired', 'Never'] as const;
/** `reboot_setting`: when platform patching may reboot the VM. */
export type RebootSetting = (typeof REBOOT_SETTINGS)[number];
