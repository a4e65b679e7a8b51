"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AZURE_LOCAL_HARDWARE_RULES = exports.HCI_STATIC_IP = exports.HCI_DYNAMIC_MEMORY_RANGE = exports.HCI_DYNAMIC_MEMORY = exports.TARGET_MEMORY_BUFFER = void 0;
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const net_1 = require("../core/net");
const unknown_1 = require("../core/unknown");
/** The buffer range of the API (percent of the memory the VM is thought to need). */
exports.TARGET_MEMORY_BUFFER = { min: 5, max: 2000 };
exports.HCI_DYNAMIC_MEMORY = {
    id: 'HCI-DYNAMIC-MEMORY',
    severity: 'error',
    title: 'the dynamic memory buffer is a whole percentage from 5 to 2000',
    source: sources_1.HCI_SOURCES.dynamicMemory,
    doc: 'The VM instance API and Hyper-V accept a target memory buffer from 5 to 2000 percent; another value is refused when the VM is created.',
    check(f) {
        const b = f.dynamicMemory?.targetBuffer;
        if (b === undefined || !(0, unknown_1.isKnown)(b))
            return [];
        if (Number.isInteger(b) && b >= exports.TARGET_MEMORY_BUFFER.min && b <= exports.TARGET_MEMORY_BUFFER.max)
            return [];
        return [{ attribute: 'hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer', message: `the dynamic memory buffer is ${(0, rule_1.show)(b)}%, outside 5 to 2000`, value: (0, rule_1.show)(b), fix: 'use a whole percentage from 5 to 2000 (Hyper-V uses 20 by default)', constructFix: 'set dynamicMemory.targetBufferPercent from 5 to 2000' }];
    },
};
exports.HCI_DYNAMIC_MEMORY_RANGE = {
    id: 'HCI-DYNAMIC-MEMORY-RANGE',
    severity: 'warning',
    title: 'with dynamic memory, the minimum is at most the memory and the maximum at least the memory',
    source: sources_1.HCI_SOURCES.dynamicMemory,
    doc: 'Inferred from Hyper-V dynamic memory, where memoryMB is the startup memory between the minimum and the maximum; the API documents no check, so this is a warning, not a refusal.',
    check(f) {
        const d = f.dynamicMemory;
        if (!d)
            return [];
        const out = [];
        const n = (v) => ((0, unknown_1.isKnown)(v) && typeof v === 'number' ? v : undefined);
        const [min, max, memory] = [n(d.minimumMb), n(d.maximumMb), n(f.memoryMb)];
        if (min !== undefined && max !== undefined && min > max) {
            out.push({ attribute: 'hardwareProfile.dynamicMemoryConfig', message: `the dynamic memory minimum (${min} MB) is above the maximum (${max} MB)`, value: `${min}`, fix: 'set minimumMemoryMB at most maximumMemoryMB', constructFix: 'set dynamicMemory.minimumMb at most dynamicMemory.maximumMb' });
        }
        else if (memory !== undefined && ((min !== undefined && memory < min) || (max !== undefined && memory > max))) {
            out.push({ attribute: 'hardwareProfile.memoryMB', message: `the startup memory (${memory} MB) is outside the dynamic memory range (${min ?? 'no minimum'} to ${max ?? 'no maximum'} MB)`, value: `${memory}`, fix: 'set memoryMB between the minimum and the maximum', constructFix: 'set memoryMb between dynamicMemory.minimumMb and dynamicMemory.maximumMb' });
        }
        return out;
    },
};
exports.HCI_STATIC_IP = {
    id: 'HCI-STATIC-IP',
    severity: 'error',
    title: 'a static IP address of a network interface is an IPv4 address',
    source: sources_1.HCI_SOURCES.stackHciNetworkInterface,
    doc: 'azurerm validates the private IP address of an Azure Local network interface as IPv4 at plan.',
    check: (f) => f.privateIpAddresses
        .filter((a) => (0, unknown_1.isKnown)(a.address) && !(typeof a.address === 'string' && (0, net_1.isIpv4)(a.address)))
        .map((a) => ({ attribute: a.attribute, message: `static IP address ${(0, rule_1.show)(a.address)} is not an IPv4 address`, value: (0, rule_1.show)(a.address), fix: 'use an IPv4 address of the logical network, or leave it out for an address from the network' })),
};
/** The memory and network interface rules of an Azure Local VM. */
exports.AZURE_LOCAL_HARDWARE_RULES = [exports.HCI_DYNAMIC_MEMORY, exports.HCI_DYNAMIC_MEMORY_RANGE, exports.HCI_STATIC_IP];
