import { AzureLocalMarketplaceImage } from './azure-local-marketplace-image';
import { GuestImage } from '../../azure-local/guest-image-support';

/**
 * The guest image of an Azure Local VM: a Marketplace gallery image of this stack, an existing one described by its
 * Marketplace identity, or a custom (VHD) gallery image, which trusted launch refuses.
 */
export class AzureLocalVmImage {
  /** A Marketplace image created in this stack. */
  static fromMarketplaceImage(image: AzureLocalMarketplaceImage): AzureLocalVmImage {
    return new AzureLocalVmImage('marketplace', image.id, image.image, image.hypervGeneration, image.osType);
  }

  /**
   * A Marketplace gallery image that already exists on the cluster, with the identity it was created from. Its guest OS
   * is Windows for the Microsoft Windows publishers, else unknown unless given.
   */
  static fromExistingMarketplaceImage(id: string, image: GuestImage & { readonly hypervGeneration: 'V1' | 'V2'; readonly osType?: 'Windows' | 'Linux' }): AzureLocalVmImage {
    const osType = image.osType ?? (typeof image.publisher === 'string' && /^microsoftwindows/i.test(image.publisher) ? 'Windows' : undefined);
    return new AzureLocalVmImage('marketplace', id, { publisher: image.publisher, offer: image.offer, sku: image.sku, version: image.version }, image.hypervGeneration, osType);
  }

  /** A custom or VHD gallery image (`Microsoft.AzureStackHCI/galleryImages`). Trusted launch VMs refuse it. */
  static fromCustomImage(id: string): AzureLocalVmImage {
    return new AzureLocalVmImage('custom', id, undefined, undefined, undefined);
  }

  private constructor(
    /** Where the image comes from: Azure Marketplace, or a custom (VHD) image. */
    public readonly kind: 'marketplace' | 'custom',
    /** Resource id of the gallery image. */
    public readonly id: string,
    /** Marketplace identity, for a Marketplace image. */
    public readonly marketplace: GuestImage | undefined,
    /** Hyper-V generation of a Marketplace image. */
    public readonly hypervGeneration: string | undefined,
    /** The guest OS, when known: a Windows guest's computer name follows the Windows name rules. */
    public readonly osType: 'Windows' | 'Linux' | undefined,
  ) {}
}
