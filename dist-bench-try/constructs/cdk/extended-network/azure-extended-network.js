"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzureExtendedNetwork = exports.EXTENDED_NETWORK_PROPS = void 0;
const cdktf_1 = require("cdktf");
const provider_prop_1 = require("../internal/provider-prop");
const constructs_1 = require("constructs");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const image_1 = require("../../windows/image");
const windows_server_azure_edition_vm_1 = require("../windows/windows-server-azure-edition-vm");
const extended_network_facts_1 = require("../../extended-network/extended-network-facts");
const extended_network_rules_1 = require("../../extended-network/extended-network-rules");
// provider classes load when a construct first needs them: importing the library stays cheap
const dataAzurermVirtualNetworkGatewayModule = () => require('@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway');
const networkInterfaceModule = () => require('@cdktf/provider-azurerm/lib/network-interface');
const networkInterfaceSecurityGroupAssociationModule = () => require('@cdktf/provider-azurerm/lib/network-interface-security-group-association');
const networkSecurityGroupModule = () => require('@cdktf/provider-azurerm/lib/network-security-group');
const REQ = { type: 'string', required: true };
const SUBNET = { type: { object: { id: REQ, name: REQ, addressPrefix: REQ } }, required: true };
/** The runtime shape of {@link AzureExtendedNetworkProps}. */
exports.EXTENDED_NETWORK_PROPS = {
    name: REQ,
    resourceGroupName: REQ,
    location: REQ,
    size: { type: 'string' },
    image: { type: { instance: image_1.WindowsServerAzureEditionImage, name: 'WindowsServerAzureEditionImage' } },
    adminUsername: REQ,
    adminPassword: { type: 'string', required: true, secret: true },
    routableSubnet: SUBNET,
    extendedSubnet: SUBNET,
    onPremisesSubnetPrefix: REQ,
    onPremisesApplianceAddress: REQ,
    virtualNetworkGateway: { type: { object: { name: REQ, resourceGroupName: REQ } }, required: true },
    vxlanPort: { type: 'number' },
    extendedAddresses: { type: 'string[]' },
    priority: { type: 'number', integer: true, min: 100, max: 4085 },
    tags: { type: 'string-map' },
    provider: provider_prop_1.PROVIDER_PROP,
};
/**
 * The Azure side of an Azure Extended Network appliance pair: a Windows Server 2022 Azure Edition VM on a nested
 * virtualization size with a routable and an extended NIC, an NSG that lets VXLAN through from the on-premises
 * appliance only, and a check that the VNet gateway exists. Windows Admin Center then deploys the extension on
 * both appliances (a manual step).
 */
