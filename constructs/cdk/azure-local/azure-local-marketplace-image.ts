import type { StackHciMarketplaceGalleryImage } from '@cdktf/provider-azurerm/lib/stack-hci-marketplace-gallery-image';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PROVIDER_PROP } from '../internal/provider-prop';
import { applyRules, checkProps } from '../internal/apply-rules';
import { PropSchema } from '../../core/prop-types';
import { maybe } from '../internal/maybe';
import { GuestImage } from '../../azure-local/guest-image-support';
import { HCI_GALLERY_IMAGE } from '../../azure-local/marketplace-image-rules';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const stackHciMarketplaceGalleryImageModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/stack-hci-marketplace-gallery-image') as typeof import('@cdktf/provider-azurerm/lib/stack-hci-marketplace-gallery-image'));

/** Props of {@link AzureLocalMarketplaceImage}. */
export interface AzureLocalMarketplaceImageProps {
  /** Image resource name, 2-80 characters. */
  readonly name: string;
  /** Resource group of the image resource. */
  readonly resourceGroupName: string;
  /** Azure region of the Azure Local cluster. */
  readonly location: string;
  /** The Azure Local cluster's custom location id. */
  readonly customLocationId: string;
  /** Marketplace publisher, e.g. `microsoftwindowsdesktop`. */
  readonly publisher: string;
  /** Marketplace offer, e.g. `windows-11`. */
  readonly offer: string;
  /** Marketplace SKU, e.g. `win11-22h2-avd`. */
  readonly sku: string;
  /** Exact image version, e.g. '22621.2428.231001'. */
  readonly version: string;
  /** @default 'V2' (trusted launch needs generation 2) */
  readonly hypervGeneration?: 'V1' | 'V2';
  /** @default 'Windows' */
  readonly osType?: 'Windows' | 'Linux';
  /** @default the cluster's default storage path */
  readonly storagePathId?: string;
  /**
   * The azurerm provider of the gallery image: an aliased one, for another subscription than the stack's default.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /** @default no tags */
  readonly tags?: { [key: string]: string };
}

const REQ = { type: 'string', required: true } as const;

/** The runtime shape of {@link AzureLocalMarketplaceImageProps}. */
export const MARKETPLACE_IMAGE_PROPS: PropSchema = {
  name: REQ,
  resourceGroupName: REQ,
  location: REQ,
  customLocationId: REQ,
  publisher: REQ,
  offer: REQ,
  sku: REQ,
  version: REQ,
  hypervGeneration: { type: 'string' },
  osType: { type: 'string' },
  storagePathId: { type: 'string' },
  tags: { type: 'string-map' },
  provider: PROVIDER_PROP,
};

/** An Azure Marketplace image downloaded to an Azure Local cluster (`azurerm_stack_hci_marketplace_gallery_image`). */
export class AzureLocalMarketplaceImage extends Construct {
  /** The `azurerm_stack_hci_marketplace_gallery_image` (construct id `Resource`). */
  public readonly resource: StackHciMarketplaceGalleryImage;
  /** The Marketplace identity of the image. */
  public readonly image: GuestImage;
  /** The image's Hyper-V generation, `V1` or `V2`. */
  public readonly hypervGeneration: string;
  /** The guest OS of the image. */
  public readonly osType: 'Windows' | 'Linux';

  constructor(scope: Construct, id: string, props: AzureLocalMarketplaceImageProps) {
    super(scope, id);
    checkProps(this, MARKETPLACE_IMAGE_PROPS, props);
    const hypervGeneration = props.hypervGeneration ?? 'V2';
    const osType = props.osType ?? 'Windows';
    applyRules(this, [HCI_GALLERY_IMAGE], {
      name: maybe(props.name)!,
      hypervGeneration: maybe(hypervGeneration)!,
      osType: maybe(osType)!,
      publisher: maybe(props.publisher)!,
      offer: maybe(props.offer)!,
      sku: maybe(props.sku)!,
      version: maybe(props.version)!,
    });
    this.image = { publisher: props.publisher, offer: props.offer, sku: props.sku, version: props.version };
    this.hypervGeneration = hypervGeneration;
    this.osType = osType;
    this.resource = new (stackHciMarketplaceGalleryImageModule().StackHciMarketplaceGalleryImage)(this, 'Resource', {
      name: props.name,
      provider: props.provider,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      customLocationId: props.customLocationId,
      hypervGeneration,
      osType,
      identifier: { publisher: props.publisher, offer: props.offer, sku: props.sku },
      version: props.version,
      ...(props.storagePathId !== undefined ? { storagePathId: props.storagePathId } : {}),
      tags: props.tags,
    });
  }

  /** The gallery image id, for the VM's image reference. */
  public get id(): string {
    return this.resource.id;
  }
}
