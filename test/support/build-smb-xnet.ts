import { warningIdsUnder } from './annotations';
import { DataAzurermKeyVault } from '@cdktf/provider-azurerm/lib/data-azurerm-key-vault';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureExtendedNetwork, SmbOverQuic, SmbOverQuicCertificate, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../constructs';
import { XnetConfig } from '../model/extended-network-model';
import { SmbConfig } from '../model/smb-model';
import { NIC_ID } from './build-vm';

export const KEY_VAULT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/kv1';
const AUTOMANAGE_PROFILE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Automanage/configurationProfiles/prod';
export const EXISTING_SECRET_ID = 'https://kv1.vault.azure.net/secrets/files/0123456789abcdef';
const CUSTOM_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/img/providers/Microsoft.Compute/images/golden';

function image(sku: string) {
  return sku === 'custom' ? WindowsServerAzureEditionImage.fromImageId(CUSTOM_IMAGE) : WindowsServerAzureEditionImage.fromSku(sku);
}

function password(stack: TerraformStack): string {
  return new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
}

export interface Built {
  readonly error?: unknown;
  readonly json?: any;
  readonly stack?: TerraformStack;
}

export function buildSmb(c: SmbConfig): Built {
  const stack = new TerraformStack(new App(), 'test');
  const keyVaultId =
    c.vault === 'enabled' || c.vault === 'disabled'
      ? new KeyVault(stack, 'kv', { name: 'kv-files', location: 'westeurope', resourceGroupName: 'rg', skuName: 'standard', tenantId: '00000000-0000-0000-0000-000000000000', ...(c.vault === 'enabled' ? { enabledForDeployment: true } : {}) }).id
      : c.vault === 'data'
        ? new DataAzurermKeyVault(stack, 'kv', { name: 'kv-files', resourceGroupName: 'rg' }).id
        : KEY_VAULT_ID;
  const vm = new WindowsServerAzureEditionVm(stack, 'files', {
    name: 'files-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    size: 'Standard_D4s_v5',
    image: image(c.sku),
    adminUsername: 'filesadmin',
    adminPassword: password(stack),
    networkInterfaceIds: [NIC_ID],
    ...(c.automanage ? { automanage: { configurationId: AUTOMANAGE_PROFILE } } : {}),
  });
  try {
    const thumbprint = new TerraformVariable(stack, 'thumbprint', { type: 'string' }).stringValue;
    new SmbOverQuic(stack, 'quic', {
      vm,
      serverNames: c.serverNames,
      certificate:
        c.certificate.kind === 'existing'
          ? SmbOverQuicCertificate.fromKeyVault({ keyVaultId, secretId: EXISTING_SECRET_ID, thumbprint })
          : SmbOverQuicCertificate.create({ keyVaultId, name: 'files-quic', ...(c.certificate as any), kind: undefined }),
      networkSecurityGroup: { name: 'nsg-files', resourceGroupName: 'rg' },
      allowedSourceAddressPrefixes: c.sources,
      ...(c.clientAccessControl ? { clientAccessControl: { allowedClientCertificateSha256: c.clientAccessControl.allowed } } : {}),
      ...(c.kdcProxy !== undefined ? { kdcProxy: c.kdcProxy } : {}),
      ...(c.wacPort !== undefined ? { windowsAdminCenterGatewayPort: c.wacPort } : {}),
    });
    return { json: JSON.parse(Testing.synth(stack)), stack };
  } catch (error) {
    return { error };
  }
}

export function buildXnet(c: XnetConfig): Built {
  const stack = new TerraformStack(new App(), 'test');
  try {
    new AzureExtendedNetwork(stack, 'xnet', {
      name: 'xnet-azure-01',
      resourceGroupName: 'rg',
      location: 'westeurope',
      size: c.size,
      image: image(c.sku),
      adminUsername: 'xnetadmin',
      adminPassword: password(stack),
      routableSubnet: { id: c.routable.id, name: c.routable.name, addressPrefix: c.routable.prefix },
      extendedSubnet: { id: c.extended.id, name: c.extended.name, addressPrefix: c.extended.prefix },
      onPremisesSubnetPrefix: c.onPremPrefix,
      onPremisesApplianceAddress: c.applianceAddress,
      virtualNetworkGateway: { name: 'vpngw', resourceGroupName: 'rg' },
      ...(c.vxlanPort !== undefined ? { vxlanPort: c.vxlanPort } : {}),
      extendedAddresses: c.extendedAddresses,
    });
    return { json: JSON.parse(Testing.synth(stack)), stack };
  } catch (error) {
    return { error };
  }
}

/** Warning rule ids under a construct tree, sorted. */
export function warningIds(stack: TerraformStack): string[] {
  return warningIdsUnder(stack).sort();
}
