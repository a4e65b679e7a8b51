"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.windowsVirtualMachineSettings = windowsVirtualMachineSettings;
exports.networkSecurityRuleSettings = networkSecurityRuleSettings;
exports.flexibleScaleSetSettings = flexibleScaleSetSettings;
const windows_vm_facts_1 = require("../../windows/windows-vm-facts");
const image_catalog_1 = require("../../windows/image-catalog");
const arbitrary_parts_1 = require("./arbitrary-parts");
/** Settings of a raw provider `WindowsVirtualMachine` on an Azure Edition image: the whole space, or valid-only. */
function windowsVirtualMachineSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const reference = (sku) => ({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' });
    if (options.validOnly) {
        return fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES).chain((entry) => fc.record({
            size: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES),
            sourceImageReference: fc.constant(reference(entry.sku)),
            computerName: (0, arbitrary_parts_1.computerNameArbitrary)(fc),
            adminUsername: fc.constantFrom(...arbitrary_parts_1.ADMIN_USERNAMES),
            patchMode: fc.constant('AutomaticByPlatform'),
            patchAssessmentMode: fc.constantFrom(...windows_vm_facts_1.PATCH_ASSESSMENT_MODES),
            hotpatchingEnabled: image_catalog_1.HOTPATCH_SKUS.includes(entry.sku) ? fc.boolean() : fc.constant(false),
            provisionVmAgent: fc.constant(true),
            allowExtensionOperations: fc.boolean(),
            automaticUpdatesEnabled: fc.constant(true),
            bypassPlatformSafetyChecksOnUserScheduleEnabled: fc.constant(false),
            secureBootEnabled: fc.boolean(),
            vtpmEnabled: fc.boolean(),
        }));
    }
    return fc.record({
        size: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES, ...arbitrary_parts_1.OTHER_SIZES),
        sourceImageReference: fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES.map((e) => e.sku), '2022-Datacenter-Azure-Edition-Core', '2022-datacenter-g2', '2019-datacenter').map(reference),
        computerName: fc.oneof((0, arbitrary_parts_1.computerNameArbitrary)(fc), fc.constantFrom(...arbitrary_parts_1.BAD_COMPUTER_NAMES)),
        adminUsername: fc.constantFrom(...arbitrary_parts_1.ADMIN_USERNAMES, ...arbitrary_parts_1.BAD_ADMIN_USERNAMES),
        patchMode: fc.constantFrom(...windows_vm_facts_1.PATCH_MODES, 'automaticbyplatform'),
        patchAssessmentMode: fc.constantFrom(...windows_vm_facts_1.PATCH_ASSESSMENT_MODES),
        hotpatchingEnabled: fc.boolean(),
        provisionVmAgent: fc.boolean(),
        allowExtensionOperations: fc.boolean(),
        automaticUpdatesEnabled: fc.boolean(),
        bypassPlatformSafetyChecksOnUserScheduleEnabled: fc.boolean(),
        secureBootEnabled: fc.boolean(),
        vtpmEnabled: fc.boolean(),
    });
}
const CIDRS = ['203.0.113.0/24', '198.51.100.7/32', '10.0.0.0/8', '2001:db8::/32'];
const TAGS = ['VirtualNetwork', 'AzureLoadBalancer', 'Internet', '*'];
/**
 * Settings of an NSG rule. Valid-only rules never allow RDP (TCP 3389) or SMB (TCP 445) from the Internet and put
 * only addresses and CIDRs in the plural prefix fields; the whole input space opens both ports to `*`, `Internet` or
 * `0.0.0.0/0` through single ports, ranges and lists, and puts service tags in the plural fields.
 */
function networkSecurityRuleSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const ports = options.validOnly ? ['443', '80', '5985-5986', '8443'] : ['443', '3389', '445', '*', '3000-4000', '440-450', '22'];
    const internetPorts = ['443', '80', '8443'];
    const sources = options.validOnly ? ['VirtualNetwork', 'AzureLoadBalancer', ...CIDRS] : [...TAGS, '0.0.0.0/0', ...CIDRS];
    const plural = (items) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });
    const port = (items) => fc.oneof(fc.record({ destinationPortRange: fc.constantFrom(...items) }), fc.record({ destinationPortRanges: plural(items) }));
    const prefixes = options.validOnly ? CIDRS : [...CIDRS, ...TAGS];
    const source = (single) => fc.oneof(fc.record({ sourceAddressPrefix: fc.constantFrom(...single) }), fc.record({ sourceAddressPrefixes: plural(prefixes) }));
    const destination = fc.oneof(fc.record({ destinationAddressPrefix: fc.constantFrom('*', 'VirtualNetwork', '10.1.0.4') }), fc.record({ destinationAddressPrefixes: plural(prefixes) }));
    const base = fc.record({
        direction: fc.constantFrom('Inbound', 'Outbound'),
        access: fc.constantFrom('Allow', 'Deny'),
        protocol: fc.constantFrom('Tcp', 'Udp', '*'),
        sourcePortRange: fc.constant('*'),
    });
    const rule = (p, s) => fc.tuple(base, p, s, destination).map(([b, ...parts]) => Object.assign({}, b, ...parts));
    // valid-only: management ports only from known sources, the Internet only to web ports
    return options.validOnly ? fc.oneof(rule(port(ports), source(sources)), rule(port(internetPorts), source(['Internet', '*']))) : rule(port(ports), source(sources));
}
/**
 * Settings of a Flexible scale set on a Windows Server image. Valid-only ones patch by the platform with the
 * application health extension, and hotpatch exactly when the image can; the whole input space leaves the extension
 * out, turns hotpatching off on a hotpatch image or on where the image cannot, and mixes patch modes.
 */
function flexibleScaleSetSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const reference = (sku) => ({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku, version: 'latest' });
    const prefix = fc.stringMatching(/^[a-z][a-z0-9]{0,7}-?$/);
    if (options.validOnly) {
        return fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES).chain((entry) => fc.record({
            skuName: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES),
            sourceImageReference: fc.constant(reference(entry.sku)),
            windowsConfiguration: fc.record({
                computerNamePrefix: prefix,
                patchMode: fc.constant('AutomaticByPlatform'),
                hotpatchingEnabled: fc.constant(image_catalog_1.HOTPATCH_SKUS.includes(entry.sku)),
                provisionVmAgent: fc.constant(true),
                enableAutomaticUpdates: fc.constant(true),
            }),
            extensionTypes: fc.constantFrom(['ApplicationHealthWindows'], ['ApplicationHealthWindows', 'CustomScriptExtension']),
        }));
    }
    return fc.record({
        skuName: fc.constantFrom(...arbitrary_parts_1.TRUSTED_LAUNCH_SIZES),
        sourceImageReference: fc.constantFrom(...image_catalog_1.AZURE_EDITION_IMAGES.map((e) => e.sku), '2022-datacenter-g2', '2019-datacenter-gensecond').map(reference),
        windowsConfiguration: fc.record({
            computerNamePrefix: prefix,
            patchMode: fc.constantFrom(...windows_vm_facts_1.PATCH_MODES),
            hotpatchingEnabled: fc.boolean(),
            provisionVmAgent: fc.constant(true),
            enableAutomaticUpdates: fc.boolean(),
        }),
        extensionTypes: fc.constantFrom([], ['ApplicationHealthWindows'], ['CustomScriptExtension'], ['ApplicationHealthWindows', 'CustomScriptExtension']),
    });
}
