import { TerraformStack, TerraformVariable } from 'cdktf';
import { AzapiResource, AzureLocalMarketplaceImage, AzureLocalTrustedLaunchVm, AzureLocalVmImage } from 'azure-guardrails-cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import {
  AzureLocalMarketplaceImageSettings,
  azureLocalMarketplaceImageSettings,
  AzureLocalVmInstanceSecuritySettings,
  azureLocalVmInstanceSecuritySettings,
  AzureLocalVmSettings,
  azureLocalVmSettings,
} from 'azure-guardrails-cdktf/testing/arbitraries';
import { modelGalleryImageNameValid, SEED_IMAGES } from '../../model/azure-local-facts';
import { expectedTlErrors, expectedVmInstanceErrors } from '../../model/azure-local-model';
import { CUSTOM_LOCATION, EXISTING_IMAGE, LOGICAL_NETWORK } from '../../support/build-tl-vm';
import { newStack } from '../../support/base-props';
import { refusedRuleIds } from '../../support/refusals';
import { agreesWithModel } from '../../support/arbitrary-agreement';
import { configureSeed } from '../../support/seed';

configureSeed('azure-local-arbitraries');

const common = { resourceGroupName: 'rg-hci', location: 'westeurope' };
const password = (stack: TerraformStack) => new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
const vmProps = (stack: TerraformStack, image: AzureLocalVmImage) => ({ ...common, name: 'tl-vm-01', customLocationId: CUSTOM_LOCATION, image, logicalNetworkId: LOGICAL_NETWORK, adminUsername: 'localadmin', adminPassword: password(stack) });

describe('azureLocalVmSettings', () => {
  const [image] = SEED_IMAGES;
  agreesWithModel(
    azureLocalVmSettings,
    (s: AzureLocalVmSettings) =>
      refusedRuleIds((stack) => {
        new AzureLocalTrustedLaunchVm(stack, 'vm', { ...vmProps(stack, AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...image, hypervGeneration: 'V2' })), ...s });
      }),
    (s) =>
      expectedTlErrors({
        image: { kind: 'existing', ref: image, generation: 'V2' },
        name: s.name,
        ...(s.computerName !== undefined ? { computerName: { kind: 'literal' as const, value: s.computerName } } : {}),
        ...(s.securityType !== undefined ? { securityType: s.securityType } : {}),
        ...(s.secureBoot !== undefined ? { secureBoot: s.secureBoot } : {}),
        ...(s.vtpm !== undefined ? { vtpm: s.vtpm } : {}),
        ...(s.guestAttestation !== undefined ? { guestAttestation: s.guestAttestation } : {}),
        passwordLiteral: false,
        dataDisks: 0,
      }),
    { validOnly: 300, whole: 600 },
  );
});

describe('azureLocalMarketplaceImageSettings', () => {
  agreesWithModel(
    azureLocalMarketplaceImageSettings,
    (s: AzureLocalMarketplaceImageSettings) =>
      refusedRuleIds((stack) => {
        const gallery = new AzureLocalMarketplaceImage(stack, 'image', { ...common, customLocationId: CUSTOM_LOCATION, ...s });
        new AzureLocalTrustedLaunchVm(stack, 'vm', vmProps(stack, AzureLocalVmImage.fromMarketplaceImage(gallery)));
      }),
    (s) => {
      const ids = expectedTlErrors({ image: { kind: 'in-stack', ref: s, generation: s.hypervGeneration ?? 'V2' }, name: 'tl-vm-01', passwordLiteral: false, dataDisks: 0 });
      return modelGalleryImageNameValid(s.name) ? ids : [...ids, 'HCI-GALLERY-IMAGE'].sort();
    },
    { validOnly: 300, whole: 600 },
  );
});

describe('azureLocalVmInstanceSecuritySettings', () => {
  /** A raw azapi VM instance with the settings merged into its body, as a stack without the construct writes it. */
  const errorsOfRawInstance = (s: AzureLocalVmInstanceSecuritySettings) => {
    const stack = newStack();
    new AzapiResource(stack, 'vm', {
      type: 'Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01',
      name: 'default',
      parentId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hci/providers/Microsoft.HybridCompute/machines/tl-vm-01',
      body: {
        extendedLocation: { type: 'CustomLocation', name: CUSTOM_LOCATION },
        properties: {
          hardwareProfile: { vmSize: 'Custom', processors: 4, memoryMB: 8192 },
          osProfile: { adminUsername: 'localadmin', computerName: s.computerName, windowsConfiguration: { provisionVMAgent: true } },
          securityProfile: s.securityProfile,
          storageProfile: { imageReference: { id: EXISTING_IMAGE } },
        },
      },
      sensitiveBody: { properties: { osProfile: { adminPassword: password(stack) } } },
    });
    return [...new Set(checkStack(stack).errors.map((f) => f.ruleId))].sort();
  };
  agreesWithModel(azureLocalVmInstanceSecuritySettings, errorsOfRawInstance, (s) => expectedVmInstanceErrors(s.securityProfile, s.computerName), { validOnly: 300, whole: 600 });
});
