import { warningIdsUnder } from '../../support/annotations';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzapiResource, AzureLocalMarketplaceImage, AzureLocalTrustedLaunchVm, AzureLocalVmImage, GUEST_IMAGE_SUPPORT_POLICIES, SEED_23H2_IMAGES, Violation } from '../../../constructs';
import { SEED_IMAGES } from '../../model/azure-local-facts';
import { CUSTOM_IMAGE, CUSTOM_LOCATION, EXISTING_IMAGE, LOGICAL_NETWORK } from '../../support/build-tl-vm';
import { PLANTED_LITERAL_PASSWORD } from '../../support/build-vm';
import { onlyViolation, refusedWith } from '../../support/refusals';
import { resourcesOfType } from '../../support/terraform-json';

const SEED = SEED_IMAGES[0];

function props(stack: TerraformStack, overrides: Record<string, unknown> = {}): any {
  return {
    name: 'tl-vm-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    customLocationId: CUSTOM_LOCATION,
    image: AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...SEED, hypervGeneration: 'V2' }),
    logicalNetworkId: LOGICAL_NETWORK,
    adminUsername: 'localadmin',
    adminPassword: new TerraformVariable(stack, `pw${stack.node.children.length}`, { type: 'string', sensitive: true }).stringValue,
    ...overrides,
  };
}

const build = (overrides: Record<string, unknown>) => (stack: TerraformStack) => new AzureLocalTrustedLaunchVm(stack, 'vm', props(stack, overrides));
const violations = (overrides: Record<string, unknown>): Violation[] => refusedWith(build(overrides));
const only = (overrides: Record<string, unknown>, ruleId: string): Violation => onlyViolation(build(overrides), ruleId);

