"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.azureExtendedNetworkSettings = azureExtendedNetworkSettings;
const image_catalog_1 = require("../../windows/image-catalog");
const image_1 = require("../../windows/image");
const arbitrary_parts_1 = require("./arbitrary-parts");
/** Sizes that run nested virtualization, generation 2 and trusted launch (their size pages). */
const NESTED_SIZES = ['Standard_D4s_v5', 'Standard_D8ds_v5', 'Standard_D4as_v5', 'Standard_F8s_v2', 'Standard_E4s_v4', 'Standard_D4s_v3'];
/** Sizes without nested virtualization, generation 1 only, or whose nested virtualization no size page states. */
const OTHER_SIZES = ['Standard_B2ms', 'Standard_A4_v2', 'Standard_D4as_v4', 'Standard_D4_v3', 'Standard_NC6s_v3', 'Standard_L8s_v3'];
const subnetId = (name) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/${name}`;
const subnet = (name, addressPrefix) => ({ id: subnetId(name), name, addressPrefix });
/**
 * Settings of Azure Extended Network: a routable subnet and an extended one in `10.20.0.0/16`, the on-premises subnet
 * it extends, and addresses inside it. Valid-only settings use a 2022 Azure Edition image (the feature's only
 * release) on a size with nested virtualization; the whole input space holds 2025 and custom images, sizes without
 * nested virtualization, the same or the gateway subnet twice, prefixes that differ or do not parse, addresses
 * outside the subnet or more than 250 of them, and VXLAN ports or appliance addresses that are not valid.
 */
function azureExtendedNetworkSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const images2022 = image_catalog_1.AZURE_EDITION_IMAGES.filter((e) => e.capabilities['extended-network'].supported).map((e) => e.sku);
    const network = fc.integer({ min: 1, max: 99 }).map((third) => {
        const extendedPrefix = `10.20.${third}.0/24`;
        return { routable: subnet('snet-appliance', `10.20.${third + 100}.0/24`), extended: subnet('snet-extended', extendedPrefix), onPrem: extendedPrefix, base: `10.20.${third}` };
    });
    const validSettings = network.chain((n) => fc.record({
        size: fc.constantFrom(...NESTED_SIZES),
        image: fc.constantFrom(...images2022).map((sku) => image_1.WindowsServerAzureEditionImage.fromSku(sku)),
        routableSubnet: fc.constant(n.routable),
        extendedSubnet: fc.constant(n.extended),
        onPremisesSubnetPrefix: fc.constant(n.onPrem),
        onPremisesApplianceAddress: fc.constantFrom('192.168.50.10', '172.16.0.4'),
        vxlanPort: fc.option(fc.constantFrom(4789, 4790, 8472), { nil: undefined }),
        extendedAddresses: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 254 }).map((h) => `${n.base}.${h}`), { maxLength: 5 }), { nil: undefined }),
    }));
    if (options.validOnly)
        return validSettings.map(arbitrary_parts_1.withoutUndefined);
    const otherImages = image_catalog_1.AZURE_EDITION_IMAGES.filter((e) => !e.capabilities['extended-network'].supported).map((e) => image_1.WindowsServerAzureEditionImage.fromSku(e.sku));
    const customImage = image_1.WindowsServerAzureEditionImage.fromImageId('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/golden');
    return fc
        .tuple(validSettings, network)
        .chain(([valid, n]) => fc.record({
        size: (0, arbitrary_parts_1.mostly)(fc, NESTED_SIZES, OTHER_SIZES, 4),
        image: (0, arbitrary_parts_1.mostly)(fc, [valid.image], [...otherImages, customImage], 4),
        routableSubnet: (0, arbitrary_parts_1.mostly)(fc, [valid.routableSubnet], [valid.extendedSubnet, subnet('GatewaySubnet', '10.20.255.0/27'), { ...valid.routableSubnet, addressPrefix: '10.20.200.0' }]),
        extendedSubnet: (0, arbitrary_parts_1.mostly)(fc, [valid.extendedSubnet], [subnet('snet-other', valid.routableSubnet.addressPrefix), n.extended]),
        onPremisesSubnetPrefix: (0, arbitrary_parts_1.mostly)(fc, [valid.onPremisesSubnetPrefix, valid.onPremisesSubnetPrefix.replace('.0/24', '.7/24')], ['10.20.0.0/16', valid.onPremisesSubnetPrefix.replace('/24', ''), 'x']),
        onPremisesApplianceAddress: (0, arbitrary_parts_1.mostly)(fc, [valid.onPremisesApplianceAddress], ['192.168.50.300', 'onprem.contoso.com']),
        vxlanPort: fc.option((0, arbitrary_parts_1.mostly)(fc, [4789, 4790], [0, 70000, 4789.5]), { nil: undefined }),
        extendedAddresses: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constant(valid.extendedAddresses ?? []) }, { weight: 1, arbitrary: fc.constant(Array.from({ length: 251 }, (_, i) => `10.20.0.${(i % 254) + 1}`)) }, { weight: 1, arbitrary: fc.constantFrom(['10.99.2.5'], ['10.20.1.300'], ['not-an-ip']) }), { nil: undefined }),
    }))
        .map(arbitrary_parts_1.withoutUndefined);
}
