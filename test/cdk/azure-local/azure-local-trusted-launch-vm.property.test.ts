import { test } from '@fast-check/jest';
import { ValidationError } from '../../../constructs';
import { MODEL_DEFAULT_POLICY, modelSupports } from '../../model/azure-local-facts';
import { expectedTlErrors, expectedTlMemoryWarnings, TlVmConfig } from '../../model/azure-local-model';
import { buildTlVm, EXISTING_IMAGE } from '../../support/build-tl-vm';
import { PLANTED_LITERAL_PASSWORD } from '../../support/build-vm';
import { configureSeed, runs } from '../../support/seed';
import { allStrings, resourcesOfType } from '../../support/terraform-json';
import { tlVmConfig } from '../../support/azure-local-arbitraries';

configureSeed('azure-local-vm.property');

/** `${azurerm_x.name.id}` → the resource `name` of type `azurerm_x` in the same JSON. */
function referenced(json: any, expression: string): any {
  const m = /^\$\{([a-z_]+)\.([^.}]+)\.id\}$/.exec(expression);
  return m ? json.resource?.[m[1]]?.[m[2]] : undefined;
}

function checkInvariants(json: any, c: TlVmConfig): void {
  const instances = resourcesOfType(json, 'azapi_resource').filter((r) => String(r.type).startsWith('Microsoft.AzureStackHCI/virtualMachineInstances@'));
  expect(instances).toHaveLength(1);
  for (const vm of instances) {
    expect(vm.name).toBe('default');
    expect(vm.body.extendedLocation.type).toBe('CustomLocation');
    expect(vm.body.properties.securityProfile).toEqual({ securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } });
    const arc = referenced(json, vm.parent_id);
    expect(arc).toBeDefined();
    expect([arc.kind, arc.identity.type]).toEqual(['HCI', 'SystemAssigned']);
    const imageId = vm.body.properties.storageProfile.imageReference.id;
    const policy = c.policy ?? MODEL_DEFAULT_POLICY;
    if (imageId === EXISTING_IMAGE) {
      expect(c.image.kind === 'existing' && c.image.generation === 'V2' && modelSupports(policy, c.image.ref)).toBe(true);
    } else {
      const gallery = referenced(json, imageId);
      expect(gallery).toBeDefined();
      expect(gallery.hyperv_generation).toBe('V2');
      expect(modelSupports(policy, { ...gallery.identifier, version: gallery.version })).toBe(true);
    }
    expect(JSON.stringify(vm.body)).not.toContain('adminPassword');
    expect(String(vm.sensitive_body.properties.osProfile.adminPassword)).toMatch(/^\$\{var\./);
    expect(vm.body.properties.storageProfile.dataDisks?.length ?? 0).toBe(c.dataDisks);
    expect(vm.body.properties.networkProfile.networkInterfaces).toHaveLength(Math.max(1, c.ips?.length ?? 1));
    expect(vm.body.properties.hardwareProfile.dynamicMemoryConfig?.minimumMemoryMB).toBe(c.dynamicMemory?.min);
  }
  expect(allStrings(json).some((s) => s.includes(PLANTED_LITERAL_PASSWORD))).toBe(false);
}

describe('AzureLocalTrustedLaunchVm over generated configurations', () => {
  test.prop([tlVmConfig], { numRuns: runs(5_000) })('synthesizes exactly the configurations the model says are valid, and refuses the others with the rule ids the model names', (c) => {
    const expected = expectedTlErrors(c);
    const result = buildTlVm(c);
    if (expected.length === 0) {
      if (result.error) throw result.error;
      checkInvariants(result.json, c);
      expect(result.memoryWarnings).toEqual(expectedTlMemoryWarnings(c));
    } else {
      expect(result.error).toBeInstanceOf(ValidationError);
      expect((result.error as ValidationError).ruleIds).toEqual(expected);
      expect((result.error as Error).message).not.toContain(PLANTED_LITERAL_PASSWORD);
    }
  });
});
