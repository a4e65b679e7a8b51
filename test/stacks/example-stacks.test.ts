import { checkResources } from '../../constructs/checker/check';
import { resourcesOfJson } from '../../constructs/checker/load';
import { App, Testing } from 'cdktf';
import { WindowsFleetStack } from '../../stacks/windows-fleet-stack';
import { MODEL_HOTPATCH_SKUS } from '../model/azure-edition-facts';
import { resourcesOfType } from '../support/terraform-json';

describe('example windows fleet stack', () => {
  const app = new App();
  const stack = new WindowsFleetStack(app, 'windows-fleet');
  const json = JSON.parse(Testing.synth(stack));
  const vms = resourcesOfType(json, 'azurerm_windows_virtual_machine');

  test('has a 2022 Core VM with hotpatch, a 2022 Desktop Experience VM without, and two 2025 VMs', () => {
    const bySku = Object.fromEntries(vms.map((vm) => [vm.source_image_reference.sku, vm]));
    expect(Object.keys(bySku).sort()).toEqual(['2022-datacenter-azure-edition', '2022-datacenter-azure-edition-core', '2025-datacenter-azure-edition-core', '2025-datacenter-azure-edition-core-smalldisk']);
    expect(bySku['2022-datacenter-azure-edition-core'].hotpatching_enabled).toBe(true);
    expect(bySku['2022-datacenter-azure-edition'].hotpatching_enabled).toBe(false);
    expect(bySku['2025-datacenter-azure-edition-core-smalldisk'].hotpatching_enabled).toBe(true);
  });

  test('the database VM carries every fleet setting, and its data disks its zone and tags', () => {
    const sql = vms.find((vm) => vm.name === 'wsae-sql-01');
    expect([sql.license_type, sql.identity.type, sql.zone, sql.lifecycle.ignore_changes]).toEqual(['Windows_Server', 'SystemAssigned, UserAssigned', '1', ['source_image_reference']]);
    expect(sql.proximity_placement_group_id).toMatch(/^\$\{azurerm_proximity_placement_group\./);
    const disks = resourcesOfType(json, 'azurerm_managed_disk');
    expect(disks.map((d) => [d.name, d.storage_account_type, d.zone, d.tags])).toEqual([
      ['wsae-sql-01-data', 'Premium_LRS', '1', { workload: 'sql', env: 'prod' }],
      ['wsae-sql-01-log', 'PremiumV2_LRS', '1', { workload: 'sql', env: 'prod' }],
    ]);
    expect(resourcesOfType(json, 'azurerm_virtual_machine_data_disk_attachment').map((a) => [a.lun, a.caching])).toEqual([[0, 'ReadOnly'], [1, 'None']]);
  });

  test('the web VM is in an availability set with its own boot diagnostics storage and custom data, the batch VM in a capacity reservation', () => {
    const web = vms.find((vm) => vm.name === 'wsae-web-01');
    expect(web.availability_set_id).toMatch(/^\$\{azurerm_availability_set\./);
    expect([web.zone, web.boot_diagnostics, web.identity]).toEqual([undefined, { storage_account_uri: '${var.boot_diagnostics_storage_uri}' }, { type: 'SystemAssigned' }]);
    expect(Buffer.from(web.custom_data, 'base64').toString('utf8')).toBe('{"role":"web","tier":"front"}');
    const batch = vms.find((vm) => vm.name === 'wsae-batch-01');
    expect([batch.zone, batch.license_type]).toEqual(['2', 'Windows_Server']);
    expect(batch.capacity_reservation_group_id).toMatch(/^\$\{azurerm_capacity_reservation_group\./);
  });

  test('every hotpatch VM uses a hotpatch SKU with platform patching and the VM agent', () => {
    for (const vm of vms.filter((v) => v.hotpatching_enabled)) {
      expect(MODEL_HOTPATCH_SKUS).toContain(vm.source_image_reference.sku);
      expect([vm.patch_mode, vm.provision_vm_agent]).toEqual(['AutomaticByPlatform', true]);
    }
  });

  test('uses trusted launch and a sensitive variable for the password everywhere', () => {
    for (const vm of vms) {
      expect([vm.secure_boot_enabled, vm.vtpm_enabled]).toEqual([true, true]);
      expect(vm.admin_password).toBe('${var.admin_password}');
    }
    expect(json.variable.admin_password.sensitive).toBe(true);
  });

  test('opens no inbound port: no public IP and no security rule', () => {
    expect(resourcesOfType(json, 'azurerm_public_ip')).toEqual([]);
    expect(resourcesOfType(json, 'azurerm_network_security_rule')).toEqual([]);
  });

  test('assigns the Desktop Experience VM to a new Automanage profile and warns about the retirement', () => {
    expect(resourcesOfType(json, 'azurerm_automanage_configuration')).toHaveLength(1);
    expect(resourcesOfType(json, 'azurerm_virtual_machine_automanage_configuration_assignment')).toHaveLength(1);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
    expect(warnings.filter((w) => w.startsWith('[WSAE-AUTOMANAGE-RETIREMENT]'))).toHaveLength(1);
  });
});

describe('example Azure Local trusted launch stack', () => {
  const { AzureLocalTrustedLaunchStack } = require('../../stacks/azure-local-trusted-launch-stack');
  const stack = new AzureLocalTrustedLaunchStack(new App(), 'azure-local-trusted-launch');
  const json = JSON.parse(Testing.synth(stack));

  test('takes the cluster as inputs and builds one trusted-launch VM instance from a seed image', () => {
    expect(Object.keys(json.variable).sort()).toEqual(['admin_password', 'custom_location_id', 'location', 'logical_network_id', 'resource_group_name', 'storage_logical_network_id']);
    const [vm] = resourcesOfType(json, 'azapi_resource');
    expect(vm.body.extendedLocation).toEqual({ type: 'CustomLocation', name: '${var.custom_location_id}' });
    expect(vm.body.properties.securityProfile).toEqual({ securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } });
    const [image] = resourcesOfType(json, 'azurerm_stack_hci_marketplace_gallery_image');
    expect([image.identifier.sku, image.version, image.hyperv_generation]).toEqual(['win11-22h2-avd', '22621.2428.231001', 'V2']);
  });
});

describe('example hybrid file services stack', () => {
  const { HybridFileServicesStack } = require('../../stacks/hybrid-file-services-stack');
  const { openToInternet } = require('../support/nsg');
  const stack = new HybridFileServicesStack(new App(), 'hybrid-file-services');
  const json = JSON.parse(Testing.synth(stack));

  test('has a Desktop Experience file server with SMB over QUIC and a 2022 Extended Network appliance', () => {
    const skus = resourcesOfType(json, 'azurerm_windows_virtual_machine').map((vm) => vm.source_image_reference.sku).sort();
    expect(skus).toEqual(['2022-datacenter-azure-edition', '2022-datacenter-azure-edition-core']);
    expect(resourcesOfType(json, 'azurerm_virtual_machine_run_command')).toHaveLength(1);
    expect(resourcesOfType(json, 'azurerm_key_vault_certificate')[0].certificate_policy.x509_certificate_properties.extended_key_usage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  test('opens neither TCP 445 nor RDP to the Internet', () => {
    expect(openToInternet(json, 445)).toEqual([]);
    expect(openToInternet(json, 3389)).toEqual([]);
  });

  test('opens UDP 443 (and TCP 443 for the KDC proxy) with the Internet service tag in the singular field, the only one Azure accepts it in', () => {
    const quic = resourcesOfType(json, 'azurerm_network_security_rule').filter((r) => r.destination_port_range === '443');
    expect(quic.map((r) => [r.protocol, r.source_address_prefix, r.source_address_prefixes]).sort()).toEqual([['Tcp', 'Internet', undefined], ['Udp', 'Internet', undefined]]);
    expect(checkResources(resourcesOfJson(JSON.stringify(json), 'cdk.tf.json')).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
