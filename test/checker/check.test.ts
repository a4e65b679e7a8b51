import { App, Testing } from 'cdktf';
import { checkResources, CheckFinding } from '../../constructs/checker/check';
import { resourcesOfHcl, resourcesOfJson } from '../../constructs/checker/load';
import { AzureLocalTrustedLaunchStack } from '../../stacks/azure-local-trusted-launch-stack';
import { HybridFileServicesStack } from '../../stacks/hybrid-file-services-stack';
import { WindowsFleetStack } from '../../stacks/windows-fleet-stack';
import { hclWindowsVm } from '../support/hcl-vm';

const errors = (f: CheckFinding[]) => f.filter((x) => x.severity === 'error').map((x) => `${x.ruleId} ${x.attribute}`);
const hcl = async (text: string, opts = {}) => checkResources(await resourcesOfHcl(text, 'dir/main.tf'), opts);
const json = (doc: object, opts = {}) => checkResources(resourcesOfJson(JSON.stringify(doc), 'dir/main.tf.json'), opts);

const VM = (attrs: string, image?: string) => hclWindowsVm(attrs, { image });

describe('checker: Windows VM rules on HCL', () => {
  test('a hotpatch VM on a hotpatch image with platform patching is clean', async () => {
    expect(errors(await hcl(VM('patch_mode = "AutomaticByPlatform"\n  hotpatching_enabled = true')))).toEqual([]);
  });
  test('fails a hotpatch image left on the provider default patch mode (AutomaticByOS)', async () => {
    expect(errors(await hcl(VM('')))).toEqual(['WIN-HOTPATCH-IMAGE-PATCH-MODE patch_mode']);
  });
  test('fails hotpatch on the Desktop Experience image, with the line of the resource', async () => {
    const f = await hcl(VM('patch_mode = "AutomaticByPlatform"\n  hotpatching_enabled = true', '2022-datacenter-azure-edition'));
    expect(errors(f)).toEqual(['WIN-HOTPATCH-IMAGE hotpatching_enabled']);
    expect(f[0].line).toBe(2);
  });
  test('fails a literal password without showing it', async () => {
    const f = await hcl(VM('patch_mode = "AutomaticByPlatform"').replace('var.admin_password', '"Sup3r-secret!"'));
    expect(errors(f)).toEqual(['WIN-ADMIN-PASSWORD-LITERAL admin_password']);
    expect(JSON.stringify(f)).not.toContain('Sup3r-secret!');
  });
  test('a patch mode from a variable is never an error, and an info with --verbose', async () => {
    const f = await hcl(VM('patch_mode = var.mode'), { verbose: true });
    expect(errors(f)).toEqual([]);
    expect(f.filter((x) => x.severity === 'info').map((x) => x.attribute)).toContain('patchMode');
  });
  test('fails bypassing safety checks while hotpatching, and a Gen1-only size with trusted launch', async () => {
    expect(errors(await hcl(VM('patch_mode = "AutomaticByPlatform"\n  hotpatching_enabled = true\n  bypass_platform_safety_checks_on_user_schedule_enabled = true').replace('Standard_D2s_v5', 'Standard_D2_v3')))).toEqual([
      'WIN-HOTPATCH-BYPASS bypass_platform_safety_checks_on_user_schedule_enabled',
      'WIN-GEN2-SIZE size',
    ]);
  });
});

