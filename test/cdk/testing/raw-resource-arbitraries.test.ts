import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { OrchestratedVirtualMachineScaleSet } from '@cdktf/provider-azurerm/lib/orchestrated-virtual-machine-scale-set';
import { WindowsVirtualMachine } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import {
  FlexibleScaleSetSettings,
  flexibleScaleSetSettings,
  NetworkSecurityRuleSettings,
  networkSecurityRuleSettings,
  WindowsVirtualMachineSettings,
  windowsVirtualMachineSettings,
} from 'azure-guardrails-cdktf/testing/arbitraries';
import { expectedNsgErrors } from '../../model/nsg-model';
import { expectedFlexibleScaleSetErrors } from '../../model/scale-set-model';
import { expectedErrors } from '../../model/windows-vm-model';
import { VmConfig } from '../../model/windows-vm-config';
import { agreesWithModel } from '../../support/arbitrary-agreement';
import { configureSeed } from '../../support/seed';

configureSeed('raw-resource-arbitraries');

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

  agreesWithModel(windowsVirtualMachineSettings, rawErrors, (s) => rawRules(expectedErrors(rawModelConfig(s))), { validOnly: 500, whole: 1_000 });
});

describe('networkSecurityRuleSettings', () => {
  const errorsOfRule = (s: NetworkSecurityRuleSettings) => {
    const stack = new TerraformStack(new App(), 'test');
    new NetworkSecurityRule(stack, 'rule', { name: 'rule', resourceGroupName: 'rg', networkSecurityGroupName: 'nsg', priority: 200, ...s });
    return [...new Set(checkStack(stack).errors.map((f) => f.ruleId))].sort();
  };

  agreesWithModel(networkSecurityRuleSettings, errorsOfRule, expectedNsgErrors, { validOnly: 500, whole: 1_000 });
});

describe('flexibleScaleSetSettings', () => {
  const errorsOfScaleSet = (s: FlexibleScaleSetSettings) => {
    const stack = new TerraformStack(new App(), 'test');
    new OrchestratedVirtualMachineScaleSet(stack, 'vmss', {
      name: 'vmss-web',
      resourceGroupName: 'rg',
      location: 'westeurope',
      platformFaultDomainCount: 1,
      skuName: s.skuName,
      instances: 2,
      sourceImageReference: s.sourceImageReference,
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
      osProfile: {
        windowsConfiguration: {
          adminUsername: 'fleetadmin',
          adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue,
          ...s.windowsConfiguration,
        },
      },
      extension: s.extensionTypes.map((type) => ({ name: type, publisher: type.startsWith('ApplicationHealth') ? 'Microsoft.ManagedServices' : 'Microsoft.Compute', type, typeHandlerVersion: '1.0' })),
    });
    return [...new Set(checkStack(stack).errors.map((f) => f.ruleId))].sort();
  };
  const model = (s: FlexibleScaleSetSettings) =>
    expectedFlexibleScaleSetErrors({
      size: s.skuName,
      image: s.sourceImageReference,
      computerNamePrefix: s.windowsConfiguration.computerNamePrefix,
      patchMode: s.windowsConfiguration.patchMode,
      hotpatching: s.windowsConfiguration.hotpatchingEnabled,
      provisionVmAgent: s.windowsConfiguration.provisionVmAgent,
      automaticUpdates: s.windowsConfiguration.enableAutomaticUpdates,
      extensionTypes: s.extensionTypes,
    });

  agreesWithModel(flexibleScaleSetSettings, errorsOfScaleSet, model, { validOnly: 500, whole: 1_000 });
});
