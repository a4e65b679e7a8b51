"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hclWindowsVm = hclWindowsVm;
/** An `azurerm_windows_virtual_machine` block `vm` in HCL with the attributes under test, on an Azure Edition image by default. */
function hclWindowsVm(attrs, options = {}) {
    return `
resource "azurerm_windows_virtual_machine" "vm" {
  name                  = "vm-01"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "${options.size ?? 'Standard_D2s_v5'}"
  admin_username        = "azureuser"
  admin_password        = var.admin_password
  network_interface_ids = [var.nic_id]
  ${attrs}
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "${options.image ?? '2022-datacenter-azure-edition-core'}"
    version   = "latest"
  }
}`;
}
