import { Rule, show } from '../core/rule';
import { HCI_SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';

/** What the gallery image rule reads of an `azurerm_stack_hci_marketplace_gallery_image`. */
export interface MarketplaceImageFacts {
  /** The image resource name. */
  readonly name: Maybe<string>;
  /** `hyperv_generation`: `V1` or `V2`. */
  readonly hypervGeneration: Maybe<string>;
  /** `os_type`: `Windows` or `Linux`. */
  readonly osType: Maybe<string>;
  /** `identifier.publisher`. */
  readonly publisher: Maybe<string>;
  /** `identifier.offer`. */
  readonly offer: Maybe<string>;
  /** `identifier.sku`. */
  readonly sku: Maybe<string>;
  /** `version`: the exact image version. */
  readonly version: Maybe<string>;
}

/** azurerm's name rule for gallery images: 2-80 characters, letters and digits at both ends. */
export const GALLERY_IMAGE_NAME_PATTERN = /^[a-zA-Z0-9][\-._a-zA-Z0-9]{0,78}[a-zA-Z0-9]$/;

/** The checks azurerm makes at plan on a Marketplace gallery image, made at synth. */
export const HCI_GALLERY_IMAGE: Rule<MarketplaceImageFacts> = {
  id: 'HCI-GALLERY-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'the gallery image name must match its pattern; hyperv_generation and os_type are one of the API values; publisher, offer, sku and version are not empty', source: 'azurerm v4.55.0 internal/services/azurestackhci/stack_hci_marketplace_gallery_image_resource.go L69-L130' },
  ],
  title: 'the Marketplace gallery image has a valid name, generation, OS type and identifier',
  source: HCI_SOURCES.marketplaceImage,
  doc: 'azurerm validates these at plan; the construct reports them at synth.',
  inputs: (f) => ({ name: f.name, hypervGeneration: f.hypervGeneration, osType: f.osType }),
  check(f) {
    const out = [];
    if (isKnown(f.name) && !GALLERY_IMAGE_NAME_PATTERN.test(String(f.name))) {
      out.push({ attribute: 'name', message: `gallery image name ${show(f.name)} is invalid: 2 to 80 letters, digits, '-', '.' or '_', starting and ending with a letter or digit`, value: show(f.name), fix: 'rename the image' });
    }
    if (isKnown(f.hypervGeneration) && !['V1', 'V2'].includes(f.hypervGeneration as string)) {
      out.push({ attribute: 'hyperv_generation', message: `Hyper-V generation ${show(f.hypervGeneration)} is not valid`, value: show(f.hypervGeneration), allowed: ['V1', 'V2'], fix: "use 'V2' (trusted launch needs generation 2)" });
    }
    if (isKnown(f.osType) && !['Windows', 'Linux'].includes(f.osType as string)) {
      out.push({ attribute: 'os_type', message: `os type ${show(f.osType)} is not valid`, value: show(f.osType), allowed: ['Windows', 'Linux'], fix: "use 'Windows' or 'Linux'" });
    }
    for (const [attribute, value] of [['identifier.publisher', f.publisher], ['identifier.offer', f.offer], ['identifier.sku', f.sku], ['version', f.version]] as const) {
      if (isKnown(value) && (typeof value !== 'string' || value.length === 0)) out.push({ attribute, message: `${attribute} is ${show(value)}: it must be a non-empty string`, value: show(value), fix: `set ${attribute}` });
    }
    return out;
  },
};
