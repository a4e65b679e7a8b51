import fc from 'fast-check';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { AzureExtendedNetwork } from 'azure-guardrails-cdktf';
import { AzureExtendedNetworkSettings, azureExtendedNetworkSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { expectedXnetErrors } from '../../model/extended-network-model';
import { refusedRuleIds } from '../../support/refusals';
import { configureSeed, runs } from '../../support/seed';

configureSeed('extended-network-arbitraries');

const build = (s: AzureExtendedNetworkSettings) => (stack: TerraformStack) => {
  new AzureExtendedNetwork(stack, 'xnet', {
    name: 'xnet-azure-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    adminUsername: 'xnetadmin',
    adminPassword: new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
    virtualNetworkGateway: { name: 'vpngw', resourceGroupName: 'rg' },
    ...s,
  });
};

const modelErrors = (s: AzureExtendedNetworkSettings) =>
  expectedXnetErrors({
    sku: s.image.reference?.sku ?? 'custom',
    size: s.size,
    routable: { id: s.routableSubnet.id, name: s.routableSubnet.name, prefix: s.routableSubnet.addressPrefix },
    extended: { id: s.extendedSubnet.id, name: s.extendedSubnet.name, prefix: s.extendedSubnet.addressPrefix },
    onPremPrefix: s.onPremisesSubnetPrefix,
    applianceAddress: s.onPremisesApplianceAddress,
    ...(s.vxlanPort !== undefined ? { vxlanPort: s.vxlanPort } : {}),
    extendedAddresses: s.extendedAddresses ?? [],
  });

describe('azureExtendedNetworkSettings', () => {
  test('valid-only settings are valid by the model, and synthesize', () => {
    fc.assert(
      fc.property(azureExtendedNetworkSettings({ validOnly: true }), (s) => {
        expect(modelErrors(s)).toEqual([]);
        expect(refusedRuleIds(build(s))).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  test('over the whole space, the library refuses exactly what the model refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(azureExtendedNetworkSettings(), (s) => {
        const expected = modelErrors(s);
        if (expected.length > 0) refused++;
        expect(refusedRuleIds(build(s))).toEqual(expected);
      }),
      { numRuns: runs(600) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs(600));
  });
});