class AzureExtendedNetwork extends constructs_1.Construct {
    /** The appliance VM. */
    resource;
    /** The primary NIC, on the routable subnet. */
    routableInterface;
    /** The second NIC, on the extended subnet. */
    extendedInterface;
    /** The appliance NSG: VXLAN from the on-premises appliance only. */
    networkSecurityGroup;
    /** The VNet gateway, read as a data source so that a missing one fails at plan. */
    gateway;
    /** The VXLAN UDP port. */
    vxlanPort;
    constructor(scope, id, props) {
        super(scope, id);
        (0, apply_rules_1.checkProps)(this, exports.EXTENDED_NETWORK_PROPS, props);
        const image = props.image ?? image_1.WindowsServerAzureEditionImage.DATACENTER_2022_CORE;
        const size = props.size ?? 'Standard_D4s_v5';
        this.vxlanPort = props.vxlanPort ?? extended_network_facts_1.DEFAULT_VXLAN_PORT;
        const subnet = (s) => ({ id: (0, maybe_1.maybe)(s?.id), name: (0, maybe_1.maybe)(s?.name), addressPrefix: (0, maybe_1.maybe)(s?.addressPrefix) });
        const facts = {
            imageSupportsExtendedNetwork: image.supports('extended-network'),
            imageName: `'${image.reference?.sku ?? image.imageId}'`,
            size: (0, maybe_1.maybe)(size),
            routableSubnet: subnet(props.routableSubnet),
            extendedSubnet: subnet(props.extendedSubnet),
            onPremisesSubnetPrefix: (0, maybe_1.maybe)(props.onPremisesSubnetPrefix),
            onPremisesApplianceAddress: (0, maybe_1.maybe)(props.onPremisesApplianceAddress),
            vxlanPort: (0, maybe_1.maybe)(this.vxlanPort),
            extendedAddresses: (0, maybe_1.maybeList)(props.extendedAddresses),
        };
        (0, apply_rules_1.applyRules)(this, extended_network_rules_1.EXTENDED_NETWORK_RULES, facts);
        const common = { ...(0, provider_prop_1.providerOf)(props.provider), resourceGroupName: props.resourceGroupName, location: props.location, ...(props.tags !== undefined ? { tags: props.tags } : {}) };
        this.gateway = new (dataAzurermVirtualNetworkGatewayModule().DataAzurermVirtualNetworkGateway)(this, 'Gateway', {
            ...(0, provider_prop_1.providerOf)(props.provider),
            name: props.virtualNetworkGateway.name,
            resourceGroupName: props.virtualNetworkGateway.resourceGroupName,
            lifecycle: {
                postcondition: [
                    {
                        condition: `\${contains([${extended_network_rules_1.XNET_GATEWAY_TYPES.map((t) => `"${t}"`).join(', ')}], self.type)}`,
                        errorMessage: extended_network_rules_1.XNET_GATEWAY_MESSAGE,
                    },
                ],
            },
        });
        const nic = (role, s) => new (networkInterfaceModule().NetworkInterface)(this, `${role}-nic`, {
            ...common,
            name: `${props.name}-${role}`,
            ipConfiguration: [{ name: role, subnetId: s.id, privateIpAddressAllocation: 'Dynamic' }],
        });
        this.routableInterface = nic('routable', props.routableSubnet);
        this.extendedInterface = nic('extended', props.extendedSubnet);
        const priority = props.priority ?? 200;
        const peer = `${props.onPremisesApplianceAddress}/32`;
        const port = String(this.vxlanPort);
        this.networkSecurityGroup = new (networkSecurityGroupModule().NetworkSecurityGroup)(this, 'Nsg', {
            ...common,
            name: `${props.name}-vxlan`,
            securityRule: [
                { name: 'allow-vxlan-from-peer', priority, direction: 'Inbound', access: 'Allow', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: peer, destinationAddressPrefix: this.routableInterface.privateIpAddress, description: 'VXLAN from the on-premises appliance only' },
                { name: 'deny-vxlan-from-others', priority: priority + 10, direction: 'Inbound', access: 'Deny', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: '*', destinationAddressPrefix: '*', description: 'VXLAN from anywhere else' },
                { name: 'allow-vxlan-to-peer', priority, direction: 'Outbound', access: 'Allow', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: this.routableInterface.privateIpAddress, destinationAddressPrefix: peer, description: 'VXLAN to the on-premises appliance' },
            ],
        });
        new (networkInterfaceSecurityGroupAssociationModule().NetworkInterfaceSecurityGroupAssociation)(this, 'NsgAssociation', { ...(0, provider_prop_1.providerOf)(props.provider), networkInterfaceId: this.routableInterface.id, networkSecurityGroupId: this.networkSecurityGroup.id });
        this.resource = new windows_server_azure_edition_vm_1.WindowsServerAzureEditionVm(this, 'Resource', {
            ...common,
            name: props.name,
            size,
            image,
            adminUsername: props.adminUsername,
            adminPassword: props.adminPassword,
            networkInterfaceIds: [this.routableInterface.id, this.extendedInterface.id],
        });
        // what the on-premises appliance and Windows Admin Center need
        new cdktf_1.TerraformOutput(this, 'azure-appliance-routable-ip', { value: this.routableInterface.privateIpAddress, description: 'Routable address of the Azure appliance (VXLAN peer of the on-premises appliance).' });
        new cdktf_1.TerraformOutput(this, 'azure-appliance-vm', { value: props.name, description: 'Azure appliance VM to select in Windows Admin Center.' });
        new cdktf_1.TerraformOutput(this, 'extended-subnet-prefix', { value: props.extendedSubnet.addressPrefix, description: 'Extended subnet (same CIDR as on premises).' });
        new cdktf_1.TerraformOutput(this, 'vxlan-udp-port', { value: this.vxlanPort, description: 'VXLAN UDP port to allow between the sites.' });
    }
}
exports.AzureExtendedNetwork = AzureExtendedNetwork;