describe('Azure Local trusted launch rule messages', () => {
  test('HCI-TL-SECURE-BOOT refuses secure boot off instead of fixing it', () => {
    const v = only({ secureBoot: false }, 'HCI-TL-SECURE-BOOT');
    expect(v.message).toBe('secure boot is turned off (false) on a trusted launch VM');
    expect(v.fix).toBe('remove secureBoot or set it to true');
  });

  test('HCI-TL-VTPM refuses the vTPM off', () => {
    expect(only({ vtpm: false }, 'HCI-TL-VTPM').message).toBe('the vTPM is turned off (false) on a trusted launch VM');
  });

  test('HCI-TL-SECURITY-TYPE refuses another security type, with the exact spelling', () => {
    const v = only({ securityType: 'trustedlaunch' }, 'HCI-TL-SECURITY-TYPE');
    expect(v.message).toBe("security type 'trustedlaunch' is not trusted launch");
    expect(v.allowed).toEqual(['TrustedLaunch']);
  });

  test('HCI-BOOT-INTEGRITY refuses guest attestation', () => {
    expect(only({ guestAttestation: true }, 'HCI-BOOT-INTEGRITY').message).toContain('guest boot-integrity verification (attestation) is asked for (true)');
  });

  test('HCI-IMAGE-MARKETPLACE refuses a custom image', () => {
    const v = only({ image: AzureLocalVmImage.fromCustomImage(CUSTOM_IMAGE) }, 'HCI-IMAGE-MARKETPLACE');
    expect(v.message).toBe(`image '${CUSTOM_IMAGE}' is a custom or vhd image, not an Azure Marketplace image`);
  });

  test('HCI-IMAGE-GEN2 refuses a generation 1 image', () => {
    expect(only({ image: AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...SEED, hypervGeneration: 'V1' }) }, 'HCI-IMAGE-GEN2').message).toBe("image Hyper-V generation 'V1' is not generation 2");
  });

  test('HCI-IMAGE-SUPPORTED names the image, the policy and the allowed images', () => {
    const image = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '26100.2314.241107', hypervGeneration: 'V2' });
    const v = only({ image, supportPolicy: '23H2-2023-11' }, 'HCI-IMAGE-SUPPORTED');
    expect(v.message).toBe(
      "image 'microsoftwindowsdesktop:windows-11:win11-24h2-avd:26100.2314.241107' is not one of the four images (at their listed versions) of the 23H2 list (policy '23H2-2023-11': the four listed Windows 11 / Windows 10 multi-session images, at the listed versions)",
    );
    expect(v.allowed).toHaveLength(4);
    expect(only({ image, supportPolicy: '2025-03' }, 'HCI-IMAGE-SUPPORTED').message).toContain('is a Windows 11 24H2 image, excluded');
    const stack = new TerraformStack(new App(), 'test');
    expect(() => new AzureLocalTrustedLaunchVm(stack, 'vm', props(stack, { image, supportPolicy: '2025-01' }))).not.toThrow();
  });

  test('the default support policy is the newest dated one: a Windows Server image passes, a Linux one does not', () => {
    const server = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '26100.4061.250605', hypervGeneration: 'V2' });
    const stack = new TerraformStack(new App(), 'test');
    expect(() => new AzureLocalTrustedLaunchVm(stack, 'vm', props(stack, { image: server }))).not.toThrow();
    const linux = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { publisher: 'canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: '24.04.202501010', hypervGeneration: 'V2' });
    expect(only({ image: linux }, 'HCI-IMAGE-SUPPORTED').message).toContain("policy '2025-10'");
  });

  test('HCI-IMAGE-SUPPORTED refuses an unknown policy name', () => {
    expect(only({ supportPolicy: 'latest' }, 'HCI-IMAGE-SUPPORTED').allowed).toEqual(['23H2-2023-11', '2025-01', '2025-03', '2025-10']);
  });

  test('HCI-COMPUTER-NAME refuses a name that is too long or has other characters', () => {
    expect(only({ name: 'trusted-launch-vm-01' }, 'HCI-COMPUTER-NAME').message).toBe("computer name 'trusted-launch-vm-01' is invalid: it has 20 characters (1 to 15 allowed)");
    only({ computerName: 'tl_vm' }, 'HCI-COMPUTER-NAME');
  });

  test('HCI-COMPUTER-NAME holds a Windows guest to the Windows name facts: not only digits, no trailing hyphen', () => {
    expect(only({ computerName: '12345' }, 'HCI-COMPUTER-NAME').message).toBe("computer name '12345' is invalid: it is only digits");
    expect(only({ computerName: 'tl-vm-' }, 'HCI-COMPUTER-NAME').message).toBe("computer name 'tl-vm-' is invalid: it ends with a dash");
  });

  test('a Linux guest is not held to the Windows name facts', () => {
    const linux = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...SEED, hypervGeneration: 'V2', osType: 'Linux' });
    const stack = new TerraformStack(new App(), 'linux');
    expect(() => build({ image: linux, computerName: 'tl-vm-' })(stack)).not.toThrow();
    expect(() => Testing.synth(stack)).not.toThrow();
  });

  test('HCI-ADMIN-PASSWORD-LITERAL refuses a literal and never shows it', () => {
    const v = only({ adminPassword: PLANTED_LITERAL_PASSWORD }, 'HCI-ADMIN-PASSWORD-LITERAL');
    expect(JSON.stringify(v)).not.toContain(PLANTED_LITERAL_PASSWORD);
  });

  test('fails with every violation at once', () => {
    expect(violations({ secureBoot: false, vtpm: false, guestAttestation: true, image: AzureLocalVmImage.fromCustomImage(CUSTOM_IMAGE) }).map((v) => v.ruleId)).toEqual([
      'HCI-TL-SECURE-BOOT',
      'HCI-TL-VTPM',
      'HCI-BOOT-INTEGRITY',
      'HCI-IMAGE-MARKETPLACE',
    ]);
  });

  test('HCI-GALLERY-IMAGE refuses an invalid image name and generation', () => {
    const stack = new TerraformStack(new App(), 'test');
    new AzureLocalMarketplaceImage(stack, 'img', { name: '-bad', resourceGroupName: 'rg', location: 'westeurope', customLocationId: CUSTOM_LOCATION, ...SEED, hypervGeneration: 'V3' as any });
    expect(() => Testing.synth(stack)).toThrow(
      /in test\/img:\n {2}\[HCI-GALLERY-IMAGE\] gallery image name '-bad' is invalid.*\n {2}\[HCI-GALLERY-IMAGE\] Hyper-V generation 'V3' is not valid/,
    );
  });
});

