/**
 * Test-side copy of the Azure Local trusted launch facts (fact sheet B, seed 004), written by hand and not imported
 * from the library.
 */
export interface ModelImage {
  publisher: string;
  offer: string;
  sku: string;
  version: string;
}

/** The seed's table, as it gives it (the fourth SKU is a Windows 10 one although the row says Windows 11). */
export const SEED_IMAGES: ModelImage[] = [
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-22h2-avd', version: '22621.2428.231001' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows11preview', sku: 'win11-22h2-avd-m365', version: '22621.382.220810' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-21h2-avd', version: '22000.2538.231001' },
  { publisher: 'microsoftwindowsdesktop', offer: 'office-365', sku: 'win10-21h2-avd-m365-g2', version: '19044.3570.231010' },
];

export const POLICIES = ['23H2-2023-11', '2025-01', '2025-03', '2025-10'] as const;
/** C6: the newest dated statement serves a user creating a VM today; the 23H2 list is the 2023 one. */
export const MODEL_DEFAULT_POLICY = '2025-10';

const lower = (s: string) => s.toLowerCase();

/** Whether a policy supports an image, from the dated document versions. */
export function modelSupports(policy: string, i: ModelImage): boolean {
  const win11 = lower(i.publisher) === 'microsoftwindowsdesktop' && lower(i.sku).startsWith('win11-');
  const ws2022 = lower(i.publisher) === 'microsoftwindowsserver' && lower(i.offer) === 'windowsserver' && lower(i.sku).startsWith('2022-');
  switch (policy) {
    case '23H2-2023-11':
      return SEED_IMAGES.some((s) => lower(s.publisher) === lower(i.publisher) && lower(s.offer) === lower(i.offer) && lower(s.sku) === lower(i.sku) && s.version === i.version);
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

export function modelHciComputerNameValid(name: string): boolean {
  return /^[A-Za-z0-9-]{1,15}$/.test(name);
}

/** A gallery image name as azurerm v4.55.0 validates it: 2 to 80 letters, digits, '-', '.' or '_', starting and ending with a letter or digit. */
export function modelGalleryImageNameValid(name: string): boolean {
  return name.length >= 2 && name.length <= 80 && /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}
