import { checkResources, CheckFinding } from '../../constructs/checker/check';
import { resourcesOfHcl } from '../../constructs/checker/load';

const findings = (f: CheckFinding[]) => f.filter((x) => /^HCI-(DYNAMIC|STATIC)/.test(x.ruleId)).map((x) => `${x.ruleId} ${x.severity} ${x.address} ${x.attribute}`);
const hcl = async (text: string) => findings(checkResources(await resourcesOfHcl(text, 'dir/main.tf')));

const INSTANCE = (hardware: string) => `
resource "azapi_resource" "vm" {
  type      = "Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01"
  name      = "default"
  parent_id = azurerm_arc_machine.vm.id
  body = {
    extendedLocation = { type = "CustomLocation", name = var.custom_location_id }
    properties = {
      hardwareProfile = ${hardware}
      securityProfile = { securityType = "TrustedLaunch", enableTPM = true, uefiSettings = { secureBootEnabled = true } }
      osProfile = { adminUsername = "localadmin", computerName = "app01" }
    }
  }
}`;

describe('checker: memory and network interfaces of raw Azure Local resources', () => {
  test('a body with dynamic memory around its startup memory is clean', async () => {
    expect(await hcl(INSTANCE('{ vmSize = "Custom", processors = 4, memoryMB = 8192, dynamicMemoryConfig = { minimumMemoryMB = 4096, maximumMemoryMB = 16384, targetMemoryBuffer = 20 } }'))).toEqual([]);
  });
  test('fails a buffer outside 5 to 2000 and warns of a range that leaves out the startup memory, at their body paths', async () => {
    expect(await hcl(INSTANCE('{ vmSize = "Custom", memoryMB = 2048, dynamicMemoryConfig = { minimumMemoryMB = 4096, maximumMemoryMB = 16384, targetMemoryBuffer = 1 } }'))).toEqual([
      'HCI-DYNAMIC-MEMORY error azapi_resource.vm body.properties.hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer',
      'HCI-DYNAMIC-MEMORY-RANGE warning azapi_resource.vm body.properties.hardwareProfile.memoryMB',
    ]);
  });
  test('warns of a minimum above the maximum at the dynamic memory block of the body', async () => {
    expect(await hcl(INSTANCE('{ vmSize = "Custom", memoryMB = 8192, dynamicMemoryConfig = { minimumMemoryMB = 16384, maximumMemoryMB = 4096 } }'))).toEqual(['HCI-DYNAMIC-MEMORY-RANGE warning azapi_resource.vm body.properties.hardwareProfile.dynamicMemoryConfig']);
  });
  test('fails a network interface address that is not IPv4', async () => {
    const nic = (ip: string) => `
resource "azurerm_stack_hci_network_interface" "nic" {
  name                = "app01-nic"
  resource_group_name = "rg"
  location            = "westeurope"
  custom_location_id  = var.custom_location_id
  ip_configuration {
    subnet_id          = var.logical_network_id
    private_ip_address = "${ip}"
  }
}`;
    expect(await hcl(nic('192.168.10.300'))).toEqual(['HCI-STATIC-IP error azurerm_stack_hci_network_interface.nic ip_configuration.private_ip_address']);
    expect(await hcl(nic('192.168.10.30'))).toEqual([]);
  });
});
