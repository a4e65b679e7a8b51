"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzureLocalTrustedLaunchVm = exports.TRUSTED_LAUNCH_VM_PROPS = void 0;
const cdktf_1 = require("cdktf");
const provider_prop_1 = require("../internal/provider-prop");
const constructs_1 = require("constructs");
const azapi_provider_1 = require("../azapi/azapi-provider");
const azapi_resource_1 = require("../azapi/azapi-resource");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const rule_1 = require("../../core/rule");
const azure_local_vm_image_1 = require("./azure-local-vm-image");
const guest_image_support_1 = require("../../azure-local/guest-image-support");
const trusted_launch_rules_1 = require("../../azure-local/trusted-launch-rules");
const vm_instance_body_1 = require("../../azure-local/vm-instance-body");
const hardware_rules_1 = require("../../azure-local/hardware-rules");
// provider classes load when a construct first needs them: importing the library stays cheap
const arcMachineModule = () => require('@cdktf/provider-azurerm/lib/arc-machine');
const stackHciNetworkInterfaceModule = () => require('@cdktf/provider-azurerm/lib/stack-hci-network-interface');
const stackHciVirtualHardDiskModule = () => require('@cdktf/provider-azurerm/lib/stack-hci-virtual-hard-disk');
const ADVISORIES_ID = 'AzureLocalTrustedLaunchAdvisories';
const S = { type: 'string' };
const REQ = { type: 'string', required: true };
const B = { type: 'boolean' };
/** The runtime shape of {@link AzureLocalTrustedLaunchVmProps}, for JavaScript callers. */
exports.TRUSTED_LAUNCH_VM_PROPS = {
    name: REQ,
    resourceGroupName: REQ,
    location: REQ,
    customLocationId: REQ,
    image: { type: { instance: azure_local_vm_image_1.AzureLocalVmImage, name: 'AzureLocalVmImage' }, required: true },
    supportPolicy: S,
    logicalNetworkId: REQ,
    privateIpAddress: S,
    dnsServers: { type: 'string[]' },
    adminUsername: REQ,
    adminPassword: { type: 'string', required: true, secret: true },
    computerName: S,
    processors: { type: 'number', integer: true, min: 1, max: 1024 },
    memoryMb: { type: 'number', integer: true, min: 1 },
    dynamicMemory: { type: { object: { minimumMb: { type: 'number', integer: true, min: 1, required: true }, maximumMb: { type: 'number', integer: true, min: 1, required: true }, targetBufferPercent: { type: 'number' } } } },
    additionalNetworkInterfaces: { type: { array: { name: REQ, logicalNetworkId: REQ, privateIpAddress: S, dnsServers: { type: 'string[]' } } } },
    dataDisks: { type: { array: { name: REQ, sizeGb: { type: 'number', integer: true, min: 1, required: true }, dynamic: B, storagePathId: S } } },
    storagePathId: S,
    securityType: S,
    secureBoot: B,
    vtpm: B,
    guestAttestation: B,
    provisionVmAgent: B,
    tags: { type: 'string-map' },
    provider: provider_prop_1.PROVIDER_PROP,
    azapiProvider: { type: { is: azapi_provider_1.AzapiProvider.isAzapiProvider, name: 'provider of azure/azapi' } },
};
/**
 * An Azure Arc VM with security type Trusted launch on an Azure Local (Azure Stack HCI 23H2+) cluster: the Arc
 * machine (kind HCI), its network interface, optional data disks, and the VM instance (`azapi_resource`, child
 * `Resource`) with secure boot and vTPM on. Refuses at synth every configuration the platform does not support.
 */
