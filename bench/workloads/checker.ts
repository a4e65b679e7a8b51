/** Writes a Terraform JSON file with `count` resources for the checker benchmark: `checker.js <count> <file>`. */
import { writeFileSync } from 'fs';

const [count, file] = [Number(process.argv[2]), process.argv[3]];
const resource: Record<string, Record<string, unknown>> = { azurerm_windows_virtual_machine: {}, azurerm_network_security_rule: {}, azurerm_stack_hci_marketplace_gallery_image: {} };
for (let i = 0; i < count; i++) {
  if (i % 3 === 0) {
    resource.azurerm_windows_virtual_machine[`vm${i}`] = {
      name: `vm-${i}`, resource_group_name: 'rg', location: 'westeurope', size: i % 2 ? 'Standard_D2s_v5' : 'Standard_D2_v3',
      admin_username: 'azureuser', admin_password: '${var.admin_password}', network_interface_ids: [`\${azurerm_network_interface.n${i}.id}`],
      patch_mode: i % 5 ? 'AutomaticByPlatform' : 'AutomaticByOS', hotpatching_enabled: i % 7 !== 0,
      os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' },
      source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: i % 4 ? '2022-datacenter-azure-edition-core' : '2022-datacenter-azure-edition', version: 'latest' },
    };
  } else if (i % 3 === 1) {
    resource.azurerm_network_security_rule[`r${i}`] = { name: `r${i}`, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefix: i % 11 ? '10.0.0.0/8' : 'Internet', destination_port_range: String(400 + (i % 100)), priority: 100 + (i % 4000) };
  } else {
    resource.azurerm_stack_hci_marketplace_gallery_image[`img${i}`] = { name: `img-${i}`, resource_group_name: 'rg', location: 'westeurope', custom_location_id: 'cl', hyperv_generation: i % 13 ? 'V2' : 'V1', os_type: 'Windows', version: '1.0.0', identifier: { publisher: 'p', offer: 'o', sku: 's' } };
  }
}
writeFileSync(file, JSON.stringify({ resource }, null, 1));
