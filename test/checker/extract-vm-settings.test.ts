import { checkResources, CheckFinding } from '../../constructs/checker/check';
import { resourcesOfHcl, resourcesOfJson } from '../../constructs/checker/load';
import { hclWindowsVm } from '../support/hcl-vm';

const findings = (f: CheckFinding[]) => f.filter((x) => x.ruleId.startsWith('WIN-') && x.ruleId !== 'WIN-HOTPATCH-IMAGE-PATCH-MODE').map((x) => `${x.ruleId} ${x.severity} ${x.address} ${x.attribute}`);
const hcl = async (text: string) => findings(checkResources(await resourcesOfHcl(text, 'dir/main.tf')));

// platform patching on a Windows Server image that cannot hotpatch: only the rules under test speak
const VM = (attrs: string, size = 'Standard_D4s_v5') => hclWindowsVm(`patch_mode = "AutomaticByPlatform"\n  ${attrs}`, { size, image: '2022-datacenter-g2' });

const DISK = (name: string, lun: number | string, type = 'Premium_LRS', caching = 'None', vm = 'azurerm_windows_virtual_machine.vm.id') => `
resource "azurerm_managed_disk" "${name}" {
  name                 = "${name}"
  resource_group_name  = "rg"
  location             = "westeurope"
  storage_account_type = "${type}"
  create_option        = "Empty"
  disk_size_gb         = 64
}
resource "azurerm_virtual_machine_data_disk_attachment" "${name}" {
  managed_disk_id    = azurerm_managed_disk.${name}.id
  virtual_machine_id = ${vm}
  lun                = ${lun}
  caching            = "${caching}"
}`;

describe('checker: licence, identity, placement, user data and data disks of a raw Windows VM', () => {
  test('a VM with a valid licence, identity, placement, user data and disks is clean', async () => {
    const vm = VM(`license_type = "Windows_Server"
  zone = "1"
  proximity_placement_group_id = azurerm_proximity_placement_group.ppg.id
  user_data = base64encode(file("bootstrap.ps1"))
  custom_data = "${Buffer.from('{"role":"web"}').toString('base64')}"
  identity {
    type         = "SystemAssigned, UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.id.id]
  }`);
    expect(await hcl(vm + DISK('data0', 0) + DISK('data1', 1))).toEqual([]);
  });

  test('passes a module that writes availability_set_id and zone from variables that default to null', async () => {
    const vm = VM(`zone = var.zone
  availability_set_id = var.availability_set_resource_id`);
    expect(await hcl(vm)).toEqual([]);
  });

  test('fails a license type in the wrong case, identity ids with SystemAssigned, and a zone with an availability set', async () => {
    const vm = VM(`license_type = "windows_server"
  zone = "1"
  availability_set_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/availabilitySets/as"
  identity {
    type         = "SystemAssigned"
    identity_ids = [azurerm_user_assigned_identity.id.id]
  }`);
    expect(await hcl(vm)).toEqual([
      'WIN-LICENSE-TYPE error azurerm_windows_virtual_machine.vm license_type',
      'WIN-IDENTITY error azurerm_windows_virtual_machine.vm identity.identity_ids',
      'WIN-PLACEMENT error azurerm_windows_virtual_machine.vm availability_set_id',
    ]);
  });

  test('fails user data that is not base64 and warns of a secret in custom data', async () => {
    const vm = VM(`user_data = "Install-WindowsFeature Web-Server"
  custom_data = "${Buffer.from('$password = "Sup3rS3cret!"').toString('base64')}"`);
    expect(await hcl(vm)).toEqual(['WIN-VM-DATA-BASE64 error azurerm_windows_virtual_machine.vm user_data', 'WIN-VM-DATA-SECRET warning azurerm_windows_virtual_machine.vm custom_data']);
  });

  test('joins the data disk attachments that name the VM: duplicate LUNs, too many disks, caching and Ultra Disks', async () => {
    expect(await hcl(VM('') + DISK('data0', 2) + DISK('data1', 2))).toEqual(['WIN-DATA-DISK-LUN error azurerm_windows_virtual_machine.vm azurerm_virtual_machine_data_disk_attachment.data1.lun']);
    const five = [0, 1, 2, 3, 4].map((l) => DISK(`d${l}`, l)).join('');
    expect(await hcl(VM('', 'Standard_D2s_v5') + five)).toEqual(['WIN-DATA-DISK-COUNT error azurerm_windows_virtual_machine.vm size']);
    expect(await hcl(VM('zone = "1"') + DISK('ultra', 0, 'UltraSSD_LRS', 'ReadOnly'))).toEqual([
      'WIN-DISK-CACHING error azurerm_windows_virtual_machine.vm azurerm_virtual_machine_data_disk_attachment.ultra.caching',
      'WIN-ULTRA-DISK error azurerm_windows_virtual_machine.vm additional_capabilities.ultra_ssd_enabled',
    ]);
    expect(await hcl(VM('zone = "1"\n  additional_capabilities {\n    ultra_ssd_enabled = true\n  }') + DISK('ultra', 0, 'UltraSSD_LRS'))).toEqual([]);
  });

  test('fails a premium OS disk on a size without premium storage', async () => {
    expect(await hcl(VM('', 'Standard_D4_v5'))).toEqual(['WIN-PREMIUM-STORAGE-SIZE error azurerm_windows_virtual_machine.vm os_disk.storage_account_type']);
  });

  test('attachments of another VM, or naming a VM by an id it cannot follow, are not counted', async () => {
    expect(await hcl(VM('') + DISK('a', 0, 'Premium_LRS', 'None', 'azurerm_windows_virtual_machine.other.id') + DISK('b', 0, 'Premium_LRS', 'None', 'var.vm_id'))).toEqual([]);
  });

  test('reads cdktf JSON the same way', () => {
    const doc = {
      resource: {
        azurerm_windows_virtual_machine: { vm: { name: 'vm-01', size: 'Standard_D2s_v5', license_type: 'AHUB', admin_password: '${var.pw}', patch_mode: 'AutomaticByPlatform', os_disk: { storage_account_type: 'Premium_LRS' }, source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' } } },
        azurerm_managed_disk: { d: { storage_account_type: 'PremiumV2_LRS' } },
        azurerm_virtual_machine_data_disk_attachment: { d: { managed_disk_id: '${azurerm_managed_disk.d.id}', virtual_machine_id: '${azurerm_windows_virtual_machine.vm.id}', lun: 0, caching: 'ReadWrite' } },
      },
    };
    expect(findings(checkResources(resourcesOfJson(JSON.stringify(doc), 'cdk.tf.json')))).toEqual([
      'WIN-LICENSE-TYPE error azurerm_windows_virtual_machine.vm license_type',
      'WIN-DISK-CACHING error azurerm_windows_virtual_machine.vm azurerm_virtual_machine_data_disk_attachment.d.caching',
    ]);
  });
});