class AzureLocalTrustedLaunchVm extends constructs_1.Construct {
    /** The VM instance (`Microsoft.AzureStackHCI/virtualMachineInstances`). */
    resource;
    /** The `azurerm_arc_machine` (kind `HCI`) that the VM instance extends. */
    arcMachine;
    /** The VM's `azurerm_stack_hci_network_interface` on the logical network. */
    networkInterface;
    /** The further network interfaces, in the order of `additionalNetworkInterfaces`. */
    additionalNetworkInterfaces;
    /** One `azurerm_stack_hci_virtual_hard_disk` per data disk, in the order given. */
    dataDisks;
    constructor(scope, id, props) {
        super(scope, id);
        (0, apply_rules_1.checkProps)(this, exports.TRUSTED_LAUNCH_VM_PROPS, props);
        const p = props;
        const image = p.image;
        const computerName = p.computerName ?? p.name;
        const facts = {
            image: image.kind === 'marketplace' && image.marketplace
                ? {
                    kind: 'marketplace',
                    publisher: (0, maybe_1.maybe)(image.marketplace.publisher),
                    offer: (0, maybe_1.maybe)(image.marketplace.offer),
                    sku: (0, maybe_1.maybe)(image.marketplace.sku),
                    version: (0, maybe_1.maybe)(image.marketplace.version),
                    hypervGeneration: (0, maybe_1.maybe)(image.hypervGeneration),
                }
                : { kind: 'custom', id: (0, maybe_1.maybe)(image.id) },
            supportPolicy: p.supportPolicy ?? guest_image_support_1.DEFAULT_SUPPORT_POLICY,
            securityType: (0, maybe_1.maybe)(p.securityType ?? 'TrustedLaunch'),
            secureBoot: (0, maybe_1.maybe)(p.secureBoot ?? true),
            vtpm: (0, maybe_1.maybe)(p.vtpm ?? true),
            guestAttestation: (0, maybe_1.maybe)(p.guestAttestation ?? false),
            computerName: (0, maybe_1.maybe)(computerName),
            adminPassword: (0, maybe_1.secretKindOf)(this, p.adminPassword).kind,
        };
        const memoryMb = p.memoryMb ?? 8192;
        const nics = p.additionalNetworkInterfaces ?? [];
        const hardware = {
            memoryMb: (0, maybe_1.maybe)(memoryMb),
            ...(p.dynamicMemory ? { dynamicMemory: { minimumMb: (0, maybe_1.maybe)(p.dynamicMemory.minimumMb), maximumMb: (0, maybe_1.maybe)(p.dynamicMemory.maximumMb), targetBuffer: (0, maybe_1.maybe)(p.dynamicMemory.targetBufferPercent) } } : {}),
            privateIpAddresses: [
                ...(p.privateIpAddress !== undefined ? [{ attribute: 'privateIpAddress', address: (0, maybe_1.maybe)(p.privateIpAddress) }] : []),
                ...nics.flatMap((n, i) => (n.privateIpAddress !== undefined ? [{ attribute: `additionalNetworkInterfaces[${i}].privateIpAddress`, address: (0, maybe_1.maybe)(n.privateIpAddress) }] : [])),
            ],
        };
        // the memory and address rules find nothing without dynamic memory or a static address: not run then
        const hardwareRules = hardware.dynamicMemory || hardware.privateIpAddresses.length > 0 ? [(0, apply_rules_1.ruleSet)(hardware_rules_1.AZURE_LOCAL_HARDWARE_RULES, hardware)] : [];
        const precondition = (0, apply_rules_1.applyRules)(this, trusted_launch_rules_1.TRUSTED_LAUNCH_VM_RULES, facts, ...hardwareRules);
        AzureLocalTrustedLaunchVm.adviseOnce(this);
        const common = { ...(0, provider_prop_1.providerOf)(p.provider), resourceGroupName: p.resourceGroupName, location: p.location, ...(p.tags !== undefined ? { tags: p.tags } : {}) };
        this.arcMachine = new (arcMachineModule().ArcMachine)(this, 'ArcMachine', { ...common, name: p.name, kind: 'HCI', identity: { type: 'SystemAssigned' } });
        this.networkInterface = new (stackHciNetworkInterfaceModule().StackHciNetworkInterface)(this, 'NetworkInterface', {
            ...common,
            name: `${p.name}-nic`,
            customLocationId: p.customLocationId,
            ipConfiguration: { subnetId: p.logicalNetworkId, ...(p.privateIpAddress !== undefined ? { privateIpAddress: p.privateIpAddress } : {}) },
            ...(p.dnsServers !== undefined ? { dnsServers: (0, maybe_1.list)(p.dnsServers) } : {}),
        });
        this.additionalNetworkInterfaces = nics.map((n, i) => new (stackHciNetworkInterfaceModule().StackHciNetworkInterface)(this, `NetworkInterface${i + 1}`, {
            ...common,
            name: n.name,
            customLocationId: p.customLocationId,
            ipConfiguration: { subnetId: n.logicalNetworkId, ...(n.privateIpAddress !== undefined ? { privateIpAddress: n.privateIpAddress } : {}) },
            ...(n.dnsServers !== undefined ? { dnsServers: (0, maybe_1.list)(n.dnsServers) } : {}),
        }));
        this.dataDisks = (p.dataDisks ?? []).map((d, i) => new (stackHciVirtualHardDiskModule().StackHciVirtualHardDisk)(this, `DataDisk${i}`, {
            ...common,
            name: d.name,
            customLocationId: p.customLocationId,
            diskSizeInGb: d.sizeGb,
            dynamicEnabled: d.dynamic ?? true,
            ...(d.storagePathId !== undefined ? { storagePathId: d.storagePathId } : {}),
        }));
        const securityProfile = { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } };
        const provisionVMAgent = p.provisionVmAgent ?? true;
        this.resource = new azapi_resource_1.AzapiResource(this, 'Resource', {
            type: vm_instance_body_1.VM_INSTANCE_TYPE,
            name: 'default',
            parentId: this.arcMachine.id,
            body: {
                extendedLocation: { type: 'CustomLocation', name: p.customLocationId },
                properties: {
                    hardwareProfile: {
                        vmSize: 'Custom',
                        processors: p.processors ?? 2,
                        memoryMB: memoryMb,
                        ...(p.dynamicMemory
                            ? {
                                dynamicMemoryConfig: {
                                    minimumMemoryMB: p.dynamicMemory.minimumMb,
                                    maximumMemoryMB: p.dynamicMemory.maximumMb,
                                    ...(p.dynamicMemory.targetBufferPercent !== undefined ? { targetMemoryBuffer: p.dynamicMemory.targetBufferPercent } : {}),
                                },
                            }
                            : {}),
                    },
                    osProfile: {
                        adminUsername: p.adminUsername,
                        computerName,
                        windowsConfiguration: { provisionVMAgent, provisionVMConfigAgent: provisionVMAgent },
                    },
                    securityProfile,
                    storageProfile: {
                        imageReference: { id: image.id },
                        ...(this.dataDisks.length > 0 ? { dataDisks: this.dataDisks.map((d) => ({ id: d.id })) } : {}),
                        ...(p.storagePathId !== undefined ? { vmConfigStoragePathId: p.storagePathId } : {}),
                    },
                    networkProfile: { networkInterfaces: [this.networkInterface, ...this.additionalNetworkInterfaces].map((n) => ({ id: n.id })) },
                },
            },
            sensitiveBody: { properties: { osProfile: { adminPassword: p.adminPassword } } },
            ...(p.azapiProvider !== undefined ? { provider: p.azapiProvider } : {}),
            // security settings are create-time only: a change must replace the VM, never be dropped silently
            replaceTriggersExternalValues: securityProfile,
            timeouts: { create: '2h' },
            ...(precondition.length > 0 ? { lifecycle: { precondition } } : {}),
        });
    }
    /** The advisories hold for every trusted-launch VM: say them once per stack, not once per VM. */
    static adviseOnce(scope) {
        const stack = cdktf_1.TerraformStack.of(scope);
        if (stack.node.tryFindChild(ADVISORIES_ID))
            return;
        const holder = new constructs_1.Construct(stack, ADVISORIES_ID);
        for (const v of (0, rule_1.evaluate)(trusted_launch_rules_1.TRUSTED_LAUNCH_ADVISORIES, undefined, holder.node.path))
            (0, apply_rules_1.warn)(holder, v);
    }
    /** The VM instance's resource id. */
    get id() {
        return this.resource.id;
    }
}
exports.AzureLocalTrustedLaunchVm = AzureLocalTrustedLaunchVm;