describe('AzureLocalTrustedLaunchVm output', () => {
  const stack = new TerraformStack(new App(), 'test');
  const image = new AzureLocalMarketplaceImage(stack, 'img', { name: 'win11', resourceGroupName: 'rg', location: 'westeurope', customLocationId: CUSTOM_LOCATION, ...SEED });
  new AzureLocalTrustedLaunchVm(stack, 'a', props(stack, { name: 'vm-a', image: AzureLocalVmImage.fromMarketplaceImage(image) }));
  new AzureLocalTrustedLaunchVm(stack, 'b', props(stack, { name: 'vm-b', image: AzureLocalVmImage.fromMarketplaceImage(image), dataDisks: [{ name: 'b-data', sizeGb: 10 }] }));
  const json = JSON.parse(Testing.synth(stack));

  test('states the four advisories once per stack, not once per VM', () => {
    const warnings = warningIdsUnder(stack);
    expect(warnings.sort()).toEqual(['HCI-BACKUP-DR', 'HCI-IGVM-AGENT', 'HCI-LIVE-MIGRATION-UNENCRYPTED', 'HCI-VM-FILES-ACCESS']);
  });

  test('creates the Arc machine, the NIC, the disks and the VM instance with the exact ARM key spellings', () => {
    expect(resourcesOfType(json, 'azurerm_arc_machine').map((a) => [a.kind, a.identity.type])).toEqual([['HCI', 'SystemAssigned'], ['HCI', 'SystemAssigned']]);
    expect(resourcesOfType(json, 'azurerm_stack_hci_network_interface')).toHaveLength(2);
    expect(resourcesOfType(json, 'azurerm_stack_hci_virtual_hard_disk').map((d) => [d.disk_size_in_gb, d.dynamic_enabled])).toEqual([[10, true]]);
    const [a] = resourcesOfType(json, 'azapi_resource');
    expect(a.type).toBe('Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01');
    expect(a.body.properties.securityProfile).toEqual({ securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } });
    expect(a.replace_triggers_external_values).toEqual(a.body.properties.securityProfile);
    expect(a.body.properties.osProfile.windowsConfiguration).toEqual({ provisionVMAgent: true, provisionVMConfigAgent: true });
    expect(json.terraform.required_providers.azapi).toEqual({ source: 'azure/azapi', version: '~> 2.5' });
  });

  test('creates a default azapi provider when the stack has none, and only one', () => {
    expect(json.provider.azapi).toEqual([{}]);
  });
});

describe('guest image support policies', () => {
  test('the default policy holds the seed four images exactly, Gen2 only, with the Windows 10 note on the fourth', () => {
    expect(SEED_23H2_IMAGES.map(({ publisher, offer, sku, version }) => ({ publisher, offer, sku, version }))).toEqual(SEED_IMAGES);
    expect(SEED_23H2_IMAGES[3].note).toMatch(/windows 10/i);
    expect(SEED_23H2_IMAGES.every((i) => i.name.endsWith('- Gen2'))).toBe(true);
  });

  test('policies are dated, sourced and in date order', () => {
    expect(GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.date)).toEqual(['2023-11-13', '2025-01-07', '2025-03-18', '2025-10-07']);
    for (const p of GUEST_IMAGE_SUPPORT_POLICIES) expect(p.source).toContain(p.date);
  });
});

describe('AzapiResource', () => {
  test('emits the azapi_resource arguments in Terraform spelling and the body as an object', () => {
    const stack = new TerraformStack(new App(), 'test');
    new AzapiResource(stack, 'r', {
      type: 'Microsoft.HybridCompute/machines@2024-07-10',
      name: 'm',
      parentId: '/subscriptions/x/resourceGroups/rg',
      location: 'westeurope',
      body: { kind: 'HCI' },
      identity: { type: 'SystemAssigned' },
      schemaValidationEnabled: true,
      responseExportValues: ['properties.status'],
    });
    const r = Object.values(JSON.parse(Testing.synth(stack)).resource.azapi_resource)[0] as any;
    expect(r).toMatchObject({ type: 'Microsoft.HybridCompute/machines@2024-07-10', name: 'm', parent_id: '/subscriptions/x/resourceGroups/rg', location: 'westeurope', body: { kind: 'HCI' }, identity: [{ type: 'SystemAssigned' }], schema_validation_enabled: true, response_export_values: ['properties.status'] });
  });
});

