import { cidrContains, isIpv4, parseCidr, sameNetwork } from '../core/net';
import { Finding, findingIf, listInputs, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown } from '../core/unknown';
import { NESTED_VIRTUALIZATION_SOURCE, nestedVirtualizationSupport } from '../windows/nested-virtualization';
import { ExtendedNetworkFacts, GATEWAY_SUBNET_NAME, MAX_EXTENDED_ADDRESSES } from './extended-network-facts';

type XnetRule = Rule<ExtendedNetworkFacts>;
const one = findingIf;

export const XNET_IMAGE: XnetRule = {
  id: 'XNET-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'Azure Extended Network runs on Windows Server 2022 Azure Edition', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'the appliance image supports Azure Extended Network',
  source: `${SOURCES.automanageWindowsServer}; ${SOURCES.extendedNetwork}`,
  doc: 'The Azure appliance is a Windows Server 2022 Azure Edition VM; nothing documents it on 2025.',
  check: (f) =>
    one(!f.imageSupportsExtendedNetwork, () => ({ attribute: 'image', message: `image ${f.imageName} does not support Azure Extended Network`, value: f.imageName, fix: 'use a 2022 Azure Edition image (for example DATACENTER_2022_CORE)' })),
};

export const XNET_NESTED_VIRTUALIZATION: XnetRule = {
  id: 'XNET-NESTED-VIRTUALIZATION',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the appliance VM runs nested virtualization', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network; size series pages, "Nested Virtualization", https://learn.microsoft.com/azure/virtual-machines/sizes' },
  ],
  title: 'the appliance size runs nested virtualization',
  source: `${SOURCES.extendedNetwork}; ${NESTED_VIRTUALIZATION_SOURCE}`,
  doc: 'The appliance runs the Hyper-V role with two external virtual switches, so its size must support nested virtualization.',
  inputs: (f) => ({ size: f.size }),
  check(f) {
    if (!isKnown(f.size)) return [];
    const s = nestedVirtualizationSupport(f.size);
    return one(s.supported === false, () => ({ attribute: 'size', message: `size '${f.size}' (${s.family} family) does not run nested virtualization`, value: `'${f.size}'`, fix: "choose a size with nested virtualization, such as 'Standard_D4s_v5'" }));
  },
};

export const XNET_NESTED_VIRTUALIZATION_UNKNOWN: XnetRule = {
  id: 'XNET-NESTED-VIRTUALIZATION-UNKNOWN',
  severity: 'warning',
  title: 'the appliance size is not known to run nested virtualization',
  source: NESTED_VIRTUALIZATION_SOURCE,
  doc: 'The size is in neither list of the library; check its size series page.',
  check(f) {
    if (!isKnown(f.size)) return [];
    return one(nestedVirtualizationSupport(f.size).supported === undefined, () => ({ attribute: 'size', message: `size '${f.size}' is not known to support nested virtualization`, value: `'${f.size}'`, fix: 'check "Nested Virtualization" on the size series page' }));
  },
};

