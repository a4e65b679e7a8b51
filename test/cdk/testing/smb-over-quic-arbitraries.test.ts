import fc from 'fast-check';
import { TerraformStack } from 'cdktf';
import { SmbOverQuic, SmbOverQuicCertificate, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { SmbOverQuicSettings, smbOverQuicSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { MODEL_IMAGES, MODEL_SKUS } from '../../model/azure-edition-facts';
import { expectedSmbErrors } from '../../model/smb-model';
import { baseProps } from '../../support/base-props';
import { KEY_VAULT_ID } from '../../support/build-smb-xnet';
import { refusedRuleIds } from '../../support/refusals';
import { agreesWithModel } from '../../support/arbitrary-agreement';
import { configureSeed } from '../../support/seed';

configureSeed('smb-over-quic-arbitraries');

/** A file server on the image, with SMB over QUIC from the settings spread over the props, as a user's factory does. */
const build = (sku: string, s: SmbOverQuicSettings) => (stack: TerraformStack) => {
  const vm = new WindowsServerAzureEditionVm(stack, 'files', { ...baseProps(stack), size: 'Standard_D4s_v5', image: WindowsServerAzureEditionImage.fromSku(sku) });
  const { newCertificate, ...settings } = s;
  new SmbOverQuic(stack, 'quic', {
    vm,
    certificate: SmbOverQuicCertificate.create({ keyVaultId: KEY_VAULT_ID, name: 'files-quic', ...newCertificate }),
    networkSecurityGroup: { name: 'nsg-files', resourceGroupName: 'rg' },
    ...settings,
  });
};

const modelErrors = (sku: string, s: SmbOverQuicSettings) =>
  expectedSmbErrors({
    sku,
    serverNames: s.serverNames,
    certificate: { kind: 'new', ...(s.newCertificate as { keyType: string }) },
    ...(s.clientAccessControl ? { clientAccessControl: { allowed: s.clientAccessControl.allowedClientCertificateSha256 ?? [] } } : {}),
    sources: s.allowedSourceAddressPrefixes,
    ...(s.kdcProxy !== undefined ? { kdcProxy: s.kdcProxy } : {}),
    ...(s.windowsAdminCenterGatewayPort !== undefined ? { wacPort: s.windowsAdminCenterGatewayPort } : {}),
  });

describe('smbOverQuicSettings', () => {
  // SMB over QUIC runs on the images that support it; client access control needs a 2025 one
  const smbImages = MODEL_SKUS.filter((sku) => MODEL_IMAGES[sku].smbOverQuic);
  const onImages = (options?: { validOnly?: boolean }) => fc.tuple(fc.constantFrom(...smbImages), smbOverQuicSettings(options));
  agreesWithModel(onImages, ([sku, s]) => refusedRuleIds(build(sku, s)), ([sku, s]) => modelErrors(sku, s), { validOnly: 300, whole: 600 });
});
