import { and, eq, implies, lengthAtLeast, not, oneOf, or, unset } from '../core/condition';
import { Finding, findingIf, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';

/**
 * Licence, identity and placement of one `azurerm_windows_virtual_machine`. `undefined` means the attribute is not
 * written; an unknown value means it is written with a value known only at apply, which may still resolve to null (unset).
 */
export interface VmSettingsFacts {
  /** `license_type`. */
  readonly licenseType?: Maybe<string>;
  /** `identity.type`; undefined without an identity block. */
  readonly identityType?: Maybe<string>;
  /** How many `identity.identity_ids` are written (unknown for a whole-list expression). @default 0 */
  readonly identityIdCount?: Maybe<number>;
  /** `zone`. */
  readonly zone?: Maybe<string>;
  /** `availability_set_id`. */
  readonly availabilitySetId?: Maybe<string>;
  /** `proximity_placement_group_id`. */
  readonly proximityPlacementGroupId?: Maybe<string>;
  /** `capacity_reservation_group_id`. */
  readonly capacityReservationGroupId?: Maybe<string>;
  /** `virtual_machine_scale_set_id`. */
  readonly virtualMachineScaleSetId?: Maybe<string>;
}

/** Allowed values of `license_type` in azurerm (case-sensitive). */
export const LICENSE_TYPES = ['None', 'Windows_Client', 'Windows_Server'] as const;
/** `license_type`: `Windows_Server` for Azure Hybrid Benefit with Windows Server licences. */
export type LicenseType = (typeof LICENSE_TYPES)[number];
/** Allowed values of `identity.type` in azurerm. */
export const IDENTITY_TYPES = ['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned'] as const;
/** `identity.type`. */
export type IdentityType = (typeof IDENTITY_TYPES)[number];

type VmSettingsRule = Rule<VmSettingsFacts>;

export const WIN_LICENSE_TYPE: VmSettingsRule = {
  id: 'WIN-LICENSE-TYPE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected license_type to be one of ["None" "Windows_Client" "Windows_Server"], got <value>', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L280-L287; azurerm v4.55.0 vendor/github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation/strings.go L149' },
  ],
  title: 'the license type is one azurerm accepts, in its exact case',
  source: SOURCES.azurermLicenseType,
  doc: "azurerm refuses any license_type but None, Windows_Client and Windows_Server at plan, and compares case-sensitively: 'windows_server' is refused.",
  holds: (f) => or(unset(f.licenseType), oneOf(f.licenseType, LICENSE_TYPES)),
  check: (f) =>
    findingIf(isKnown(f.licenseType) && f.licenseType !== undefined && !(LICENSE_TYPES as readonly unknown[]).includes(f.licenseType), () => ({
      attribute: 'license_type',
      message: `license type ${show(f.licenseType)} is not one azurerm accepts`,
      value: show(f.licenseType),
      allowed: [...LICENSE_TYPES],
      fix: "use 'Windows_Server' for Azure Hybrid Benefit, or leave license_type out",
      constructFix: "set licenseType: 'Windows_Server' for Azure Hybrid Benefit, or leave it out",
    })),
};

export const WIN_IDENTITY: VmSettingsRule = {
  id: 'WIN-IDENTITY',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'expected identity.0.type to be one of ["SystemAssigned" "UserAssigned" "SystemAssigned, UserAssigned"], got <value>', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L278 (commonschema.SystemAssignedUserAssignedIdentityOptional)' },
    { by: 'azurerm', when: 'apply', says: '`identity_ids` can only be specified when `type` is set to "SystemAssigned, UserAssigned" or "UserAssigned"', source: 'azurerm v4.55.0 vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/identity/system_and_user_assigned_map.go L81' },
  ],
  title: 'the identity type is one azurerm accepts, and identity ids come with a user-assigned type',
  source: SOURCES.azurermIdentity,
  doc: "azurerm accepts SystemAssigned, UserAssigned and 'SystemAssigned, UserAssigned'; identity_ids with SystemAssigned alone is refused when the VM is created.",
  holds: (f) => or(unset(f.identityType), and(oneOf(f.identityType, IDENTITY_TYPES), implies(eq(f.identityType, 'SystemAssigned'), not(lengthAtLeast(f.identityIdCount ?? 0, 1))))),
  check(f) {
    const out: Finding[] = [];
    if (f.identityType === undefined || !isKnown(f.identityType)) return out;
    if (!(IDENTITY_TYPES as readonly unknown[]).includes(f.identityType)) {
      out.push({ attribute: 'identity.type', message: `identity type ${show(f.identityType)} is not one azurerm accepts`, value: show(f.identityType), allowed: [...IDENTITY_TYPES], fix: 'use one of the allowed identity types' });
    } else if (f.identityType === 'SystemAssigned' && isKnown(f.identityIdCount) && (f.identityIdCount ?? 0) > 0) {
      out.push({
        attribute: 'identity.identity_ids',
        message: `${f.identityIdCount} identity id(s) are given with identity type 'SystemAssigned', which takes none`,
        value: String(f.identityIdCount),
        fix: "use type 'SystemAssigned, UserAssigned' to add user-assigned identities, or remove identity_ids",
        constructFix: "use type 'SystemAssigned, UserAssigned' to add user-assigned identities, or remove identityIds",
      });
    }
    return out;
  },
};

/** Written with a value known at synth: a value known only at apply may still be null. */
const isSet = (v: unknown) => v !== undefined && isKnown(v);

/** Pairs of placement attributes azurerm refuses together (ConflictsWith), with the props that write them. */
const CONFLICTS: readonly (readonly [keyof VmSettingsFacts, string, keyof VmSettingsFacts, string])[] = [
  ['availabilitySetId', 'availability_set_id', 'zone', 'zone'],
  ['availabilitySetId', 'availability_set_id', 'capacityReservationGroupId', 'capacity_reservation_group_id'],
  ['availabilitySetId', 'availability_set_id', 'virtualMachineScaleSetId', 'virtual_machine_scale_set_id'],
  ['capacityReservationGroupId', 'capacity_reservation_group_id', 'proximityPlacementGroupId', 'proximity_placement_group_id'],
];

export const WIN_PLACEMENT: VmSettingsRule = {
  id: 'WIN-PLACEMENT',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: '"availability_set_id": conflicts with zone (ConflictsWith; deferred while either value is unknown)', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L143-L156, L170-L179; azurerm v4.55.0 vendor/github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema/schema.go L1964' },
  ],
  title: 'no availability set with a zone, capacity reservation or scale set, and no capacity reservation with a proximity placement group',
  source: SOURCES.azurermPlacement,
  doc:
    'azurerm declares these attributes in conflict (ConflictsWith) and refuses the configuration at plan when both are set. ' +
    'A value known only at apply may still resolve to null (unset): the plugin SDK defers the check then, and so does this rule, ' +
    'as a precondition that both are not set.',
  holds: (f) => and(...CONFLICTS.map(([a, , b]) => or(unset(f[a]), unset(f[b])))),
  check: (f) =>
    CONFLICTS.filter(([a, , b]) => isSet(f[a]) && isSet(f[b])).map(([, a, , b]) => ({
      attribute: a,
      message: `${a} and ${b} are both set, which azurerm refuses together`,
      fix: `keep one of ${a} and ${b}`,
    })),
};

/** The licence, identity and placement rules of a Windows VM. */
export const VM_SETTINGS_RULES: readonly VmSettingsRule[] = [WIN_LICENSE_TYPE, WIN_IDENTITY, WIN_PLACEMENT];
