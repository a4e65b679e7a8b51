import { Unknown } from '../../constructs/rules';
import { preconditions } from '../../constructs/core/rule';
import { VM_SETTINGS_RULES, VmSettingsFacts } from '../../constructs/windows/vm-settings-rules';
import { evaluateWellFormed } from '../support/finding-contract';
import { NON_NULL_STRING_EXPRESSIONS as STRING_EXPRESSIONS, STRING_EXPRESSIONS as FULL_STRING_EXPRESSIONS } from '../rules/string-expressions';

const ids = (f: VmSettingsFacts) => evaluateWellFormed(VM_SETTINGS_RULES, f, 'vm').map((v) => `${v.ruleId} ${v.attribute}`);

describe('licence, identity and placement of a Windows VM', () => {
  test('no setting, or every setting azurerm accepts, passes', () => {
    expect(ids({})).toEqual([]);
    for (const licenseType of ['None', 'Windows_Client', 'Windows_Server']) expect(ids({ licenseType })).toEqual([]);
    for (const identityType of ['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned']) expect(ids({ identityType, identityIdCount: identityType === 'SystemAssigned' ? 0 : 2 })).toEqual([]);
    expect(ids({ zone: '1', proximityPlacementGroupId: 'ppg' })).toEqual([]);
    expect(ids({ availabilitySetId: 'as', proximityPlacementGroupId: 'ppg' })).toEqual([]);
    expect(ids({ zone: '2', capacityReservationGroupId: 'crg' })).toEqual([]);
  });

  test('fails a license type azurerm refuses, in another case too, with the allowed values', () => {
    const [v] = evaluateWellFormed(VM_SETTINGS_RULES, { licenseType: 'windows_server' }, 'vm');
    expect([v.ruleId, v.attribute, v.message, v.allowed]).toEqual(['WIN-LICENSE-TYPE', 'license_type', "license type 'windows_server' is not one azurerm accepts", ['None', 'Windows_Client', 'Windows_Server']]);
    expect(ids({ licenseType: 'AHUB' })).toEqual(['WIN-LICENSE-TYPE license_type']);
    expect(ids({ licenseType: '' })).toEqual(['WIN-LICENSE-TYPE license_type']);
  });

  test('a license type known at apply becomes a precondition', () => {
    expect(ids({ licenseType: new Unknown('var.license') })).toEqual([]);
    expect(preconditions(VM_SETTINGS_RULES, { licenseType: new Unknown('var.license') }, STRING_EXPRESSIONS).map((p) => p.condition)).toEqual(['(false || contains([None,Windows_Client,Windows_Server], var.license))']);
  });

  test('fails identity ids with a system-assigned identity alone, and an identity type azurerm refuses', () => {
    const [v] = evaluateWellFormed(VM_SETTINGS_RULES, { identityType: 'SystemAssigned', identityIdCount: 1 }, 'vm');
    expect([v.ruleId, v.attribute, v.message]).toEqual(['WIN-IDENTITY', 'identity.identity_ids', "1 identity id(s) are given with identity type 'SystemAssigned', which takes none"]);
    expect(ids({ identityType: 'systemassigned' })).toEqual(['WIN-IDENTITY identity.type']);
    expect(ids({ identityType: 'SystemAssigned,UserAssigned', identityIdCount: 1 })).toEqual(['WIN-IDENTITY identity.type']);
    expect(ids({ identityType: 'SystemAssigned', identityIdCount: new Unknown('var.ids') })).toEqual([]);
  });

  test('fails each pair of placement attributes azurerm refuses together, both set at synth', () => {
    expect(ids({ availabilitySetId: 'as', zone: '1' })).toEqual(['WIN-PLACEMENT availability_set_id']);
    expect(ids({ availabilitySetId: 'as', capacityReservationGroupId: 'crg' })).toEqual(['WIN-PLACEMENT availability_set_id']);
    expect(ids({ availabilitySetId: 'as', virtualMachineScaleSetId: 'vmss' })).toEqual(['WIN-PLACEMENT availability_set_id']);
    expect(ids({ capacityReservationGroupId: 'crg', proximityPlacementGroupId: 'ppg' })).toEqual(['WIN-PLACEMENT capacity_reservation_group_id']);
    const [v] = evaluateWellFormed(VM_SETTINGS_RULES, { availabilitySetId: 'as', zone: '1' }, 'vm');
    expect([v.message, v.fix]).toEqual(['availability_set_id and zone are both set, which azurerm refuses together', 'keep one of availability_set_id and zone']);
  });

  test('a pair with an expression on either side, which may resolve to null, is a precondition that one of them is null', () => {
    // an Azure Verified Module writes availability_set_id = var.availability_set_resource_id next to zone = var.zone, both null by default
    const modulePair: VmSettingsFacts = { availabilitySetId: new Unknown('var.availability_set_resource_id'), zone: new Unknown('var.zone') };
    expect(ids(modulePair)).toEqual([]);
    expect(ids({ availabilitySetId: new Unknown('azurerm_availability_set.as.id'), zone: '1' })).toEqual([]);
    expect(preconditions(VM_SETTINGS_RULES, modulePair, FULL_STRING_EXPRESSIONS).map((p) => [p.errorMessage.slice(0, 15), p.condition])).toEqual([
      ['[WIN-PLACEMENT]', '((var.availability_set_resource_id == null ? true : false) || (var.zone == null ? true : false))'],
    ]);
  });

  test('names both attributes of each refused pair, in Terraform terms', () => {
    const pairs: [VmSettingsFacts, string][] = [
      [{ availabilitySetId: 'as', zone: '1' }, 'availability_set_id and zone'],
      [{ availabilitySetId: 'as', capacityReservationGroupId: 'crg' }, 'availability_set_id and capacity_reservation_group_id'],
      [{ availabilitySetId: 'as', virtualMachineScaleSetId: 'vmss' }, 'availability_set_id and virtual_machine_scale_set_id'],
      [{ capacityReservationGroupId: 'crg', proximityPlacementGroupId: 'ppg' }, 'capacity_reservation_group_id and proximity_placement_group_id'],
    ];
    for (const [facts, both] of pairs) {
      const [v] = evaluateWellFormed(VM_SETTINGS_RULES, facts, 'vm');
      expect([v.message, v.fix]).toEqual([`${both} are both set, which azurerm refuses together`, `keep one of ${both}`]);
    }
  });

  test('tells a construct user the fix in props', () => {
    const [license] = evaluateWellFormed(VM_SETTINGS_RULES, { licenseType: 'AHUB' }, 'vm');
    expect([license.fix, license.constructFix]).toEqual(["use 'Windows_Server' for Azure Hybrid Benefit, or leave license_type out", "set licenseType: 'Windows_Server' for Azure Hybrid Benefit, or leave it out"]);
    const [identity] = evaluateWellFormed(VM_SETTINGS_RULES, { identityType: 'SystemAssigned', identityIdCount: 2 }, 'vm');
    expect([identity.fix, identity.constructFix]).toEqual(["use type 'SystemAssigned, UserAssigned' to add user-assigned identities, or remove identity_ids", "use type 'SystemAssigned, UserAssigned' to add user-assigned identities, or remove identityIds"]);
  });

  test('an identity type known at apply becomes a precondition; unset settings need none', () => {
    expect(ids({ identityType: new Unknown('var.identity_type') })).toEqual([]);
    expect(preconditions(VM_SETTINGS_RULES, { identityType: new Unknown('var.identity_type') }, STRING_EXPRESSIONS).map((p) => p.condition)).toEqual(['(false || contains([SystemAssigned,UserAssigned,SystemAssigned, UserAssigned], var.identity_type))']);
    expect(preconditions(VM_SETTINGS_RULES, { zone: new Unknown('var.zone') }, STRING_EXPRESSIONS)).toEqual([]);
  });
});

