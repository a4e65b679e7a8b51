import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualMachineDataDiskAttachment } from '@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Aspects, Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureGuardrails, VmData, WindowsServerAzureEditionVm } from '../../../constructs';
import { baseProps, newStack } from '../../support/base-props';
import { warningsOf } from '../../support/annotations';
import { refusedWith } from '../../support/refusals';
import { resourcesOfType } from '../../support/terraform-json';

const AS = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/availabilitySets/web';
const UAI = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/web';
const synth = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));

describe('WindowsServerAzureEditionVm fleet settings', () => {
  test('writes licence, identity, placement, boot diagnostics storage, user and custom data, and keeps the user lifecycle with its preconditions', () => {
    const stack = newStack();
    const image = new TerraformVariable(stack, 'image_version', { type: 'string' });
    new WindowsServerAzureEditionVm(stack, 'vm', {
      ...baseProps(stack),
      licenseType: 'Windows_Server',
      identity: { type: 'SystemAssigned, UserAssigned', identityIds: [UAI] },
      zone: '2',
      proximityPlacementGroupId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/proximityPlacementGroups/ppg',
      bootDiagnosticsStorageUri: 'https://diag.blob.core.windows.net/',
      userData: VmData.fromText('Install-WindowsFeature Web-Server'),
      customData: VmData.fromBase64('eyJyb2xlIjoid2ViIn0='),
      computerName: new TerraformVariable(stack, 'computer_name', { type: 'string' }).stringValue,
      lifecycle: { ignoreChanges: ['source_image_reference'] },
      dependsOn: [image],
    });
    const [vm] = resourcesOfType(synth(stack), 'azurerm_windows_virtual_machine');
    expect(vm.license_type).toBe('Windows_Server');
    expect(vm.identity).toEqual({ type: 'SystemAssigned, UserAssigned', identity_ids: [UAI] });
    expect([vm.zone, vm.proximity_placement_group_id]).toEqual(['2', '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/proximityPlacementGroups/ppg']);
    expect(vm.boot_diagnostics).toEqual({ storage_account_uri: 'https://diag.blob.core.windows.net/' });
    expect(Buffer.from(vm.user_data, 'base64').toString('utf8')).toBe('Install-WindowsFeature Web-Server');
    expect(vm.custom_data).toBe('eyJyb2xlIjoid2ViIn0=');
    expect(vm.lifecycle.ignore_changes).toEqual(['source_image_reference']);
    // the computer name known at apply is checked by the construct's precondition, added to the user's lifecycle
    expect(vm.lifecycle.precondition.length).toBeGreaterThan(0);
    expect(vm.depends_on).toEqual(['var.image_version']);
  });

  test('encodes text known at apply with base64encode, and writes managed boot diagnostics by default', () => {
    const stack = newStack();
    const script = new TerraformVariable(stack, 'bootstrap', { type: 'string' });
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), userData: VmData.fromText(script.stringValue), customData: VmData.fromText(Fn.file('bootstrap.ps1')) });
    const [vm] = resourcesOfType(synth(stack), 'azurerm_windows_virtual_machine');
    expect([vm.user_data, vm.custom_data, vm.boot_diagnostics]).toEqual(['${base64encode(var.bootstrap)}', '${base64encode(file("bootstrap.ps1"))}', {}]);
  });

  test("creates each data disk in the VM's resource group, zone and tags, and attaches it at its LUN; an Ultra Disk turns Ultra SSD on", () => {
    const stack = newStack();
    new WindowsServerAzureEditionVm(stack, 'vm', {
      ...baseProps(stack),
      zone: '1',
      tags: { team: 'platform' },
      dataDisks: [
        { name: 'vm01-data', sizeGb: 256, lun: 0, caching: 'ReadOnly' },
        { name: 'vm01-logs', sizeGb: 64, lun: 1, storageAccountType: 'UltraSSD_LRS' },
        { name: 'vm01-restored', sizeGb: 64, lun: 2, sourceResourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/snapshots/nightly' },
      ],
    });
    const json = synth(stack);
    const disks = resourcesOfType(json, 'azurerm_managed_disk');
    expect(disks.map((d: any) => [d.name, d.resource_group_name, d.location, d.zone, d.storage_account_type, d.create_option, d.source_resource_id, d.disk_size_gb, d.tags])).toEqual([
      ['vm01-data', 'rg', 'westeurope', '1', 'Premium_LRS', 'Empty', undefined, 256, { team: 'platform' }],
      ['vm01-logs', 'rg', 'westeurope', '1', 'UltraSSD_LRS', 'Empty', undefined, 64, { team: 'platform' }],
      ['vm01-restored', 'rg', 'westeurope', '1', 'Premium_LRS', 'Copy', '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/snapshots/nightly', 64, { team: 'platform' }],
    ]);
    const attachments = resourcesOfType(json, 'azurerm_virtual_machine_data_disk_attachment');
    expect(attachments.map((a: any) => [a.lun, a.caching, /azurerm_managed_disk\.vm_DataDisk-vm01-\w+_[0-9A-F]+\.id/.test(a.managed_disk_id), /azurerm_windows_virtual_machine\.vm_[0-9A-F]+\.id/.test(a.virtual_machine_id) ? true : a.virtual_machine_id])).toEqual([
      [0, 'ReadOnly', true, true],
      [1, 'None', true, true],
      [2, 'None', true, true],
    ]);
    expect(resourcesOfType(json, 'azurerm_windows_virtual_machine')[0].additional_capabilities).toEqual({ ultra_ssd_enabled: true });
  });

  test('fails duplicate LUNs, a zone with an availability set and text passed as base64, all in one synth with construct words', () => {
    const found = refusedWith((stack) => {
      new WindowsServerAzureEditionVm(stack, 'vm', {
        ...baseProps(stack),
        zone: '1',
        availabilitySetId: AS,
        customData: VmData.fromBase64('Install-WindowsFeature Web-Server'),
        dataDisks: [
          { name: 'a', sizeGb: 32, lun: 0 },
          { name: 'b', sizeGb: 32, lun: 0 },
        ],
      });
    });
    expect(found.map((v) => [v.ruleId, v.path, v.attribute])).toEqual([
      ['WIN-PLACEMENT', 'test/vm', 'availability_set_id'],
      ['WIN-VM-DATA-BASE64', 'test/vm', 'custom_data'],
      ['WIN-DATA-DISK-LUN', 'test/vm', 'dataDisks[1].lun'],
    ]);
    expect(found[1].fix).toBe('pass customData: VmData.fromText(...) for text, VmData.fromBase64(...) only for a value already encoded');
  });

  test('fails props of the wrong type from JavaScript callers at once', () => {
    const stack = newStack();
    expect(() => new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), userData: 'plain text' as any })).toThrow("prop 'userData' must be a VmData, got string 'plain text'");
    expect(() => new WindowsServerAzureEditionVm(newStack(), 'vm', { ...baseProps(newStack()), dataDisks: [{ name: 'a', lun: 0 }] as any })).toThrow("prop 'dataDisks[0].sizeGb'");
  });

  test('warns of a password in user data at synth', () => {
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), userData: VmData.fromText('$password = "Sup3rS3cret!"') });
    const warnings = warningsOf(vm);
    expect(warnings.filter((w) => w.startsWith('[WIN-VM-DATA-SECRET]'))).toEqual([expect.stringContaining('user_data holds what looks like a secret: a password or key assignment (value hidden)')]);
    expect(warnings.join('\n')).not.toContain('Sup3rS3cret');
  });
});

describe('an existing disk attached with a raw attachment', () => {
  test('fails at synth through the AzureGuardrails Aspect when its LUN is one of the construct disks', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'fleet-')) });
    const stack = new TerraformStack(app, 'test');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Aspects.of(stack).add(new AzureGuardrails());
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), dataDisks: [{ name: 'vm01-data', sizeGb: 64, lun: 0 }] });
    new VirtualMachineDataDiskAttachment(stack, 'restored', { managedDiskId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/disks/restored', virtualMachineId: vm.id, lun: 0, caching: 'None' });
    expect(() => app.synth()).toThrow(/\[test\/vm\/Resource\] \[WIN-DATA-DISK-LUN\] azurerm_virtual_machine_data_disk_attachment\.restored\.lun: data disks 'azurerm_virtual_machine_data_disk_attachment\.vm_DataDiskAttachment-vm01-data_[0-9A-F]+' and 'azurerm_virtual_machine_data_disk_attachment\.restored' both use LUN 0/);
  });
});
