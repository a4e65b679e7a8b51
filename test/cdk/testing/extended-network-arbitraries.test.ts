import { TerraformStack, TerraformVariable } from 'cdktf';
import { AzureExtendedNetwork } from 'azure-guardrails-cdktf';
import { AzureExtendedNetworkSettings, azureExtendedNetworkSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { expectedXnetErrors } from '../../model/extended-network-model';
import { refusedRuleIds } from '../../support/refusals';
import { agreesWithModel } from '../../support/arbitrary-agreement';
import { configureSeed } from '../../support/seed';

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
  agreesWithModel(azureExtendedNetworkSettings, (s) => refusedRuleIds(build(s)), modelErrors, { validOnly: 300, whole: 600 });
});
