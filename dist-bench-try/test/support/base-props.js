"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.newStack = newStack;
exports.baseProps = baseProps;
const cdktf_1 = require("cdktf");
const constructs_1 = require("../../constructs");
const build_vm_1 = require("./build-vm");
function newStack() {
    return new cdktf_1.TerraformStack(new cdktf_1.App(), 'test');
}
/** Valid props for a 2022 Core VM; tests override what they exercise. */
function baseProps(stack) {
    return {
        name: 'vm01',
        resourceGroupName: 'rg',
        location: 'westeurope',
        size: 'Standard_D2s_v5',
        adminUsername: 'azureuser',
        adminPassword: new cdktf_1.TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
        networkInterfaceIds: [build_vm_1.NIC_ID],
        image: constructs_1.WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
    };
}
