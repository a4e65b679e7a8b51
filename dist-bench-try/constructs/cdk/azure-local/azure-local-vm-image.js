"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzureLocalVmImage = void 0;
/**
 * The guest image of an Azure Local VM: a Marketplace gallery image of this stack, an existing one described by its
 * Marketplace identity, or a custom (VHD) gallery image, which trusted launch refuses.
 */
class AzureLocalVmImage {
    kind;
    id;
    marketplace;
    hypervGeneration;
    /** A Marketplace image created in this stack. */
    static fromMarketplaceImage(image) {
        return new AzureLocalVmImage('marketplace', image.id, image.image, image.hypervGeneration);
    }
    /** A Marketplace gallery image that already exists on the cluster, with the identity it was created from. */
    static fromExistingMarketplaceImage(id, image) {
        return new AzureLocalVmImage('marketplace', id, { publisher: image.publisher, offer: image.offer, sku: image.sku, version: image.version }, image.hypervGeneration);
    }
    /** A custom or VHD gallery image (`Microsoft.AzureStackHCI/galleryImages`). Trusted launch VMs refuse it. */
    static fromCustomImage(id) {
        return new AzureLocalVmImage('custom', id, undefined, undefined);
    }
    constructor(
    /** Where the image comes from: Azure Marketplace, or a custom (VHD) image. */
    kind, 
    /** Resource id of the gallery image. */
    id, 
    /** Marketplace identity, for a Marketplace image. */
    marketplace, 
    /** Hyper-V generation of a Marketplace image. */
    hypervGeneration) {
        this.kind = kind;
        this.id = id;
        this.marketplace = marketplace;
        this.hypervGeneration = hypervGeneration;
    }
}
exports.AzureLocalVmImage = AzureLocalVmImage;
