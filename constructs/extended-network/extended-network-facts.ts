import { Maybe } from '../core/unknown';

export interface SubnetFacts {
  readonly id: Maybe<string>;
  readonly name: Maybe<string>;
  readonly addressPrefix: Maybe<string>;
}

/** What the Azure Extended Network rules need to know, after defaults. */
export interface ExtendedNetworkFacts {
  readonly imageSupportsExtendedNetwork: boolean;
  readonly imageName: string;
  readonly size: Maybe<string>;
  readonly routableSubnet: SubnetFacts;
  readonly extendedSubnet: SubnetFacts;
  readonly onPremisesSubnetPrefix: Maybe<string>;
  readonly onPremisesApplianceAddress: Maybe<string>;
  readonly vxlanPort: Maybe<number>;
  readonly extendedAddresses: Maybe<readonly Maybe<string>[]>;
}

export const MAX_EXTENDED_ADDRESSES = 250;
export const DEFAULT_VXLAN_PORT = 4789;
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
