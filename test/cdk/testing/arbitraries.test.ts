import fc from 'fast-check';
import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ValidationError, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import { AzureEditionVmSettings, azureEditionVmSettings, azureLocalVmSettings, WindowsVirtualMachineSettings, windowsVirtualMachineSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { expectedErrors } from '../../model/windows-vm-model';
import { VmConfig } from '../../model/windows-vm-config';
import { baseProps } from '../../support/base-props';
import { configureSeed, runs } from '../../support/seed';

configureSeed('arbitraries');

/** The settings as the independent model reads a configuration. */
function modelConfig(s: AzureEditionVmSettings): VmConfig {
  const ref = s.image.reference;
  return {
    image: ref ? { kind: 'marketplace', publisher: ref.publisher, offer: ref.offer, sku: ref.sku } : { kind: 'custom', imageId: s.image.imageId! },
    size: s.size,
    name: s.name,
    adminUsername: s.adminUsername,
    passwordLiteral: false,
    ...(s.computerName !== undefined ? { computerName: { kind: 'literal' as const, value: s.computerName } } : {}),
    ...(s.hotpatch !== undefined ? { hotpatch: s.hotpatch } : {}),
    ...(s.patchMode !== undefined ? { patchMode: s.patchMode } : {}),
    ...(s.patchAssessmentMode !== undefined ? { patchAssessmentMode: s.patchAssessmentMode } : {}),
    ...(s.rebootSetting !== undefined ? { rebootSetting: s.rebootSetting } : {}),
    ...(s.bypassPlatformSafetyChecksOnUserSchedule !== undefined ? { bypass: s.bypassPlatformSafetyChecksOnUserSchedule } : {}),
    ...(s.provisionVmAgent !== undefined ? { provisionVmAgent: s.provisionVmAgent } : {}),
    ...(s.automaticUpdates !== undefined ? { automaticUpdates: s.automaticUpdates } : {}),
    ...(s.secureBoot !== undefined ? { secureBoot: s.secureBoot } : {}),
    ...(s.vtpm !== undefined ? { vtpm: s.vtpm } : {}),
  };
}

/** The rule ids the library refuses the settings with, from one synth. */
function refusedWith(s: AzureEditionVmSettings): string[] {
  const stack = new TerraformStack(new App(), 'test');
  new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), ...s });
  try {
    Testing.synth(stack);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.ruleIds;
  }
}

describe('azureEditionVmSettings', () => {
  test('valid-only settings are valid by the model of the facts, and synthesize', () => {
    fc.assert(
      fc.property(azureEditionVmSettings({ validOnly: true }), (s) => {
        expect(expectedErrors(modelConfig(s))).toEqual([]);
        expect(refusedWith(s)).toEqual([]);
      }),
      { numRuns: runs(1_000) },
    );
  });

  test('the whole input space reaches refusals and valid settings, and the library refuses exactly what the model refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(azureEditionVmSettings(), (s) => {
        const expected = expectedErrors(modelConfig(s));
        if (expected.length > 0) refused++;
        expect(refusedWith(s)).toEqual(expected);
      }),
      { numRuns: runs(2_000) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs(2_000));
  });
});

describe('azureLocalVmSettings', () => {
  test('valid-only settings keep trusted launch, the whole space switches it off sometimes', () => {
    const valid = fc.sample(azureLocalVmSettings({ validOnly: true }), { numRuns: 200, seed: 1 });
    expect(valid.every((s) => (s.securityType ?? 'TrustedLaunch') === 'TrustedLaunch' && s.secureBoot !== (false as never) && s.guestAttestation !== (true as never))).toBe(true);
    const all = fc.sample(azureLocalVmSettings(), { numRuns: 500, seed: 1 });
    expect(all.some((s) => s.secureBoot === (false as never))).toBe(true);
    expect(all.some((s) => s.securityType !== undefined && s.securityType !== 'TrustedLaunch')).toBe(true);
  });
});

describe('windowsVirtualMachineSettings', () => {
  const rawModelConfig = (s: WindowsVirtualMachineSettings): VmConfig => ({
    image: { kind: 'marketplace', ...s.sourceImageReference },
    size: s.size,
    name: 'vm01',
    computerName: { kind: 'literal', value: s.computerName },
    adminUsername: s.adminUsername,
    passwordLiteral: false,
    patchMode: s.patchMode,
    patchAssessmentMode: s.patchAssessmentMode,
    hotpatch: s.hotpatchingEnabled,
    provisionVmAgent: s.provisionVmAgent,
    allowExtensionOperations: s.allowExtensionOperations,
    automaticUpdates: s.automaticUpdatesEnabled,
    bypass: s.bypassPlatformSafetyChecksOnUserScheduleEnabled,
    secureBoot: s.secureBootEnabled,
    vtpm: s.vtpmEnabled,
  });
  /** The errors of a raw VM, as the guardrails see the stack. */
  const rawErrors = (s: WindowsVirtualMachineSettings): string[] => {
    const stack = new TerraformStack(new App(), 'test');
    new WindowsVirtualMachine(stack, 'vm', {
      name: 'vm01', resourceGroupName: 'rg', location: 'westeurope', networkInterfaceIds: ['nic'],
      adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue,
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
      ...s,
    });
    return [...new Set(checkStack(stack).errors.map((f) => f.ruleId))].sort();
  };
  // the Azure Edition rules (WSAE-*) belong to the construct: a raw VM may run any Windows Server image
  const rawRules = (ids: string[]) => ids.filter((id) => id.startsWith('WIN-'));

  test('valid-only settings are valid by the model of the facts, and the guardrails find no error in the raw VM', () => {
    fc.assert(
      fc.property(windowsVirtualMachineSettings({ validOnly: true }), (s) => {
        expect(expectedErrors(rawModelConfig(s))).toEqual([]);
        expect(rawErrors(s)).toEqual([]);
      }),
      { numRuns: runs(500) },
    );
  });

  test('over the whole space, the guardrails refuse a raw VM with exactly the rules the model names', () => {
    fc.assert(
      fc.property(windowsVirtualMachineSettings(), (s) => {
        expect(rawErrors(s)).toEqual(rawRules(expectedErrors(rawModelConfig(s))));
      }),
      { numRuns: runs(1_000) },
    );
  });
});
