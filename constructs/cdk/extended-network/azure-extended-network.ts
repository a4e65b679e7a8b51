import type { DataAzurermVirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway';
import type { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import type { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { TerraformOutput, TerraformProvider } from 'cdktf';
import { PROVIDER_PROP } from '../internal/provider-prop';
import { Construct } from 'constructs';
import { applyRules, checkProps } from '../internal/apply-rules';
import { PropSchema } from '../../core/prop-types';
import { maybe, maybeList } from '../internal/maybe';
import { WindowsServerAzureEditionImage } from '../../windows/image';
import { WindowsServerAzureEditionVm } from '../windows/windows-server-azure-edition-vm';
import { DEFAULT_VXLAN_PORT, ExtendedNetworkFacts } from '../../extended-network/extended-network-facts';
import { EXTENDED_NETWORK_RULES, XNET_GATEWAY_MESSAGE, XNET_GATEWAY_TYPES } from '../../extended-network/extended-network-rules';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const dataAzurermVirtualNetworkGatewayModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway') as typeof import('@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway'));
const networkInterfaceModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/network-interface') as typeof import('@cdktf/provider-azurerm/lib/network-interface'));
const networkInterfaceSecurityGroupAssociationModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/network-interface-security-group-association') as typeof import('@cdktf/provider-azurerm/lib/network-interface-security-group-association'));
const networkSecurityGroupModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/network-security-group') as typeof import('@cdktf/provider-azurerm/lib/network-security-group'));

/** A subnet of the VNet, as the appliance needs it. */
export interface ExtendedNetworkSubnet {
  /** The subnet id. */
  readonly id: string;
  /** The subnet name (not `GatewaySubnet`). */
  readonly name: string;
  /** The subnet's CIDR. */
  readonly addressPrefix: string;
}

/** Props of {@link AzureExtendedNetwork}. */
export interface AzureExtendedNetworkProps {
  /** Name of the appliance VM (and prefix of its NICs and NSG). */
  readonly name: string;
  /** Resource group of the appliance and its NICs and NSG. */
  readonly resourceGroupName: string;
  /** Azure region of the VNet. */
  readonly location: string;
  /** A size with nested virtualization. @default 'Standard_D4s_v5' */
  readonly size?: string;
  /** A Windows Server 2022 Azure Edition image. @default DATACENTER_2022_CORE */
  readonly image?: WindowsServerAzureEditionImage;
  /** Local administrator account of the appliance. */
  readonly adminUsername: string;
  /** A token (sensitive variable or Key Vault secret); a literal is refused. */
  readonly adminPassword: string;
  /** Subnet of the first (primary) NIC: routable between Azure and on-premises. */
  readonly routableSubnet: ExtendedNetworkSubnet;
  /** Subnet of the second NIC: the extended subnet, with the on-premises CIDR. */
  readonly extendedSubnet: ExtendedNetworkSubnet;
  /** CIDR of the on-premises subnet that is extended. */
  readonly onPremisesSubnetPrefix: string;
  /** Routable IPv4 address of the on-premises appliance (the only VXLAN peer allowed). */
  readonly onPremisesApplianceAddress: string;
  /** The site-to-site VPN or ExpressRoute gateway of the VNet; it must exist (checked at plan). */
  readonly virtualNetworkGateway: { readonly name: string; readonly resourceGroupName: string };
  /** UDP port of VXLAN between the two appliances. @default 4789 */
  readonly vxlanPort?: number;
  /** Addresses that will be extended (at most 250). @default none listed */
  readonly extendedAddresses?: string[];
  /** First NSG rule priority. @default 200 */
  readonly priority?: number;
  /**
   * The azurerm provider of every resource it creates and of the gateway it reads: an aliased one, for another subscription than the stack's default.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /** Tags of every resource it creates. @default no tags */
  readonly tags?: { [key: string]: string };
}

const REQ = { type: 'string', required: true } as const;
const SUBNET = { type: { object: { id: REQ, name: REQ, addressPrefix: REQ } }, required: true } as const;

/** The runtime shape of {@link AzureExtendedNetworkProps}. */
export const EXTENDED_NETWORK_PROPS: PropSchema = {
  name: REQ,
  resourceGroupName: REQ,
  location: REQ,
  size: { type: 'string' },
  image: { type: { instance: WindowsServerAzureEditionImage, name: 'WindowsServerAzureEditionImage' } },
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
  provider: PROVIDER_PROP,
};

/**
 * The Azure side of an Azure Extended Network appliance pair: a Windows Server 2022 Azure Edition VM on a nested
 * virtualization size with a routable and an extended NIC, an NSG that lets VXLAN through from the on-premises
 * appliance only, and a check that the VNet gateway exists. Windows Admin Center then deploys the extension on
 * both appliances (a manual step).
 */
export class AzureExtendedNetwork extends Construct {
  /** The appliance VM. */
  public readonly resource: WindowsServerAzureEditionVm;
  /** The primary NIC, on the routable subnet. */
  public readonly routableInterface: NetworkInterface;
  /** The second NIC, on the extended subnet. */
  public readonly extendedInterface: NetworkInterface;
  /** The appliance NSG: VXLAN from the on-premises appliance only. */
  public readonly networkSecurityGroup: NetworkSecurityGroup;
  /** The VNet gateway, read as a data source so that a missing one fails at plan. */
  public readonly gateway: DataAzurermVirtualNetworkGateway;
  /** The VXLAN UDP port. */
  public readonly vxlanPort: number;

  constructor(scope: Construct, id: string, props: AzureExtendedNetworkProps) {
    super(scope, id);
    checkProps(this, EXTENDED_NETWORK_PROPS, props);
    const image = props.image ?? WindowsServerAzureEditionImage.DATACENTER_2022_CORE;
    const size = props.size ?? 'Standard_D4s_v5';
    this.vxlanPort = props.vxlanPort ?? DEFAULT_VXLAN_PORT;
    const subnet = (s: ExtendedNetworkSubnet) => ({ id: maybe(s?.id)!, name: maybe(s?.name)!, addressPrefix: maybe(s?.addressPrefix)! });
    const facts: ExtendedNetworkFacts = {
      imageSupportsExtendedNetwork: image.supports('extended-network'),
      imageName: `'${image.reference?.sku ?? image.imageId}'`,
      size: maybe(size)!,
      routableSubnet: subnet(props.routableSubnet),
      extendedSubnet: subnet(props.extendedSubnet),
      onPremisesSubnetPrefix: maybe(props.onPremisesSubnetPrefix)!,
      onPremisesApplianceAddress: maybe(props.onPremisesApplianceAddress)!,
      vxlanPort: maybe(this.vxlanPort)!,
      extendedAddresses: maybeList(props.extendedAddresses),
    };
    applyRules(this, EXTENDED_NETWORK_RULES, facts);

    const common = { resourceGroupName: props.resourceGroupName, location: props.location, provider: props.provider, tags: props.tags };
    this.gateway = new (dataAzurermVirtualNetworkGatewayModule().DataAzurermVirtualNetworkGateway)(this, 'Gateway', {
      name: props.virtualNetworkGateway.name,
      provider: props.provider,
      resourceGroupName: props.virtualNetworkGateway.resourceGroupName,
      lifecycle: {
        postcondition: [
          {
            condition: `\${contains([${XNET_GATEWAY_TYPES.map((t) => `"${t}"`).join(', ')}], self.type)}`,
            errorMessage: XNET_GATEWAY_MESSAGE,
          },
        ],
      },
    });
    const nic = (role: string, s: ExtendedNetworkSubnet) =>
      new (networkInterfaceModule().NetworkInterface)(this, `${role}-nic`, {
        name: `${props.name}-${role}`,
        ...common,
        ipConfiguration: [{ name: role, subnetId: s.id, privateIpAddressAllocation: 'Dynamic' }],
      });
    this.routableInterface = nic('routable', props.routableSubnet);
    this.extendedInterface = nic('extended', props.extendedSubnet);

    const priority = props.priority ?? 200;
    const peer = `${props.onPremisesApplianceAddress}/32`;
    const port = String(this.vxlanPort);
    this.networkSecurityGroup = new (networkSecurityGroupModule().NetworkSecurityGroup)(this, 'Nsg', {
      name: `${props.name}-vxlan`,
      ...common,
      securityRule: [
        { name: 'allow-vxlan-from-peer', priority, direction: 'Inbound', access: 'Allow', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: peer, destinationAddressPrefix: this.routableInterface.privateIpAddress, description: 'VXLAN from the on-premises appliance only' },
        { name: 'deny-vxlan-from-others', priority: priority + 10, direction: 'Inbound', access: 'Deny', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: '*', destinationAddressPrefix: '*', description: 'VXLAN from anywhere else' },
        { name: 'allow-vxlan-to-peer', priority, direction: 'Outbound', access: 'Allow', protocol: 'Udp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: this.routableInterface.privateIpAddress, destinationAddressPrefix: peer, description: 'VXLAN to the on-premises appliance' },
      ],
    });
    new (networkInterfaceSecurityGroupAssociationModule().NetworkInterfaceSecurityGroupAssociation)(this, 'NsgAssociation', { networkInterfaceId: this.routableInterface.id, networkSecurityGroupId: this.networkSecurityGroup.id, provider: props.provider });

    this.resource = new WindowsServerAzureEditionVm(this, 'Resource', {
      name: props.name,
      ...common,
      size,
      image,
      adminUsername: props.adminUsername,
      adminPassword: props.adminPassword,
      networkInterfaceIds: [this.routableInterface.id, this.extendedInterface.id],
    });

    // what the on-premises appliance and Windows Admin Center need
    new TerraformOutput(this, 'azure-appliance-routable-ip', { value: this.routableInterface.privateIpAddress, description: 'Routable address of the Azure appliance (VXLAN peer of the on-premises appliance).' });
    new TerraformOutput(this, 'azure-appliance-vm', { value: props.name, description: 'Azure appliance VM to select in Windows Admin Center.' });
    new TerraformOutput(this, 'extended-subnet-prefix', { value: props.extendedSubnet.addressPrefix, description: 'Extended subnet (same CIDR as on premises).' });
    new TerraformOutput(this, 'vxlan-udp-port', { value: this.vxlanPort, description: 'VXLAN UDP port to allow between the sites.' });
  }
}
