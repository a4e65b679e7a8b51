import fc from 'fast-check';
import { TerraformStack } from 'cdktf';
import { SmbOverQuic, SmbOverQuicCertificate, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from 'azure-guardrails-cdktf';
import { SmbOverQuicSettings, smbOverQuicSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { MODEL_IMAGES, MODEL_SKUS } from '../../model/azure-edition-facts';
import { expectedSmbErrors } from '../../model/smb-model';
import { baseProps } from '../../support/base-props';
import { KEY_VAULT_ID } from '../../support/build-smb-xnet';
import { refusedRuleIds } from '../../support/refusals';
import { configureSeed, runs } from '../../support/seed';

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
  const smbImages = MODEL_SKUS.filter((sku) => MODEL_IMAGES[sku].smbOverQuic);

  test('valid-only settings are valid by the model on every image that supports SMB over QUIC, and synthesize', () => {
    fc.assert(
      fc.property(fc.constantFrom(...smbImages), smbOverQuicSettings({ validOnly: true }), (sku, s) => {
        expect(modelErrors(sku, s)).toEqual([]);
        expect(refusedRuleIds(build(sku, s))).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  test('over the whole space, the library refuses exactly what the model refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...smbImages), smbOverQuicSettings(), (sku, s) => {
        const expected = modelErrors(sku, s);
        if (expected.length > 0) refused++;
        expect(refusedRuleIds(build(sku, s))).toEqual(expected);
      }),
      { numRuns: runs(600) },
    );
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(runs(600));
  });
});
