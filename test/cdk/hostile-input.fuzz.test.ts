import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AzureExtendedNetwork, AzureLocalMarketplaceImage, AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES, SmbOverQuic, SmbOverQuicCertificate, ValidationError, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../constructs';
import { hostileValue, mutate, mutation } from '../support/hostile';
import { configureSeed, runs } from '../support/seed';

configureSeed('hostile-input.fuzz');

type Target = {
  keys: string[][];
  build: (stack: TerraformStack) => Record<string, unknown>;
  create: (stack: TerraformStack, props: Record<string, unknown>) => void;
};

const password = (stack: TerraformStack) => new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
const token = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
const CL = '/subscriptions/0/resourceGroups/hci/providers/Microsoft.ExtendedLocation/customLocations/cl';

const wsaeBase = (stack: TerraformStack) => ({
  name: 'vm-01',
  resourceGroupName: 'rg',
  location: 'westeurope',
  size: 'Standard_D2s_v5',
  adminUsername: 'azureuser',
  adminPassword: password(stack),
  networkInterfaceIds: ['/subscriptions/0/nic'],
  image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
  osDisk: { caching: 'ReadWrite' },
  automanage: { configuration: { name: 'bp' } },
});

const TARGETS: Record<string, Target> = {
  WindowsServerAzureEditionVm: {
    keys: [...'name resourceGroupName location size adminUsername adminPassword networkInterfaceIds image computerName osDisk patchAssessmentMode rebootSetting allowExtensionOperations secureBoot vtpm encryptionAtHost zone timezone tags automanage hotpatch patchMode provisionVmAgent automaticUpdates bypassPlatformSafetyChecksOnUserSchedule'.split(' ').map((k) => [k]), ['osDisk', 'caching'], ['osDisk', 'diskSizeGb'], ['automanage', 'configuration'], ['automanage', 'configurationId'], ['automanage', 'configuration', 'name']],
    build: wsaeBase,
    create: (stack, props) => new WindowsServerAzureEditionVm(stack, 'vm', props as any),
  },
  AzureLocalTrustedLaunchVm: {
    keys: [...'name resourceGroupName location customLocationId image supportPolicy logicalNetworkId privateIpAddress dnsServers adminUsername adminPassword computerName processors memoryMb dataDisks storagePathId securityType secureBoot vtpm guestAttestation provisionVmAgent tags'.split(' ').map((k) => [k]), ['dataDisks', '0'], ['dataDisks', '0', 'sizeGb']],
    build: (stack) => ({
      name: 'tl-01',
      resourceGroupName: 'rg',
      location: 'westeurope',
      customLocationId: CL,
      image: AzureLocalVmImage.fromExistingMarketplaceImage('/subscriptions/0/img', { ...SEED_23H2_IMAGES[0], hypervGeneration: 'V2' }),
      logicalNetworkId: '/subscriptions/0/lnet',
      adminUsername: 'localadmin',
      adminPassword: password(stack),
      dataDisks: [{ name: 'd0', sizeGb: 8 }],
    }),
    create: (stack, props) => new AzureLocalTrustedLaunchVm(stack, 'vm', props as any),
  },
  AzureLocalMarketplaceImage: {
    keys: 'name resourceGroupName location customLocationId publisher offer sku version hypervGeneration osType storagePathId tags'.split(' ').map((k) => [k]),
    build: () => {
      const { publisher, offer, sku, version } = SEED_23H2_IMAGES[0];
      return { name: 'img', resourceGroupName: 'rg', location: 'westeurope', customLocationId: CL, publisher, offer, sku, version };
    },
    create: (stack, props) => new AzureLocalMarketplaceImage(stack, 'img', props as any),
  },
  SmbOverQuic: {
    keys: [...'vm serverNames certificate networkSecurityGroup allowedSourceAddressPrefixes destinationAddressPrefix priority clientAccessControl kdcProxy windowsAdminCenterGatewayPort'.split(' ').map((k) => [k]), ['networkSecurityGroup', 'name'], ['clientAccessControl', 'allowedClientCertificateSha256']],
    build: (stack) => ({
      vm: new WindowsServerAzureEditionVm(stack, 'files', { ...wsaeBase(stack), image: WindowsServerAzureEditionImage.DATACENTER_2025, automanage: undefined } as any),
      serverNames: ['files.contoso.com'],
      certificate: SmbOverQuicCertificate.create({ keyVaultId: token(stack, 'kv'), name: 'files' }),
      networkSecurityGroup: { name: 'nsg', resourceGroupName: 'rg' },
      allowedSourceAddressPrefixes: ['Internet'],
      clientAccessControl: { allowedClientCertificateSha256: ['a'.repeat(64)] },
    }),
    create: (stack, props) => new SmbOverQuic(stack, 'quic', props as any),
  },
  AzureExtendedNetwork: {
    keys: [...'name resourceGroupName location size image adminUsername adminPassword routableSubnet extendedSubnet onPremisesSubnetPrefix onPremisesApplianceAddress virtualNetworkGateway vxlanPort extendedAddresses priority tags'.split(' ').map((k) => [k]), ['routableSubnet', 'addressPrefix'], ['extendedSubnet', 'name'], ['virtualNetworkGateway', 'name']],
    build: (stack) => ({
      name: 'xnet-01',
      resourceGroupName: 'rg',
      location: 'westeurope',
      adminUsername: 'xnetadmin',
      adminPassword: password(stack),
      routableSubnet: { id: 'sn-r', name: 'snet-appliance', addressPrefix: '10.20.2.0/24' },
      extendedSubnet: { id: 'sn-e', name: 'snet-extended', addressPrefix: '10.10.1.0/24' },
      onPremisesSubnetPrefix: '10.10.1.0/24',
      onPremisesApplianceAddress: '192.168.50.10',
      virtualNetworkGateway: { name: 'gw', resourceGroupName: 'rg' },
    }),
    create: (stack, props) => new AzureExtendedNetwork(stack, 'xnet', props as any),
  },
};

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const RUNS: Record<string, number> = { WindowsServerAzureEditionVm: 3_500, AzureLocalTrustedLaunchVm: 2_000, AzureLocalMarketplaceImage: 1_000, SmbOverQuic: 1_750, AzureExtendedNetwork: 1_750 };

