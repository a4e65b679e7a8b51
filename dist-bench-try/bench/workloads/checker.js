"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Writes Terraform input for the checker benchmarks: `checker.js <count> <path> [files] [plan]`. One JSON
 * configuration at `path`; or, with `files` above 1, that many stacks `path/s<i>/cdk.tf.json` sharing the resources
 * (a cdktf.out of many stacks); or, with `plan`, one plan JSON (`terraform show -json`); or, with `deep`, two resources
 * with a value nested `count` levels deep. Written block by block, so
 * that a million resources never sit in memory as one string.
 */
const fs_1 = require("fs");
const path_1 = require("path");
const [count, path, files, plan, deep] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? '1'), process.argv[5] === 'plan', process.argv[5] === 'deep'];
/** Resource `i`: a third VMs (some invalid), a third NSG rules, a third Azure Local gallery images. */
function resource(i) {
    if (i % 3 === 0) {
        return {
            type: 'azurerm_windows_virtual_machine',
            name: `vm${i}`,
            values: {
                name: `vm-${i}`, resource_group_name: 'rg', location: 'westeurope', size: i % 2 ? 'Standard_D2s_v5' : 'Standard_D2_v3',
                admin_username: 'azureuser', admin_password: '${var.admin_password}', network_interface_ids: [`\${azurerm_network_interface.n${i}.id}`],
                patch_mode: i % 5 ? 'AutomaticByPlatform' : 'AutomaticByOS', hotpatching_enabled: i % 7 !== 0,
                os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' },
                source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: i % 4 ? '2022-datacenter-azure-edition-core' : '2022-datacenter-azure-edition', version: 'latest' },
            },
        };
    }
    if (i % 3 === 1) {
        return { type: 'azurerm_network_security_rule', name: `r${i}`, values: { name: `r${i}`, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_address_prefix: i % 11 ? '10.0.0.0/8' : 'Internet', destination_port_range: String(400 + (i % 100)), priority: 100 + (i % 4000) } };
    }
    return { type: 'azurerm_stack_hci_marketplace_gallery_image', name: `img${i}`, values: { name: `img-${i}`, resource_group_name: 'rg', location: 'westeurope', custom_location_id: 'cl', hyperv_generation: i % 13 ? 'V2' : 'V1', os_type: 'Windows', version: '1.0.0', identifier: { publisher: 'p', offer: 'o', sku: 's' } } };
}
/** A configuration of resources `from` to `to`, one type after the other. */
function writeConfiguration(file, from, to) {
    const fd = (0, fs_1.openSync)(file, 'w');
    (0, fs_1.writeSync)(fd, '{"resource":{');
    for (let t = 0; t < 3; t++) {
        (0, fs_1.writeSync)(fd, `${t ? ',' : ''}${JSON.stringify(resource(t).type)}:{`);
        let first = true;
        for (let i = from + ((t - (from % 3) + 3) % 3); i < to; i += 3) {
            const r = resource(i);
            (0, fs_1.writeSync)(fd, `${first ? '' : ','}${JSON.stringify(r.name)}:${JSON.stringify(r.values)}`);
            first = false;
        }
        (0, fs_1.writeSync)(fd, '}');
    }
    (0, fs_1.writeSync)(fd, '}}');
    (0, fs_1.closeSync)(fd);
}
/** A plan JSON with every resource created. */
function writePlan(file) {
    const fd = (0, fs_1.openSync)(file, 'w');
    (0, fs_1.writeSync)(fd, '{"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},"resource_changes":[');
    for (let i = 0; i < count; i++) {
        const r = resource(i);
        (0, fs_1.writeSync)(fd, `${i ? ',' : ''}${JSON.stringify({ address: `${r.type}.${r.name}`, mode: 'managed', type: r.type, name: r.name, change: { actions: ['create'], after: r.values, after_unknown: { id: true } } })}`);
    }
    (0, fs_1.writeSync)(fd, ']}');
    (0, fs_1.closeSync)(fd);
}
/** One VM and one Azure Local VM instance, each with a value nested `count` levels deep (a tag, a body property). */
function writeDeep(file) {
    const value = '{"a":'.repeat(count) + '"x"' + '}'.repeat(count);
    const vm = `{"name":"vm","size":"Standard_D2s_v5","admin_password":"\${var.pw}","patch_mode":"AutomaticByOS","tags":${value}}`;
    const body = `{"properties":{"hardwareProfile":{"memoryMB":8192},"deep":${value}}}`;
    const fd = (0, fs_1.openSync)(file, 'w');
    (0, fs_1.writeSync)(fd, `{"resource":{"azurerm_windows_virtual_machine":{"vm":${vm}},"azapi_resource":{"i":{"type":"Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01","name":"default","parent_id":"x","body":${body}}}}}`);
    (0, fs_1.closeSync)(fd);
}
if (deep)
    writeDeep(path);
else if (plan)
    writePlan(path);
else if (files <= 1)
    writeConfiguration(path, 0, count);
else {
    const per = Math.ceil(count / files);
    for (let f = 0; f < files; f++) {
        (0, fs_1.mkdirSync)((0, path_1.join)(path, `s${f}`), { recursive: true });
        writeConfiguration((0, path_1.join)(path, `s${f}`, 'cdk.tf.json'), f * per, Math.min(count, (f + 1) * per));
    }
}
