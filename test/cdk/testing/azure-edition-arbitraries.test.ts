import { App, TerraformStack, Testing } from 'cdktf';
import { ValidationError, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { AzureEditionVmSettings, azureEditionVmSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { expectedErrors } from '../../model/windows-vm-model';
import { VmConfig } from '../../model/windows-vm-config';
import { baseProps } from '../../support/base-props';
import { agreesWithModel } from '../../support/arbitrary-agreement';
import { configureSeed } from '../../support/seed';

configureSeed('azure-edition-arbitraries');

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
    ...(s.licenseType !== undefined ? { licenseType: s.licenseType } : {}),
    ...(s.identity !== undefined ? { identity: { type: s.identity.type, ids: s.identity.identityIds?.length ?? 0 } } : {}),
    placement: { zone: s.zone !== undefined, availabilitySet: s.availabilitySetId !== undefined },
    ...(s.userData !== undefined ? { userData: { kind: s.userData.kind, value: s.userData.value } } : {}),
    ...(s.dataDisks !== undefined ? { dataDisks: s.dataDisks.map((d) => ({ lun: d.lun, caching: d.caching, type: d.storageAccountType })) } : {}),
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
  agreesWithModel(azureEditionVmSettings, refusedWith, (s) => expectedErrors(modelConfig(s)), { validOnly: 1_000, whole: 2_000 });
});
