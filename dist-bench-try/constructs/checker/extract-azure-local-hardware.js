"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HARDWARE_ATTRIBUTES = void 0;
exports.vmInstanceHardwareFacts = vmInstanceHardwareFacts;
exports.networkInterfaceHardwareFacts = networkInterfaceHardwareFacts;
const unknown_1 = require("../core/unknown");
const extract_1 = require("./extract");
const raw_values_1 = require("./raw-values");
/** Where the hardware facts are written in a VM instance's request body. */
exports.HARDWARE_ATTRIBUTES = {
    'hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer': 'body.properties.hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer',
    'hardwareProfile.dynamicMemoryConfig': 'body.properties.hardwareProfile.dynamicMemoryConfig',
    'hardwareProfile.memoryMB': 'body.properties.hardwareProfile.memoryMB',
};
/** Memory of a raw `Microsoft.AzureStackHCI/virtualMachineInstances` azapi resource (its interfaces are resources of their own). */
function vmInstanceHardwareFacts(r) {
    const body = (0, extract_1.azapiBody)(r.values.body);
    const hw = body?.properties?.hardwareProfile;
    const dynamic = hw && typeof hw === 'object' ? (0, raw_values_1.block)(hw.dynamicMemoryConfig) : undefined;
    return {
        // a body given as an expression is known only at apply
        memoryMb: body === undefined ? new unknown_1.Unknown(r.values.body) : (0, raw_values_1.rawOr)(hw?.memoryMB, Number.NaN),
        ...(dynamic ? { dynamicMemory: { minimumMb: (0, raw_values_1.rawOr)(dynamic.minimumMemoryMB, Number.NaN), maximumMb: (0, raw_values_1.rawOr)(dynamic.maximumMemoryMB, Number.NaN), targetBuffer: (0, raw_values_1.raw)(dynamic.targetMemoryBuffer) } } : {}),
        privateIpAddresses: [],
    };
}
/** The static IP address of an `azurerm_stack_hci_network_interface`. */
function networkInterfaceHardwareFacts(r) {
    const address = (0, raw_values_1.raw)((0, raw_values_1.block)(r.values.ip_configuration)?.private_ip_address);
    return { memoryMb: new unknown_1.Unknown(undefined), privateIpAddresses: address === undefined ? [] : [{ attribute: 'ip_configuration.private_ip_address', address }] };
}