export const XNET_SUBNETS: XnetRule = {
  id: 'XNET-SUBNETS',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the appliance needs two distinct subnets besides the gateway subnet: routable and extended', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'two distinct subnets besides the gateway subnet: routable and extended',
  source: SOURCES.extendedNetwork,
  doc: 'The VNet needs at least two subnets besides gateway subnets; the first NIC is in the routable one, the second in the extended one.',
  inputs: (f) => ({ 'routableSubnet.id': f.routableSubnet.id, 'routableSubnet.name': f.routableSubnet.name, 'routableSubnet.addressPrefix': f.routableSubnet.addressPrefix, 'extendedSubnet.id': f.extendedSubnet.id, 'extendedSubnet.name': f.extendedSubnet.name, 'extendedSubnet.addressPrefix': f.extendedSubnet.addressPrefix }),
  check(f) {
    const out: Finding[] = [];
    const r = f.routableSubnet;
    const e = f.extendedSubnet;
    for (const [role, s] of [['routable', r], ['extended', e]] as const) {
      if (isKnown(s.name) && String(s.name).toLowerCase() === GATEWAY_SUBNET_NAME.toLowerCase()) {
        out.push({ attribute: `${role}Subnet.name`, message: `the ${role} subnet ${show(s.name)} is the gateway subnet`, value: show(s.name), fix: 'use a subnet other than GatewaySubnet' });
      }
    }
    const same =
      (isKnown(r.id) && isKnown(e.id) && r.id === e.id) ||
      (isKnown(r.addressPrefix) && isKnown(e.addressPrefix) && (() => {
        const a = parseCidr(String(r.addressPrefix));
        const b = parseCidr(String(e.addressPrefix));
        return a !== undefined && b !== undefined && sameNetwork(a, b);
      })());
    if (same) out.push({ attribute: 'extendedSubnet', message: `the extended subnet ${show(e.addressPrefix)} is the routable subnet`, value: show(e.addressPrefix), fix: 'put the second network interface in its own subnet' });
    for (const [role, s] of [['routable', r], ['extended', e]] as const) {
      if (isKnown(s.addressPrefix) && !parseCidr(String(s.addressPrefix))) out.push({ attribute: `${role}Subnet.addressPrefix`, message: `${role} subnet prefix ${show(s.addressPrefix)} is not an IPv4 CIDR`, value: show(s.addressPrefix), fix: "use a CIDR such as '10.0.2.0/24'" });
    }
    return out;
  },
};

export const XNET_PREFIX_MATCH: XnetRule = {
  id: 'XNET-PREFIX-MATCH',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the extended Azure subnet has the on-premises subnet\'s CIDR', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'the extended subnet has the on-premises subnet\'s CIDR',
  source: SOURCES.extendedNetwork,
  doc: 'One Azure subnet uses the same CIDR as the on-premises subnet it extends.',
  inputs: (f) => ({ onPremisesSubnetPrefix: f.onPremisesSubnetPrefix, 'extendedSubnet.addressPrefix': f.extendedSubnet.addressPrefix }),
  check(f) {
    const e = f.extendedSubnet.addressPrefix;
    const o = f.onPremisesSubnetPrefix;
    if (!isKnown(o)) return [];
    const onPrem = parseCidr(String(o));
    if (!onPrem) return [{ attribute: 'onPremisesSubnetPrefix', message: `on-premises subnet ${show(o)} is not an IPv4 CIDR`, value: show(o), fix: "use a CIDR such as '10.10.1.0/24'" }];
    if (!isKnown(e)) return [];
    const ext = parseCidr(String(e));
    return one(ext !== undefined && !sameNetwork(ext, onPrem), () => ({ attribute: 'extendedSubnet.addressPrefix', message: `extended subnet ${show(e)} differs from the on-premises subnet ${show(o)}`, value: show(e), allowed: [String(o)], fix: 'give the extended azure subnet exactly the on-premises CIDR' }));
  },
};