describe('checker: scale sets', () => {
  const uniform = (extra: object = {}) => ({ resource: { azurerm_windows_virtual_machine_scale_set: { ss: { name: 'ss', sku: 'Standard_D2s_v5', admin_username: 'azureuser', admin_password: '${var.p}', source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: 'latest' }, ...extra } } } });
  const flexible = (win: object, extension: object[] = [], sku = '2022-datacenter-azure-edition-core', extra: object = {}) => ({
    resource: { azurerm_orchestrated_virtual_machine_scale_set: { ss: { name: 'ss', sku_name: 'Standard_D2s_v5', os_profile: { windows_configuration: { admin_username: 'azureuser', admin_password: '${var.p}', ...win } }, extension, source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' }, ...extra } } },
  });
  const HEALTH = { name: 'health', publisher: 'Microsoft.ManagedServices', type: 'ApplicationHealthWindows', type_handler_version: '1.0' };

  test('passes a Uniform scale set on a hotpatch-capable image (it patches without hotpatch)', () => {
    expect(errors(json(uniform()))).toEqual([]);
    expect(errors(json(uniform({ secure_boot_enabled: true, vtpm_enabled: true })))).toEqual([]);
  });
  test('fails hotpatching asked of a Uniform scale set', () => {
    expect(errors(json(uniform({ hotpatching_enabled: true })))).toEqual(['VMSS-UNIFORM-HOTPATCH hotpatching_enabled']);
  });
  test('fails a Flexible hotpatch scale set with hotpatch off and no health extension, naming the attributes as written; passes the fixed one', () => {
    expect(errors(json(flexible({ patch_mode: 'AutomaticByPlatform', hotpatching_enabled: false })))).toEqual(['VMSS-FLEX-HOTPATCH os_profile.windows_configuration.hotpatching_enabled', 'VMSS-FLEX-HEALTH-EXTENSION extension']);
    expect(errors(json(flexible({ patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true }, [HEALTH])))).toEqual([]);
  });
  test('fails platform patching on a Flexible scale set of any image without the health extension; passes it with one, and patching by OS without', () => {
    expect(errors(json(flexible({ patch_mode: 'AutomaticByPlatform' }, [], '2022-datacenter-g2')))).toEqual(['VMSS-FLEX-HEALTH-EXTENSION extension']);
    expect(errors(json(flexible({ patch_mode: 'AutomaticByPlatform' }, [HEALTH], '2022-datacenter-g2')))).toEqual([]);
    expect(errors(json(flexible({}, [], '2022-datacenter-g2')))).toEqual([]);
  });
  test('reads the automatic updates setting under both azurerm majors names', () => {
    // 4.x: enable_automatic_updates; 5.x: automatic_updates_enabled
    for (const name of ['enable_automatic_updates', 'automatic_updates_enabled']) {
      expect(errors(json(flexible({ patch_mode: 'Manual', [name]: false }, [HEALTH], '2022-datacenter-g2')))).toEqual([]);
      expect(errors(json(flexible({ patch_mode: 'Manual', [name]: true }, [HEALTH], '2022-datacenter-g2')))).toEqual([`WIN-PATCH-MODE-UPDATES os_profile.windows_configuration.${name}`]);
    }
    for (const name of ['enable_automatic_updates', 'automatic_updates_enabled']) {
      const vm = { resource: { azurerm_windows_virtual_machine: { vm: { name: 'vm', size: 'Standard_D2s_v5', admin_username: 'azureuser', admin_password: '${var.p}', patch_mode: 'Manual', [name]: true, source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' } } } } };
      expect(errors(json(vm))).toEqual([`WIN-PATCH-MODE-UPDATES ${name}`]);
    }
  });
  test('fails a scale set whose name, used as the computer name prefix, does not fit; passes a prefix of 9 ending with a dash', () => {
    expect(errors(json(uniform({ name: 'web-servers' })))).toEqual(['WIN-COMPUTER-NAME name']);
    expect(errors(json(uniform({ name: 'web-servers', computer_name_prefix: 'web-srv-' })))).toEqual([]);
    expect(errors(json(uniform({ computer_name_prefix: 'web_srv' })))).toEqual(['WIN-COMPUTER-NAME computer_name_prefix']);
    expect(errors(json(flexible({ computer_name_prefix: 'webservers' }, [HEALTH], '2022-datacenter-g2')))).toEqual(['WIN-COMPUTER-NAME os_profile.windows_configuration.computer_name_prefix']);
  });
  test('passes a Flexible scale set without Windows configuration: a Linux set, or one without an OS profile, gets none of the Windows rules', () => {
    const linux = { resource: { azurerm_orchestrated_virtual_machine_scale_set: { 'linux-web-servers': { name: 'linux-web-servers', sku_name: 'Standard_D2s_v5', os_profile: { linux_configuration: { admin_username: 'admin', admin_password: '${var.p}', patch_mode: 'AutomaticByPlatform' } }, source_image_reference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' } } } } };
    expect(errors(json(linux))).toEqual([]);
    const bare = { resource: { azurerm_orchestrated_virtual_machine_scale_set: { 'flexible-pool-of-vms': { name: 'flexible-pool-of-vms', platform_fault_domain_count: 1 } } } };
    expect(errors(json(bare))).toEqual([]);
  });
  test('names the attribute of azurerm 4.x in the fix of a Flexible set that writes neither name', () => {
    const [f] = json(flexible({ patch_mode: 'Manual' }, [HEALTH], '2022-datacenter-g2'));
    expect([f.ruleId, f.attribute, f.fix]).toEqual(['WIN-PATCH-MODE-UPDATES', 'os_profile.windows_configuration.enable_automatic_updates', 'set os_profile.windows_configuration.enable_automatic_updates = false, or os_profile.windows_configuration.patch_mode = "AutomaticByPlatform"']);
  });
  test('reads the Key Vault certificates of a Flexible set in its Windows configuration', () => {
    const secret = [{ key_vault_id: '${azurerm_key_vault.kv.id}', certificate: [{ store: 'My', url: '${azurerm_key_vault_certificate.c.secret_id}' }] }];
    const doc = flexible({ secret }, [HEALTH], '2022-datacenter-g2') as any;
    doc.resource.azurerm_key_vault = { kv: { name: 'kv' } };
    expect(errors(json(doc))).toEqual(['WIN-SECRET-VAULT-DEPLOYMENT secret.key_vault_id']);
    doc.resource.azurerm_key_vault.kv.enabled_for_deployment = true;
    expect(errors(json(doc))).toEqual([]);
  });
  test('fails an administrator name azurerm refuses, under both resources', () => {
    expect(errors(json(uniform({ admin_username: 'admin' })))).toEqual(['WIN-ADMIN-USERNAME admin_username']);
    expect(errors(json(flexible({ admin_username: 'ops.' }, [HEALTH], '2022-datacenter-g2')))).toEqual(['WIN-ADMIN-USERNAME os_profile.windows_configuration.admin_username']);
  });
});

describe('checker: a VM that attaches an existing OS disk', () => {
  test('passes a name that cannot be a computer name, and checks no admin or patch setting: there is no OS profile', () => {
    const vm = { resource: { azurerm_windows_virtual_machine: { restored: { name: 'restored-from-backup-disk', size: 'Standard_D2s_v5', os_managed_disk_id: '${azurerm_managed_disk.os.id}', os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' } } } } };
    expect(errors(json(vm))).toEqual([]);
    expect(errors(json({ resource: { azurerm_windows_virtual_machine: { restored: { ...vm.resource.azurerm_windows_virtual_machine.restored, os_managed_disk_id: undefined } } } }))).toContain('WIN-COMPUTER-NAME name');
  });
  test('still fails a size that cannot run the security profile', () => {
    const vm = { resource: { azurerm_windows_virtual_machine: { restored: { name: 'restored', size: 'Standard_M8ms', os_managed_disk_id: '/subscriptions/s/disks/os', secure_boot_enabled: true, vtpm_enabled: true } } } };
    expect(errors(json(vm))).toEqual(['WIN-TRUSTED-LAUNCH-SIZE size']);
  });
});

describe('checker: Key Vaults that install certificates on a VM', () => {
  const vm = (keyVaultId: string) => ({
    name: 'vm', size: 'Standard_D2s_v5', admin_username: 'azureuser', admin_password: '${var.p}', patch_mode: 'AutomaticByOS',
    source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' },
    secret: [{ key_vault_id: keyVaultId, certificate: [{ store: 'My', url: '${azurerm_key_vault_certificate.c.secret_id}' }] }],
  });
  const all = (f: CheckFinding[]) => f.map((x) => `${x.severity} ${x.ruleId} ${x.attribute}`);
  test('fails a vault of the configuration not enabled for deployment (azurerm defaults it to false); passes one that is', () => {
    const doc = (vault: object) => ({ resource: { azurerm_key_vault: { kv: { name: 'kv', ...vault } }, azurerm_windows_virtual_machine: { vm: vm('${azurerm_key_vault.kv.id}') } } });
    expect(all(json(doc({})))).toEqual(['error WIN-SECRET-VAULT-DEPLOYMENT secret.key_vault_id']);
    expect(all(json(doc({ enabled_for_deployment: false })))).toEqual(['error WIN-SECRET-VAULT-DEPLOYMENT secret.key_vault_id']);
    expect(all(json(doc({ enabled_for_deployment: true })))).toEqual([]);
  });
  test('warns of a vault outside the configuration, and finds a vault of a plan by its id', () => {
    expect(all(json({ resource: { azurerm_windows_virtual_machine: { vm: vm('${data.azurerm_key_vault.kv.id}') } } }))).toEqual(['warning WIN-SECRET-VAULT-OUTSIDE secret.key_vault_id']);
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv';
    const plan = (enabled: boolean) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [
        { address: 'azurerm_key_vault.kv', mode: 'managed', type: 'azurerm_key_vault', name: 'kv', values: { id, enabled_for_deployment: enabled } },
        { address: 'azurerm_windows_virtual_machine.vm', mode: 'managed', type: 'azurerm_windows_virtual_machine', name: 'vm', values: { ...vm(id), admin_password: null } },
      ] } },
    });
    expect(checkResources(resourcesOfJson(JSON.stringify(plan(false)), 'plan.json')).map((x) => x.ruleId)).toEqual(['WIN-SECRET-VAULT-DEPLOYMENT']);
    expect(checkResources(resourcesOfJson(JSON.stringify(plan(true)), 'plan.json'))).toEqual([]);
  });
});

describe('checker: network security rules', () => {
  test('fails SMB and RDP open to the Internet in rules and inline in groups', async () => {
    const f = await hcl(`
resource "azurerm_network_security_rule" "smb" {
  name = "smb"
  direction = "Inbound"
  access = "Allow"
  protocol = "Tcp"
  source_address_prefix = "Internet"
  destination_port_range = "445"
  priority = 100
}
resource "azurerm_network_security_group" "g" {
  name = "g"
  security_rule {
    name = "rdp"
    direction = "Inbound"
    access = "Allow"
    protocol = "*"
    source_address_prefix = "*"
    destination_port_range = "3000-4000"
    priority = 110
  }
  security_rule {
    name = "quic"
    direction = "Inbound"
    access = "Allow"
    protocol = "Udp"
    source_address_prefix = "*"
    destination_port_range = "443"
    priority = 120
  }
}`);
    expect(errors(f).sort()).toEqual(['NET-RDP-FROM-INTERNET security_rule[0].destination_port_range', 'NET-SMB-FROM-INTERNET destination_port_range']);
  });
  test('names the attribute the port was written in', async () => {
    const f = await hcl('resource "azurerm_network_security_rule" "smb" {\n direction = "Inbound"\n access = "Allow"\n protocol = "Tcp"\n source_address_prefix = "*"\n destination_port_ranges = ["80", "440-450"]\n}');
    expect(errors(f)).toEqual(['NET-SMB-FROM-INTERNET destination_port_ranges']);
  });
  test('speaks Terraform: fixes name the attributes, not the construct props', () => {
    const vm = { name: 'vm', size: 'Standard_D2s_v5', admin_username: 'azureuser', admin_password: '${var.p}', hotpatching_enabled: true, patch_mode: 'AutomaticByOS', source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' } };
    const found = json({ resource: { azurerm_windows_virtual_machine: { vm } } });
    expect(found.map((x) => [x.ruleId, x.fix])).toEqual([
      ['WIN-HOTPATCH-IMAGE', 'use one of the allowed images (exact case), or set hotpatching_enabled = false'],
      ['WIN-HOTPATCH-PATCH-MODE', 'set patch_mode = "AutomaticByPlatform", or hotpatching_enabled = false'],
    ]);
    expect(JSON.stringify(found.map((x) => [x.message, x.fix, Object.keys(x)]))).not.toMatch(/constructFix|hotpatch:|patchMode/);
  });
  test('a rule limited to a known range is clean', async () => {
    expect(errors(await hcl('resource "azurerm_network_security_rule" "smb" {\n direction = "Inbound"\n access = "Allow"\n protocol = "Tcp"\n source_address_prefix = "10.0.0.0/8"\n destination_port_range = "445"\n}'))).toEqual([]);
  });
  test('fails a service tag in a plural prefix field, in rules and inline; passes it in the singular field and addresses in the plural one', async () => {
    const f = await hcl(`
resource "azurerm_network_security_rule" "quic" {
  direction = "Inbound"
  access = "Allow"
  protocol = "Udp"
  source_address_prefixes = ["Internet"]
  destination_port_range = "443"
  destination_address_prefix = "VirtualNetwork"
}
resource "azurerm_network_security_group" "g" {
  security_rule {
    direction = "Outbound"
    access = "Allow"
    protocol = "Tcp"
    source_address_prefix = "*"
    destination_address_prefixes = ["10.0.0.0/8", "AzureCloud.westeurope"]
    destination_port_range = "443"
  }
  security_rule {
    direction = "Inbound"
    access = "Allow"
    protocol = "Udp"
    source_address_prefix = "Internet"
    source_address_prefixes = null
    destination_address_prefixes = ["10.0.0.4", "2001:db8::/64", "10.1.0.0/16"]
    destination_port_range = "443"
  }
  security_rule {
    direction = "Inbound"
    access = "Allow"
    protocol = "Udp"
    source_address_prefixes = var.allowed
    destination_port_range = "443"
  }
}`);
    expect(errors(f).sort()).toEqual(['NET-PREFIX-LIST-TAG security_rule[0].destination_address_prefixes', 'NET-PREFIX-LIST-TAG source_address_prefixes']);
    const one = f.find((x) => x.attribute === 'source_address_prefixes')!;
    expect([one.message, one.fix]).toEqual(["source_address_prefixes holds 'Internet', which is not an IP address or CIDR (a service tag or '*')", "move 'Internet' to source_address_prefix"]);
  });
});

describe('checker: Azure Local VM instances', () => {
  const base = JSON.parse(Testing.synth(new AzureLocalTrustedLaunchStack(new App(), 'azure-local-trusted-launch')));
  const withBody = (mutate: (body: any, doc: any) => void) => {
    const doc = JSON.parse(JSON.stringify(base));
    const vm: any = Object.values(doc.resource.azapi_resource)[0];
    mutate(vm.body, doc);
    return doc;
  };
  test('the example stack is clean', () => expect(errors(json(base))).toEqual([]));
  test('fails a trusted launch VM without secure boot and vTPM (the API defaults are false)', () => {
    expect(errors(json(withBody((b) => delete b.properties.securityProfile.enableTPM)))).toEqual(['HCI-TL-VTPM body.properties.securityProfile.enableTPM']);
    expect(errors(json(withBody((b) => (b.properties.securityProfile.uefiSettings.secureBootEnabled = false))))).toEqual(['HCI-TL-SECURE-BOOT body.properties.securityProfile.uefiSettings.secureBootEnabled']);
  });
  test('follows the image reference to the gallery image and applies the support policy', () => {
    const doc = withBody((_b, d) => {
      const image: any = Object.values(d.resource.azurerm_stack_hci_marketplace_gallery_image)[0];
      image.identifier.sku = 'win11-24h2-avd';
    });
    expect(errors(json(doc, { supportPolicy: '23H2-2023-11' }))).toEqual(['HCI-IMAGE-SUPPORTED body.properties.storageProfile.imageReference.id']);
    expect(errors(json(doc, { supportPolicy: '2025-01' }))).toEqual([]);
    // the default is the newest policy, which supports every Windows image
    expect(errors(json(doc))).toEqual([]);
  });
  test('fails a body given as a JSON string with a custom image id and a long computer name', () => {
    const doc = withBody(() => undefined);
    const vm: any = Object.values(doc.resource.azapi_resource)[0];
    vm.body.properties.storageProfile.imageReference.id = '/subscriptions/x/resourceGroups/hci/providers/Microsoft.AzureStackHCI/galleryImages/golden';
    vm.body.properties.osProfile.computerName = 'a-very-long-computer-name';
    vm.body = JSON.stringify(vm.body);
    expect(errors(json(doc))).toEqual(['HCI-IMAGE-MARKETPLACE body.properties.storageProfile.imageReference.id', 'HCI-COMPUTER-NAME body.properties.osProfile.computerName']);
  });
  test('fails a security profile written with keys the API does not know (snake_case), naming the key the API expects', () => {
    const doc = withBody((b) => (b.properties.securityProfile = { security_type: 'TrustedLaunch', enable_tpm: true, uefi_settings: { secure_boot_enabled: true } }));
    expect(errors(json(doc))).toEqual([
      'HCI-BODY-UNKNOWN-KEY body.properties.securityProfile.security_type',
      'HCI-BODY-UNKNOWN-KEY body.properties.securityProfile.enable_tpm',
      'HCI-BODY-UNKNOWN-KEY body.properties.securityProfile.uefi_settings',
    ]);
    const [first] = json(doc).filter((f) => f.ruleId === 'HCI-BODY-UNKNOWN-KEY');
    expect([first.message, first.fix]).toEqual(["key 'security_type' of body.properties.securityProfile is not known to the API: azapi refuses it at plan (the API's key is 'securityType')", "write 'securityType' (exact case)"]);
    // a nested misspelling, and a key with no known counterpart
    expect(errors(json(withBody((b) => (b.properties.securityProfile.uefiSettings = { secureBoot: true, secureBootEnabled: true }))))).toEqual(['HCI-BODY-UNKNOWN-KEY body.properties.securityProfile.uefiSettings.secureBoot']);
    expect(errors(json(withBody((b) => (b.properties.securityProfile.enableTpm = true))))).toEqual(['HCI-BODY-UNKNOWN-KEY body.properties.securityProfile.enableTpm']);
  });
  test('warns, not fails, of such keys where azapi does not validate the body: validation off, or a body written as a JSON string', () => {
    const snake = (b: any) => (b.properties.securityProfile = { security_type: 'TrustedLaunch', enable_tpm: true });
    const off = withBody((b, d) => (snake(b), ((Object.values(d.resource.azapi_resource).find((r: any) => r.body === b) as any).schema_validation_enabled = false)));
    const found = json(off).filter((f) => f.ruleId.startsWith('HCI-BODY-'));
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${f.attribute}`)).toEqual([
      'HCI-BODY-IGNORED-KEY warning body.properties.securityProfile.security_type',
      'HCI-BODY-IGNORED-KEY warning body.properties.securityProfile.enable_tpm',
    ]);
    expect(found[0].message).toBe("key 'security_type' of body.properties.securityProfile is not known to the API: the API does not act on it, so the setting is not made (the API's key is 'securityType')");
    const asString = withBody((b, d) => {
      snake(b);
      const r = Object.values(d.resource.azapi_resource).find((x: any) => x.body === b) as any;
      r.body = JSON.stringify(b);
    });
    expect(json(asString).filter((f) => f.ruleId.startsWith('HCI-BODY-')).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['HCI-BODY-IGNORED-KEY warning', 'HCI-BODY-IGNORED-KEY warning']);
  });

  test('reads the identity of an Arc machine written with azapi from its body, where azapi sends it', () => {
    const doc = withBody((_b, d) => {
      const arc = Object.values(d.resource.azurerm_arc_machine)[0] as any;
      delete d.resource.azurerm_arc_machine;
      d.resource.azapi_resource.arc = { type: 'Microsoft.HybridCompute/machines@2024-07-10', name: arc.name ?? 'arc', parent_id: '/subscriptions/s/resourceGroups/rg', body: { kind: 'HCI', identity: { type: 'SystemAssigned' } } };
      for (const r of Object.values(d.resource.azapi_resource) as any[]) if (typeof r.parent_id === 'string' && r.parent_id.includes('azurerm_arc_machine')) r.parent_id = '${azapi_resource.arc.id}';
    });
    expect(errors(json(doc)).filter((e) => e.startsWith('HCI-ARC-MACHINE'))).toEqual([]);
    const without = withBody((_b, d) => {
      delete d.resource.azurerm_arc_machine;
      d.resource.azapi_resource.arc = { type: 'Microsoft.HybridCompute/machines@2024-07-10', name: 'arc', parent_id: '/subscriptions/s/resourceGroups/rg', body: { kind: 'HCI' } };
      for (const r of Object.values(d.resource.azapi_resource) as any[]) if (typeof r.parent_id === 'string' && r.parent_id.includes('azurerm_arc_machine')) r.parent_id = '${azapi_resource.arc.id}';
    });
    expect(errors(json(without)).filter((e) => e.startsWith('HCI-ARC-MACHINE'))).toEqual(['HCI-ARC-MACHINE parent_id']);
  });

  test('holds a Windows guest to 15 characters of computer name, not a Linux guest', () => {
    const long = (os: (b: any) => void) => withBody((b) => ((b.properties.osProfile.computerName = 'a-linux-host-name-longer-than-15'), os(b)));
    expect(errors(json(long((b) => ((b.properties.osProfile.linuxConfiguration = { provisionVMAgent: true }), delete b.properties.osProfile.windowsConfiguration))))).toEqual([]);
    expect(errors(json(long((b) => ((b.properties.storageProfile.osDisk = { osType: 'Linux' }), delete b.properties.osProfile.windowsConfiguration))))).toEqual([]);
    expect(errors(json(long(() => undefined)))).toEqual(['HCI-COMPUTER-NAME body.properties.osProfile.computerName']);
  });
  test('fails a parent Arc machine that is not of kind HCI', () => {
    const doc = withBody((_b, d) => ((Object.values(d.resource.azurerm_arc_machine)[0] as any).kind = 'SCVMM'));
    expect(errors(json(doc))).toEqual(['HCI-ARC-MACHINE parent_id']);
  });
  test('fails a gallery image with a Gen1 generation through the VM and the image itself', async () => {
    const f = await hcl('resource "azurerm_stack_hci_marketplace_gallery_image" "img" {\n name = "-bad"\n hyperv_generation = "V3"\n os_type = "Windows"\n version = "1"\n identifier {\n  publisher = "p"\n  offer = "o"\n  sku = "s"\n }\n}');
    expect(errors(f)).toEqual(['HCI-GALLERY-IMAGE name', 'HCI-GALLERY-IMAGE hyperv_generation']);
  });
});

describe('checker: SMB over QUIC certificates', () => {
  const base = JSON.parse(Testing.synth(new HybridFileServicesStack(new App(), 'hybrid-file-services')));
  test('the example stack is clean', () => expect(errors(json(base))).toEqual([]));
  test('fails a mapped certificate without the Server Authentication EKU or with a short RSA key', () => {
    const doc = JSON.parse(JSON.stringify(base));
    const cert: any = Object.values(doc.resource.azurerm_key_vault_certificate)[0];
    cert.certificate_policy.x509_certificate_properties.extended_key_usage = ['1.3.6.1.5.5.7.3.2'];
    cert.certificate_policy.key_properties = { key_type: 'RSA', key_size: 1024, exportable: true, reuse_key: false };
    expect(errors(json(doc))).toEqual(['SMBQ-CERTIFICATE-KEY certificate_policy.key_properties.key_size', 'SMBQ-CERTIFICATE-USAGE certificate_policy.x509_certificate_properties.extended_key_usage']);
  });
});

describe('checker: every example stack checks clean', () => {
  test.each([
    ['windows-fleet', WindowsFleetStack],
    ['azure-local-trusted-launch', AzureLocalTrustedLaunchStack],
    ['hybrid-file-services', HybridFileServicesStack],
  ])('%s', (name, Stack) => {
    expect(errors(json(JSON.parse(Testing.synth(new (Stack as any)(new App(), name)))))).toEqual([]);
  });
});

describe('checker: plans', () => {
  test('reads resource_changes, treats unknown values as unknown and configured expressions as non-literal', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'module.app.azurerm_windows_virtual_machine.vm',
          mode: 'managed',
          type: 'azurerm_windows_virtual_machine',
          name: 'vm',
          change: {
            after: { name: 'vm-01', size: 'Standard_D2s_v5', admin_password: 'from-a-variable', patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true, source_image_reference: [{ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: 'latest' }] },
            after_unknown: { computer_name: true },
          },
        },
      ],
      configuration: { root_module: { module_calls: { app: { module: { resources: [{ address: 'azurerm_windows_virtual_machine.vm', expressions: { admin_password: { references: ['var.admin_password'] } } }] } } } } },
    };
    expect(errors(json(plan))).toEqual(['WIN-HOTPATCH-IMAGE hotpatching_enabled']);
  });
});

describe('checker: line numbers', () => {
  test('finds the line of each resource in JSON, in object and list forms, in one pass', () => {
    const { jsonResourceLines, hclResourceLines } = require('../../constructs/checker/terraform-config');
    const text = '{\n "resource": {\n  "a_t": {\n   "x": {\n    "k": "}{\\"[",\n    "n": [1, {"y": 2}]\n   },\n   "y": {}\n  },\n  "b_t": [\n   {\n    "z": {}\n   }\n  ]\n }\n}';
    expect(Object.fromEntries(jsonResourceLines(text))).toEqual({ 'a_t.x': 4, 'a_t.y': 8, 'b_t.z': 12 });
    expect(Object.fromEntries(hclResourceLines('variable "v" {}\n\nresource "a_t" "x" {\n}\n  resource "b_t" "y" {}\n'))).toEqual({ 'a_t.x': 3, 'b_t.y': 5 });
  });

  test('finds the lines after an attribute nested 50,000 levels deep, whose keys are not resources', () => {
    const { jsonResourceLines } = require('../../constructs/checker/terraform-config');
    const deep = '{"resource":'.repeat(3) + '"x"' + '}'.repeat(3) + ',' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const text = `{"resource": {"t": {"x": {"tags": [${deep}]},\n"y": {}}}}`;
    expect(Object.fromEntries(jsonResourceLines(text))).toEqual({ 't.x': 1, 't.y': 2 });
  });
});
