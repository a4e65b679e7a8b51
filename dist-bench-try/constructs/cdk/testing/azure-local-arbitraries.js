"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.azureLocalVmSettings = azureLocalVmSettings;
exports.azureLocalMarketplaceImageSettings = azureLocalMarketplaceImageSettings;
exports.azureLocalVmInstanceSecuritySettings = azureLocalVmInstanceSecuritySettings;
const arbitrary_parts_1 = require("./arbitrary-parts");
/** Settings of a trusted launch Azure Local VM (the image, network and password come from your factory). */
function azureLocalVmSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const name = (0, arbitrary_parts_1.computerNameArbitrary)(fc);
    const sizing = { processors: fc.constantFrom(2, 4, 8), memoryMb: fc.constantFrom(4096, 8192, 16384) };
    if (options.validOnly) {
        return fc.record({ name, computerName: name, ...sizing, securityType: fc.constant('TrustedLaunch'), secureBoot: fc.constant(true), vtpm: fc.constant(true), guestAttestation: fc.constant(false) }, { requiredKeys: ['name'] });
    }
    // what does not compile (trusted launch switched off, attestation on) is generated too, as JavaScript callers write it
    return fc.record({
        name,
        computerName: fc.oneof(name, fc.constantFrom(...arbitrary_parts_1.BAD_COMPUTER_NAMES)),
        ...sizing,
        securityType: fc.constantFrom('TrustedLaunch', 'Standard', 'ConfidentialVM'),
        secureBoot: fc.boolean(),
        vtpm: fc.boolean(),
        guestAttestation: fc.boolean(),
    }, { requiredKeys: ['name'] });
}
/** Windows guest images the newest support statement lists (Windows 11 and Windows Server Marketplace images). */
const SUPPORTED_GUEST_IMAGES = [
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '26100.2314.241107' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-23h2-avd', version: '22631.4460.241107' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001' },
    { publisher: 'microsoftwindowsdesktop', offer: 'office-365', sku: 'win10-21h2-avd-m365-g2', version: '19044.3570.231010' },
    { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '20348.2849.241107' },
    { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '26100.2314.241107' },
];
/** Marketplace images no support statement lists for trusted launch VMs on Azure Local. */
const UNSUPPORTED_GUEST_IMAGES = [
    { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: '22.04.202411070' },
    { publisher: 'RedHat', offer: 'RHEL', sku: '9-lvm-gen2', version: '9.4.2024101412' },
];
const BAD_IMAGE_NAMES = ['a', '-win11-image', 'win11-image.', 'win11 image', 'i'.repeat(81)];
/**
 * Settings of a Marketplace gallery image for trusted launch VMs. Valid-only settings are generation 2 Windows images
 * that the default support policy lists; the whole input space holds generation 1, Linux images no policy lists, and
 * names Azure refuses.
 */
function azureLocalMarketplaceImageSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
    if (options.validOnly) {
        return fc
            .record({ name, identifier: fc.constantFrom(...SUPPORTED_GUEST_IMAGES), hypervGeneration: fc.option(fc.constant('V2'), { nil: undefined }) })
            .map(({ identifier, ...rest }) => (0, arbitrary_parts_1.withoutUndefined)({ ...rest, ...identifier }));
    }
    return fc
        .record({
        name: fc.oneof({ weight: 6, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom(...BAD_IMAGE_NAMES) }),
        identifier: (0, arbitrary_parts_1.mostly)(fc, SUPPORTED_GUEST_IMAGES, UNSUPPORTED_GUEST_IMAGES, 4),
        hypervGeneration: fc.option((0, arbitrary_parts_1.mostly)(fc, ['V2'], ['V1'], 3), { nil: undefined }),
    })
        .map(({ identifier, ...rest }) => (0, arbitrary_parts_1.withoutUndefined)({ ...rest, ...identifier }));
}
/** Settings of a raw VM instance body's security profile and computer name: valid-only ones are trusted launch with secure boot and vTPM on. */
function azureLocalVmInstanceSecuritySettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const computerName = (0, arbitrary_parts_1.computerNameArbitrary)(fc);
    const trustedLaunch = { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } };
    if (options.validOnly)
        return fc.record({ securityProfile: fc.constant(trustedLaunch), computerName });
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const securityProfile = fc
        .record({
        securityType: fc.option((0, arbitrary_parts_1.mostly)(fc, ['TrustedLaunch'], ['ConfidentialVM']), { nil: undefined, freq: 8 }),
        enableTPM: flag,
        uefiSettings: fc.option(fc.record({ secureBootEnabled: flag }).map(arbitrary_parts_1.withoutUndefined), { nil: undefined, freq: 8 }),
        // keys ARM does not know, as a hand-written body misspells them
        misspelt: fc.option(fc.constantFrom({ enableTpm: true }, { uefiSetting: { secureBootEnabled: true } }, { SecurityType: 'TrustedLaunch' }), { nil: undefined, freq: 6 }),
    })
        .map(({ misspelt, ...rest }) => (0, arbitrary_parts_1.withoutUndefined)({ ...rest, ...misspelt }));
    return fc.record({ securityProfile, computerName: fc.oneof({ weight: 6, arbitrary: computerName }, { weight: 1, arbitrary: fc.constantFrom('vm_01', 'a-computer-name-too-long', '') }) });
}