describe.each(Object.keys(TARGETS))('%s with hostile props', (name) => {
  const target = TARGETS[name];
  test.prop([fc.array(mutation(target.keys), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer({ min: 0, max: 19 })], { numRuns: runs(RUNS[name]) })(
    'ends in a synthesized stack or a ValidationError listing the problems, never another exception or a half-written output',
    (mutations, freeze, diskRoll) => {
      const toDisk = diskRoll === 0; // one run in twenty writes the whole app to disk
      const outdir = toDisk ? join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'out') : undefined;
      try {
        const app = new App({ outdir: outdir ?? join(tmpdir(), 'fuzz-unused'), skipValidation: false });
        const stack = new TerraformStack(app, 'fuzz');
        new AzurermProvider(stack, 'azurerm', { features: [{}] });
        let tokens = 0;
        const props = mutate(target.build(stack), mutations, freeze, () => new TerraformVariable(stack, `fuzz_${tokens++}`, { type: 'any' }).stringValue);
        // props of the wrong shape are refused by the constructor, settings that break a rule by the synth
        let synthesized = false;
        try {
          target.create(stack, props);
          if (toDisk) app.synth();
          // in memory: the same synthesis, without the disk
          else stack.toTerraform();
          synthesized = true;
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          expect((e as ValidationError).violations.length).toBeGreaterThan(0);
          expect((e as ValidationError).message).not.toMatch(/undefined is not|cannot read prop/i);
        }
        if (toDisk) {
          if (synthesized) {
            const doc = JSON.parse(readFileSync(join(outdir!, 'stacks', 'fuzz', 'cdk.tf.json'), 'utf8'));
            expect(typeof doc.resource).toBe('object');
          } else {
            // cdktf may create the empty folders up front; no file may be written for a refused configuration
            expect(filesUnder(outdir!)).toEqual([]);
          }
        }
        expect(({} as any).polluted).toBeUndefined();
      } finally {
        if (outdir) rmSync(join(outdir, '..'), { recursive: true, force: true });
      }
    },
  );
});

test('hostile values include the awkward ones', () => {
  const seen = fc.sample(hostileValue, { numRuns: 2000, seed: 1 });
  expect(seen.some((v) => typeof v === 'symbol')).toBe(true);
  expect(seen.some((v) => typeof v === 'string' && v.length >= 100_000)).toBe(true);
});