describe('AzureLocalTrustedLaunchVm network interfaces and dynamic memory', () => {
  test('creates one network interface per logical network, in order, and writes dynamic memory into the body', () => {
    const stack = new TerraformStack(new App(), 'test');
    const image = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...SEED_IMAGES[0], hypervGeneration: 'V2' });
    const vm = new AzureLocalTrustedLaunchVm(stack, 'vm', {
      resourceGroupName: 'rg-hci', location: 'westeurope', name: 'app01', customLocationId: CUSTOM_LOCATION, image, logicalNetworkId: LOGICAL_NETWORK, privateIpAddress: '192.168.10.20',
      adminUsername: 'localadmin', adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue,
      additionalNetworkInterfaces: [{ name: 'app01-storage', logicalNetworkId: `${LOGICAL_NETWORK}-storage`, privateIpAddress: '10.50.0.20', dnsServers: ['10.50.0.2'] }],
      memoryMb: 8192, dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBufferPercent: 20 },
    });
    const json = JSON.parse(Testing.synth(stack));
    const nics = resourcesOfType(json, 'azurerm_stack_hci_network_interface');
    expect(nics.map((n: any) => [n.name, n.ip_configuration.subnet_id, n.ip_configuration.private_ip_address, n.dns_servers]).sort()).toEqual([
      ['app01-nic', LOGICAL_NETWORK, '192.168.10.20', undefined],
      ['app01-storage', `${LOGICAL_NETWORK}-storage`, '10.50.0.20', ['10.50.0.2']],
    ]);
    const [instance] = resourcesOfType(json, 'azapi_resource').filter((r: any) => String(r.type).startsWith('Microsoft.AzureStackHCI/virtualMachineInstances'));
    // the first interface first: the order of the body is the order of the props
    expect(instance.body.properties.networkProfile.networkInterfaces.map((n: any) => n.id.replace(/_[0-9A-F]+\.id\}$/, ''))).toEqual(['${azurerm_stack_hci_network_interface.vm_NetworkInterface', '${azurerm_stack_hci_network_interface.vm_NetworkInterface1']);
    expect(instance.body.properties.hardwareProfile).toEqual({ vmSize: 'Custom', processors: 2, memoryMB: 8192, dynamicMemoryConfig: { minimumMemoryMB: 4096, maximumMemoryMB: 16384, targetMemoryBuffer: 20 } });
    expect(vm.additionalNetworkInterfaces).toHaveLength(1);
  });

  test('fails a buffer outside 5 to 2000 and an address that is not IPv4 in one synth', () => {
    const found = refusedWith((stack) => {
      const image = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...SEED_IMAGES[0], hypervGeneration: 'V2' });
      new AzureLocalTrustedLaunchVm(stack, 'vm', {
        resourceGroupName: 'rg-hci', location: 'westeurope', name: 'app01', customLocationId: CUSTOM_LOCATION, image, logicalNetworkId: LOGICAL_NETWORK,
        adminUsername: 'localadmin', adminPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }).stringValue,
        additionalNetworkInterfaces: [{ name: 'app01-storage', logicalNetworkId: LOGICAL_NETWORK, privateIpAddress: '10.50.0.300' }],
        dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBufferPercent: 1 },
      });
    });
    expect(found.map((v) => [v.ruleId, v.attribute])).toEqual([
      ['HCI-DYNAMIC-MEMORY', 'hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer'],
      ['HCI-STATIC-IP', 'additionalNetworkInterfaces[0].privateIpAddress'],
    ]);
    expect(found[0].fix).toBe('set dynamicMemory.targetBufferPercent from 5 to 2000');
  });
});
