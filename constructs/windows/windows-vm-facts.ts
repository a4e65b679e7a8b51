import { Maybe } from '../core/unknown';

/**
 * What the rules need to know about one `azurerm_windows_virtual_machine`, in Terraform terms, after defaults.
 * `undefined` means the attribute is not set; {@link Unknown} means it is set to a value known only at apply.
 */
export interface WindowsVmFacts {
  readonly imageReference?: {
    readonly publisher: Maybe<string>;
    readonly offer: Maybe<string>;
    readonly sku: Maybe<string>;
  };
  /** `source_image_id`, for a custom or gallery image. */
  readonly imageId?: Maybe<string>;
  /** Hyper-V generation of the image when it is known from a catalog. */
  readonly imageGeneration?: 'V1' | 'V2';
  readonly size: Maybe<string>;
  /** The effective Windows computer name (`computer_name`, else `name`). */
  readonly computerName: Maybe<string>;
  /** Whether `admin_password` is a literal string (a secret in the configuration) or an expression. */
  readonly adminPassword: 'literal' | 'expression' | 'absent';
  readonly patchMode: Maybe<string>;
  readonly patchAssessmentMode: Maybe<string>;
  readonly rebootSetting?: Maybe<string>;
  readonly hotpatchingEnabled: Maybe<boolean>;
  readonly bypassPlatformSafetyChecks: Maybe<boolean>;
  readonly provisionVmAgent: Maybe<boolean>;
  readonly allowExtensionOperations: Maybe<boolean>;
  readonly automaticUpdatesEnabled: Maybe<boolean>;
  readonly secureBootEnabled: Maybe<boolean>;
  readonly vtpmEnabled: Maybe<boolean>;
}

/** Allowed values of the patch attributes in azurerm 4.55.0 (case-sensitive). */
export const PATCH_MODES = ['AutomaticByOS', 'AutomaticByPlatform', 'Manual'] as const;
export type PatchMode = (typeof PATCH_MODES)[number];
export const PATCH_ASSESSMENT_MODES = ['AutomaticByPlatform', 'ImageDefault'] as const;
export type PatchAssessmentMode = (typeof PATCH_ASSESSMENT_MODES)[number];
export const REBOOT_SETTINGS = ['Always', 'IfRequired', 'Never'] as const;
export type RebootSetting = (typeof REBOOT_SETTINGS)[number];
