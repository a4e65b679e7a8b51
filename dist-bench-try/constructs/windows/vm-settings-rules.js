"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VM_SETTINGS_RULES = exports.WIN_PLACEMENT = exports.WIN_IDENTITY = exports.WIN_LICENSE_TYPE = exports.IDENTITY_TYPES = exports.LICENSE_TYPES = void 0;
const condition_1 = require("../core/condition");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
/** Allowed values of `license_type` in azurerm (case-sensitive). */
exports.LICENSE_TYPES = ['None', 'Windows_Client', 'Windows_Server'];
/** Allowed values of `identity.type` in azurerm. */
exports.IDENTITY_TYPES = ['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned'];
exports.WIN_LICENSE_TYPE = {
    id: 'WIN-LICENSE-TYPE',
    severity: 'error',
    title: 'the license type is one azurerm accepts, in its exact case',
    source: sources_1.SOURCES.azurermLicenseType,
    doc: "azurerm refuses any license_type but None, Windows_Client and Windows_Server at plan, and compares case-sensitively: 'windows_server' is refused.",
    holds: (f) => (f.licenseType === undefined ? true : (0, condition_1.oneOf)(f.licenseType, exports.LICENSE_TYPES)),
    check: (f) => (0, rule_1.findingIf)((0, unknown_1.isKnown)(f.licenseType) && f.licenseType !== undefined && !exports.LICENSE_TYPES.includes(f.licenseType), () => ({
        attribute: 'license_type',
        message: `license type ${(0, rule_1.show)(f.licenseType)} is not one azurerm accepts`,
        value: (0, rule_1.show)(f.licenseType),
        allowed: [...exports.LICENSE_TYPES],
        fix: "use 'Windows_Server' for Azure Hybrid Benefit, or leave license_type out",
        constructFix: "set licenseType: 'Windows_Server' for Azure Hybrid Benefit, or leave it out",
    })),
};
exports.WIN_IDENTITY = {
    id: 'WIN-IDENTITY',
    severity: 'error',
    title: 'the identity type is one azurerm accepts, and identity ids come with a user-assigned type',
    source: sources_1.SOURCES.azurermIdentity,
    doc: "azurerm accepts SystemAssigned, UserAssigned and 'SystemAssigned, UserAssigned'; identity_ids with SystemAssigned alone is refused when the VM is created.",
    holds: (f) => (f.identityType === undefined ? true : (0, condition_1.oneOf)(f.identityType, exports.IDENTITY_TYPES)),
    check(f) {
        const out = [];
        if (f.identityType === undefined || !(0, unknown_1.isKnown)(f.identityType))
            return out;
        if (!exports.IDENTITY_TYPES.includes(f.identityType)) {
            out.push({ attribute: 'identity.type', message: `identity type ${(0, rule_1.show)(f.identityType)} is not one azurerm accepts`, value: (0, rule_1.show)(f.identityType), allowed: [...exports.IDENTITY_TYPES], fix: 'use one of the allowed identity types' });
        }
        else if (f.identityType === 'SystemAssigned' && (0, unknown_1.isKnown)(f.identityIdCount) && (f.identityIdCount ?? 0) > 0) {
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
/** Pairs of placement attributes azurerm refuses together (ConflictsWith), with the props that write them. */
const CONFLICTS = [
    ['availabilitySetId', 'availability_set_id', 'zone', 'zone'],
    ['availabilitySetId', 'availability_set_id', 'capacityReservationGroupId', 'capacity_reservation_group_id'],
    ['availabilitySetId', 'availability_set_id', 'virtualMachineScaleSetId', 'virtual_machine_scale_set_id'],
    ['capacityReservationGroupId', 'capacity_reservation_group_id', 'proximityPlacementGroupId', 'proximity_placement_group_id'],
];
exports.WIN_PLACEMENT = {
    id: 'WIN-PLACEMENT',
    severity: 'error',
    title: 'no availability set with a zone, capacity reservation or scale set, and no capacity reservation with a proximity placement group',
    source: sources_1.SOURCES.azurermPlacement,
    doc: 'azurerm declares these attributes in conflict and refuses the configuration at plan when both are written, whatever their values (a value known only at apply counts as written).',
    check: (f) => CONFLICTS.filter(([a, , b]) => f[a] !== undefined && f[b] !== undefined).map(([, a, , b]) => ({
        attribute: a,
        message: `${a} and ${b} are both set, which azurerm refuses together`,
        fix: `keep one of ${a} and ${b}`,
    })),
};
/** The licence, identity and placement rules of a Windows VM. */
exports.VM_SETTINGS_RULES = [exports.WIN_LICENSE_TYPE, exports.WIN_IDENTITY, exports.WIN_PLACEMENT];