export const XNET_ADDRESSES: XnetRule = {
  id: 'XNET-ADDRESSES',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'at most 250 addresses are extended, each in the extended subnet', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'at most 250 addresses extended, each in the extended subnet',
  source: SOURCES.extendedNetwork,
  doc: 'Azure Extended Network extends up to 250 addresses per subnet.',
  inputs: (f) => ({
    extendedAddresses: f.extendedAddresses,
    ...listInputs('extendedAddresses', f.extendedAddresses),
    // the subnet the addresses must be in matters only when there are addresses
    ...(isKnown(f.extendedAddresses) && f.extendedAddresses.length > 0 ? { onPremisesSubnetPrefix: f.onPremisesSubnetPrefix } : {}),
  }),
  check(f) {
    const out: Finding[] = [];
    if (!isKnown(f.extendedAddresses)) return out;
    if (f.extendedAddresses.length > MAX_EXTENDED_ADDRESSES) {
      out.push({ attribute: 'extendedAddresses', message: `${f.extendedAddresses.length} addresses are extended, more than ${MAX_EXTENDED_ADDRESSES}`, value: String(f.extendedAddresses.length), fix: `extend at most ${MAX_EXTENDED_ADDRESSES} addresses` });
    }
    const cidr = isKnown(f.onPremisesSubnetPrefix) ? parseCidr(String(f.onPremisesSubnetPrefix)) : undefined;
    for (const a of f.extendedAddresses) {
      if (!isKnown(a)) continue;
      if (typeof a !== 'string' || !isIpv4(a)) out.push({ attribute: 'extendedAddresses', message: `extended address ${show(a)} is not an IPv4 address`, value: show(a), fix: 'list IPv4 addresses' });
      else if (cidr && !cidrContains(cidr, a)) out.push({ attribute: 'extendedAddresses', message: `extended address ${show(a)} is outside the extended subnet ${show(f.onPremisesSubnetPrefix)}`, value: show(a), fix: 'list addresses of the extended subnet only' });
    }
    return out;
  },
};

export const XNET_VXLAN: XnetRule = {
  id: 'XNET-VXLAN',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'VXLAN runs on a valid UDP port between the two appliances', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'VXLAN runs on a valid UDP port between the two appliances',
  source: SOURCES.extendedNetwork,
  doc: 'The appliances talk VXLAN over UDP (4789 by default); the on-premises appliance address is needed to allow it from that peer only.',
  inputs: (f) => ({ vxlanPort: f.vxlanPort, onPremisesApplianceAddress: f.onPremisesApplianceAddress }),
  check(f) {
    const out: Finding[] = [];
    const p = f.vxlanPort;
    if (isKnown(p) && !(Number.isInteger(p) && (p as number) >= 1 && (p as number) <= 65535)) out.push({ attribute: 'vxlanPort', message: `VXLAN port ${show(p)} is not a UDP port`, value: show(p), fix: 'use 4789 (the default) or another port from 1 to 65535' });
    const a = f.onPremisesApplianceAddress;
    if (isKnown(a) && !(typeof a === 'string' && isIpv4(a))) out.push({ attribute: 'onPremisesApplianceAddress', message: `on-premises appliance address ${show(a)} is not an IPv4 address`, value: show(a), fix: 'give the routable IPv4 address of the on-premises appliance' });
    return out;
  },
};

export const XNET_GATEWAY_TYPES = ['Vpn', 'ExpressRoute'];
export const XNET_GATEWAY_MESSAGE = '[XNET-GATEWAY] the virtual network gateway must exist and be a site-to-site VPN or ExpressRoute gateway.';

export const XNET_GATEWAY: XnetRule = {
  id: 'XNET-GATEWAY',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the VNet reaches on-premises through a site-to-site VPN or ExpressRoute gateway', source: 'Azure Extended Network, https://learn.microsoft.com/windows-server/manage/windows-admin-center/azure/azure-extended-network' },
  ],
  title: 'the VNet has a site-to-site VPN or ExpressRoute gateway',
  source: SOURCES.extendedNetwork,
  doc: 'Whether the gateway exists is only known at plan: the construct reads it with a data source (which fails when it is missing) and a postcondition on its type.',
  check: () => [],
};

/** The rules of the Azure side of an Azure Extended Network appliance. */
export const EXTENDED_NETWORK_RULES: readonly Rule<ExtendedNetworkFacts>[] = [
  XNET_IMAGE,
  XNET_NESTED_VIRTUALIZATION,
  XNET_SUBNETS,
  XNET_PREFIX_MATCH,
  XNET_ADDRESSES,
  XNET_VXLAN,
  XNET_GATEWAY,
  XNET_NESTED_VIRTUALIZATION_UNKNOWN,
];
