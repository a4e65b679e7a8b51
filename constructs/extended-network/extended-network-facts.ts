import { Maybe } from '../core/unknown';

/** A subnet as the Extended Network rules read it. */
export interface SubnetFacts {
  /** The subnet id. */
  readonly id: Maybe<string>;
  /** The subnet name. */
  readonly name: Maybe<string>;
  /** The subnet's CIDR. */
  readonly addressPrefix: Maybe<string>;
}

/** What the Azure Extended Network rules need to know, after defaults. */
export interface ExtendedNetworkFacts {
  /** Whether the appliance image supports Azure Extended Network (catalog fact). */
  readonly imageSupportsExtendedNetwork: boolean;
  /** The appliance image, as messages show it. */
  readonly imageName: string;
  /** The appliance VM size. */
  readonly size: Maybe<string>;
  /** The subnet of the primary NIC, routable between Azure and on-premises. */
  readonly routableSubnet: SubnetFacts;
  /** The subnet of the second NIC, extended from on-premises. */
  readonly extendedSubnet: SubnetFacts;
  /** CIDR of the on-premises subnet. */
  readonly onPremisesSubnetPrefix: Maybe<string>;
  /** Routable IPv4 address of the on-premises appliance. */
  readonly onPremisesApplianceAddress: Maybe<string>;
  /** UDP port of VXLAN. */
  readonly vxlanPort: Maybe<number>;
  /** The addresses to extend. */
  readonly extendedAddresses: Maybe<readonly Maybe<string>[]>;
}

export const MAX_EXTENDED_ADDRESSES = 250;
export const DEFAULT_VXLAN_PORT = 4789;
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
