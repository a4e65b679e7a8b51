import {
  AZURE_EDITION_OFFER,
  AZURE_EDITION_PUBLISHER,
  AzureEditionFeature,
  AzureEditionImageEntry,
  azureEditionImageOf,
  isHotpatchImageReference,
} from './image-catalog';

/** A Marketplace image reference, as `source_image_reference` takes it. */
export interface MarketplaceImageReference {
  /** Marketplace publisher, e.g. `MicrosoftWindowsServer`. */
  readonly publisher: string;
  /** Marketplace offer, e.g. `WindowsServer`. */
  readonly offer: string;
  /** Marketplace SKU, exact case. */
  readonly sku: string;
  /** @default 'latest' */
  readonly version?: string;
}

/**
 * The image of a Windows Server Azure Edition VM. `H` records at compile time whether the image can hotpatch, so
 * that `hotpatch: true` with an image that cannot does not compile.
 *
 * Use the static constants for the catalog images, {@link WindowsServerAzureEditionImage.fromSku} when the SKU is chosen at run time (for example
 * by `selectAzureEditionImages`), or {@link WindowsServerAzureEditionImage.fromImageId} for a custom image.
 */
export class WindowsServerAzureEditionImage<H extends boolean = boolean> {
  /** Windows Server 2022 Datacenter: Azure Edition, Desktop Experience. No Hotpatch. */
  static readonly DATACENTER_2022 = WindowsServerAzureEditionImage.catalog<false>('2022-datacenter-azure-edition');
  /** 2022 Desktop Experience, 30 GiB OS disk. No Hotpatch. */
  static readonly DATACENTER_2022_SMALLDISK = WindowsServerAzureEditionImage.catalog<false>('2022-datacenter-azure-edition-smalldisk');
  /** 2022 Server Core: Hotpatch, SMB over QUIC, Extended Network. */
  static readonly DATACENTER_2022_CORE = WindowsServerAzureEditionImage.catalog<true>('2022-datacenter-azure-edition-core');
  /** 2022 Server Core, 30 GiB OS disk. */
  static readonly DATACENTER_2022_CORE_SMALLDISK = WindowsServerAzureEditionImage.catalog<true>('2022-datacenter-azure-edition-core-smalldisk');
  /** 2022 Desktop Experience with Hotpatch. */
  static readonly DATACENTER_2022_HOTPATCH = WindowsServerAzureEditionImage.catalog<true>('2022-datacenter-azure-edition-hotpatch');
  /** 2022 Desktop Experience with Hotpatch, 30 GiB OS disk. */
  static readonly DATACENTER_2022_HOTPATCH_SMALLDISK = WindowsServerAzureEditionImage.catalog<true>('2022-datacenter-azure-edition-hotpatch-smalldisk');
  /** Windows Server 2025 Datacenter: Azure Edition, Desktop Experience. */
  static readonly DATACENTER_2025 = WindowsServerAzureEditionImage.catalog<true>('2025-datacenter-azure-edition');
  /** 2025 Desktop Experience, 30 GiB OS disk. */
  static readonly DATACENTER_2025_SMALLDISK = WindowsServerAzureEditionImage.catalog<true>('2025-datacenter-azure-edition-smalldisk');
  /** 2025 Server Core. */
  static readonly DATACENTER_2025_CORE = WindowsServerAzureEditionImage.catalog<true>('2025-datacenter-azure-edition-core');
  /** 2025 Server Core, 30 GiB OS disk. */
  static readonly DATACENTER_2025_CORE_SMALLDISK = WindowsServerAzureEditionImage.catalog<true>('2025-datacenter-azure-edition-core-smalldisk');

  /**
   * An image by SKU, when the SKU is only known at run time. Whether it can hotpatch is then checked when the VM is
   * built. The SKU is not validated here, so that every problem of a VM is reported together by the VM.
   */
  static fromSku(sku: string, version: string = 'latest'): WindowsServerAzureEditionImage<boolean> {
    return WindowsServerAzureEditionImage.fromMarketplace({ publisher: AZURE_EDITION_PUBLISHER, offer: AZURE_EDITION_OFFER, sku, version });
  }

  /** Any Marketplace reference; the VM refuses it unless it names an Azure Edition image exactly. */
  static fromMarketplace(reference: MarketplaceImageReference): WindowsServerAzureEditionImage<boolean> {
    return new WindowsServerAzureEditionImage<boolean>({ version: 'latest', ...reference }, undefined);
  }

  /** A custom or gallery image built from Azure Edition. It cannot hotpatch (custom images are not supported). */
  static fromImageId(imageId: string): WindowsServerAzureEditionImage<false> {
    return new WindowsServerAzureEditionImage<false>(undefined, imageId);
  }

  private static catalog<H extends boolean>(sku: string): WindowsServerAzureEditionImage<H> {
    return new WindowsServerAzureEditionImage<H>({ publisher: AZURE_EDITION_PUBLISHER, offer: AZURE_EDITION_OFFER, sku, version: 'latest' }, undefined);
  }

  /** Whether the image can hotpatch (exact reference on the hotpatch list). */
  public readonly hotpatchCapable: H;
  /** The Marketplace reference, unless this is a custom image. */
  public readonly reference?: Required<MarketplaceImageReference>;
  /** The custom image id, for a custom image. */
  public readonly imageId?: string;
  /** The catalog entry, when the reference names a catalog image (compared without case, as Azure does). */
  public readonly entry?: AzureEditionImageEntry;

  private constructor(reference: Required<MarketplaceImageReference> | undefined, imageId: string | undefined) {
    this.reference = reference;
    this.imageId = imageId;
    this.entry =
      reference && [reference.publisher, reference.offer, reference.sku].every((v) => typeof v === 'string') ? azureEditionImageOf(reference.publisher, reference.offer, reference.sku) : undefined;
    this.hotpatchCapable = (reference !== undefined &&
      typeof reference.sku === 'string' &&
      isHotpatchImageReference(reference.publisher, reference.offer, reference.sku)) as H;
  }

  /** The same image pinned to a version. */
  public withVersion(version: string): WindowsServerAzureEditionImage<H> {
    if (!this.reference) return this;
    return new WindowsServerAzureEditionImage<H>({ ...this.reference, version }, undefined);
  }

  /** Whether the catalog says the image supports a feature (false for custom images: unknown is not support). */
  public supports(feature: AzureEditionFeature): boolean {
    return this.entry?.capabilities[feature].supported ?? false;
  }

  /** The SKU, or the image id of a custom image. */
  public toString(): string {
    return this.reference ? `${this.reference.publisher}:${this.reference.offer}:${this.reference.sku}:${this.reference.version}` : `image id ${this.imageId}`;
  }
}
