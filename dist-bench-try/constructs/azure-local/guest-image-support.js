"use strict";
/**
 * Which Azure Marketplace guest images Microsoft supports for trusted launch Arc VMs on Azure Local, as dated
 * support policies. The newest is the default; an older one (the seed's 23H2 list of 2023) is chosen by name.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SUPPORT_POLICY = exports.GUEST_IMAGE_SUPPORT_POLICIES = exports.SEED_23H2_IMAGES = void 0;
exports.supportPolicy = supportPolicy;
const TL_DOC = 'Trusted launch for Azure Arc VMs on Azure Local (trusted-launch-vm-overview.md)';
const eq = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The four images of the 23H2 document (seed), exactly as it gives them. */
exports.SEED_23H2_IMAGES = [
    { name: 'Windows 11 Enterprise multi-session, version 22H2 - Gen2', publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001' },
    { name: 'Windows 11 Enterprise multi-session, version 22H2 + Microsoft 365 Apps (preview) - Gen2', publisher: 'microsoftwindowsdesktop', offer: 'windows11preview', sku: 'win11-22h2-avd-m365', version: '22621.382.220810' },
    { name: 'Windows 11 Enterprise multi-session, version 21H2 - Gen2', publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-21h2-avd', version: '22000.2538.231001' },
    {
        name: 'Windows 11 Enterprise multi-session, version 21H2 + Microsoft 365 Apps - Gen2',
        publisher: 'microsoftwindowsdesktop',
        offer: 'office-365',
        sku: 'win10-21h2-avd-m365-g2',
        version: '19044.3570.231010',
        note: 'the document names it Windows 11, but the SKU and build (19044) are Windows 10 21H2; kept as the document gives it',
    },
];
const isWindows11 = (i) => eq(i.publisher, 'microsoftwindowsdesktop') && /^win11-/i.test(i.sku);
const isWindows11_24H2 = (i) => isWindows11(i) && /24h2/i.test(i.sku);
const isWindowsServer2022 = (i) => eq(i.publisher, 'MicrosoftWindowsServer') && eq(i.offer, 'WindowsServer') && /^2022-/i.test(i.sku);
const isWindows = (i) => eq(i.publisher, 'microsoftwindowsdesktop') || eq(i.publisher, 'MicrosoftWindowsServer');
const show = (i) => `${i.publisher}:${i.offer}:${i.sku}:${i.version}`;
/** Every support policy, oldest first. */
exports.GUEST_IMAGE_SUPPORT_POLICIES = [
    {
        name: '23H2-2023-11',
        date: '2023-11-13',
        source: `${TL_DOC}, Azure Stack HCI version 23H2, ms.date 2023-11-13`,
        summary: 'the four listed Windows 11 / Windows 10 multi-session images, at the listed versions',
        images: exports.SEED_23H2_IMAGES,
        unsupportedBecause: (i) => exports.SEED_23H2_IMAGES.some((s) => eq(s.publisher, i.publisher) && eq(s.offer, i.offer) && eq(s.sku, i.sku) && s.version === i.version)
            ? undefined
            : `image '${show(i)}' is not one of the four images (at their listed versions) of the 23H2 list`,
    },
    {
        name: '2025-01',
        date: '2025-01-07',
        source: `${TL_DOC}, ms.date 2025-01-07`,
        summary: 'all Windows 11 Marketplace images supported by Azure Arc VMs',
        unsupportedBecause: (i) => (isWindows11(i) ? undefined : `image '${show(i)}' is not a Windows 11 image`),
    },
    {
        name: '2025-03',
        date: '2025-03-18',
        source: `${TL_DOC}, ms.date 2025-03-18`,
        summary: 'all Windows 11 images except 24H2, and Windows Server 2022 Marketplace images',
        unsupportedBecause: (i) => isWindows11_24H2(i)
            ? `image '${show(i)}' is a Windows 11 24H2 image, excluded`
            : isWindows11(i) || isWindowsServer2022(i)
                ? undefined
                : `image '${show(i)}' is neither a Windows 11 nor a Windows Server 2022 image`,
    },
    {
        name: '2025-10',
        date: '2025-10-07',
        source: `${TL_DOC}, ms.date 2025-10-07`,
        summary: 'all Windows and Windows Server Marketplace images supported by Azure Local VMs',
        unsupportedBecause: (i) => (isWindows(i) ? undefined : `image '${show(i)}' is not a Windows or Windows Server image`),
    },
];
/** The policy used when none is chosen: the newest dated statement (the 23H2 list stays available by its name). */
exports.DEFAULT_SUPPORT_POLICY = '2025-10';
function supportPolicy(name) {
    return exports.GUEST_IMAGE_SUPPORT_POLICIES.find((p) => p.name === name);
}
