"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MODEL_DEFAULT_POLICY = exports.POLICIES = exports.SEED_IMAGES = void 0;
exports.modelSupports = modelSupports;
exports.modelHciComputerNameValid = modelHciComputerNameValid;
exports.modelGalleryImageNameValid = modelGalleryImageNameValid;
/** The seed's table, as it gives it (the fourth SKU is a Windows 10 one although the row says Windows 11). */
exports.SEED_IMAGES = [
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows11preview', sku: 'win11-22h2-avd-m365', version: '22621.382.220810' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-21h2-avd', version: '22000.2538.231001' },
    { publisher: 'microsoftwindowsdesktop', offer: 'office-365', sku: 'win10-21h2-avd-m365-g2', version: '19044.3570.231010' },
];
exports.POLICIES = ['23H2-2023-11', '2025-01', '2025-03', '2025-10'];
/** C6: the newest dated statement serves a user creating a VM today; the 23H2 list is the 2023 one. */
exports.MODEL_DEFAULT_POLICY = '2025-10';
const lower = (s) => s.toLowerCase();
/** Whether a policy supports an image, from the dated document versions. */
function modelSupports(policy, i) {
    const win11 = lower(i.publisher) === 'microsoftwindowsdesktop' && lower(i.sku).startsWith('win11-');
    const ws2022 = lower(i.publisher) === 'microsoftwindowsserver' && lower(i.offer) === 'windowsserver' && lower(i.sku).startsWith('2022-');
    switch (policy) {
        case '23H2-2023-11':
            return exports.SEED_IMAGES.some((s) => lower(s.publisher) === lower(i.publisher) && lower(s.offer) === lower(i.offer) && lower(s.sku) === lower(i.sku) && s.version === i.version);
        case '2025-01':
            return win11;
        case '2025-03':
            return (win11 && !lower(i.sku).includes('24h2')) || ws2022;
        case '2025-10':
            return ['microsoftwindowsdesktop', 'microsoftwindowsserver'].includes(lower(i.publisher));
        default:
            return false;
    }
}
function modelHciComputerNameValid(name) {
    return /^[A-Za-z0-9-]{1,15}$/.test(name);
}
/** A gallery image name as azurerm v4.55.0 validates it: 2 to 80 letters, digits, '-', '.' or '_', starting and ending with a letter or digit. */
function modelGalleryImageNameValid(name) {
    return name.length >= 2 && name.length <= 80 && /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}
