"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WindowsServerAzureEditionImage = void 0;
const image_catalog_1 = require("./image-catalog");
/**
 * The image of a Windows Server Azure Edition VM. `H` records at compile time whether the image can hotpatch, so
 * that `hotpatch: true` with an image that cannot does not compile.
 *
 * Use the static constants for the catalog images, {@link WindowsServerAzureEditionImage.fromSku} when the SKU is chosen at run time (for example
 * by `selectAzureEditionImages`), or {@link WindowsServerAzureEditionImage.fromImageId} for a custom image.
 */
class WindowsServerAzureEditionImage {
    /** Windows Server 2022 Datacenter: Azure Edition, Desktop Experience. No Hotpatch. */
    static DATACENTER_2022 = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition');
    /** 2022 Desktop Experience, 30 GiB OS disk. No Hotpatch. */
    static DATACENTER_2022_SMALLDISK = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition-smalldisk');
    /** 2022 Server Core: Hotpatch, SMB over QUIC, Extended Network. */
    static DATACENTER_2022_CORE = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition-core');
    /** 2022 Server Core, 30 GiB OS disk. */
    static DATACENTER_2022_CORE_SMALLDISK = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition-core-smalldisk');
    /** 2022 Desktop Experience with Hotpatch. */
    static DATACENTER_2022_HOTPATCH = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition-hotpatch');
    /** 2022 Desktop Experience with Hotpatch, 30 GiB OS disk. */
    static DATACENTER_2022_HOTPATCH_SMALLDISK = WindowsServerAzureEditionImage.catalog('2022-datacenter-azure-edition-hotpatch-smalldisk');
    /** Windows Server 2025 Datacenter: Azure Edition, Desktop Experience. */
    static DATACENTER_2025 = WindowsServerAzureEditionImage.catalog('2025-datacenter-azure-edition');
    /** 2025 Desktop Experience, 30 GiB OS disk. */
    static DATACENTER_2025_SMALLDISK = WindowsServerAzureEditionImage.catalog('2025-datacenter-azure-edition-smalldisk');
    /** 2025 Server Core. */
    static DATACENTER_2025_CORE = WindowsServerAzureEditionImage.catalog('2025-datacenter-azure-edition-core');
    /** 2025 Server Core, 30 GiB OS disk. */
    static DATACENTER_2025_CORE_SMALLDISK = WindowsServerAzureEditionImage.catalog('2025-datacenter-azure-edition-core-smalldisk');
    /**
     * An image by SKU, when the SKU is only known at run time. Whether it can hotpatch is then checked when the VM is
     * built. The SKU is not validated here, so that every problem of a VM is reported together by the VM.
     */
    static fromSku(sku, version = 'latest') {
        return WindowsServerAzureEditionImage.fromMarketplace({ publisher: image_catalog_1.AZURE_EDITION_PUBLISHER, offer: image_catalog_1.AZURE_EDITION_OFFER, sku, version });
    }
    /** Any Marketplace reference; the VM refuses it unless it names an Azure Edition image exactly. */
    static fromMarketplace(reference) {
        return new WindowsServerAzureEditionImage({ version: 'latest', ...reference }, undefined);
    }
    /** A custom or gallery image built from Azure Edition. It cannot hotpatch (custom images are not supported). */
    static fromImageId(imageId) {
        return new WindowsServerAzureEditionImage(undefined, imageId);
    }
    static catalog(sku) {
        return new WindowsServerAzureEditionImage({ publisher: image_catalog_1.AZURE_EDITION_PUBLISHER, offer: image_catalog_1.AZURE_EDITION_OFFER, sku, version: 'latest' }, undefined);
    }
    /** Whether the image can hotpatch (exact reference on the hotpatch list). */
    hotpatchCapable;
    /** The Marketplace reference, unless this is a custom image. */
    reference;
    /** The custom image id, for a custom image. */
    imageId;
    /** The catalog entry, when the reference names a catalog image (compared without case, as Azure does). */
    entry;
    constructor(reference, imageId) {
        this.reference = reference;
        this.imageId = imageId;
        this.entry =
            reference && [reference.publisher, reference.offer, reference.sku].every((v) => typeof v === 'string') ? (0, image_catalog_1.azureEditionImageOf)(reference.publisher, reference.offer, reference.sku) : undefined;
        this.hotpatchCapable = (reference !== undefined &&
            typeof reference.sku === 'string' &&
            (0, image_catalog_1.isHotpatchImageReference)(reference.publisher, reference.offer, reference.sku));
    }
    /** The same image pinned to a version. */
    withVersion(version) {
        if (!this.reference)
            return this;
        return new WindowsServerAzureEditionImage({ ...this.reference, version }, undefined);
    }
    /** Whether the catalog says the image supports a feature (false for custom images: unknown is not support). */
    supports(feature) {
        return this.entry?.capabilities[feature].supported ?? false;
    }
    /** The SKU, or the image id of a custom image. */
    toString() {
        return this.reference ? `${this.reference.publisher}:${this.reference.offer}:${this.reference.sku}:${this.reference.version}` : `image id ${this.imageId}`;
    }
}
exports.WindowsServerAzureEditionImage = WindowsServerAzureEditionImage;
