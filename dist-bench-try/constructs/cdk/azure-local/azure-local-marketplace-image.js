"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AzureLocalMarketplaceImage = exports.MARKETPLACE_IMAGE_PROPS = void 0;
const constructs_1 = require("constructs");
const provider_prop_1 = require("../internal/provider-prop");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const marketplace_image_rules_1 = require("../../azure-local/marketplace-image-rules");
// provider classes load when a construct first needs them: importing the library stays cheap
const stackHciMarketplaceGalleryImageModule = () => require('@cdktf/provider-azurerm/lib/stack-hci-marketplace-gallery-image');
const REQ = { type: 'string', required: true };
/** The runtime shape of {@link AzureLocalMarketplaceImageProps}. */
exports.MARKETPLACE_IMAGE_PROPS = {
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
    provider: provider_prop_1.PROVIDER_PROP,
};
/** An Azure Marketplace image downloaded to an Azure Local cluster (`azurerm_stack_hci_marketplace_gallery_image`). */
class AzureLocalMarketplaceImage extends constructs_1.Construct {
    /** The `azurerm_stack_hci_marketplace_gallery_image` (construct id `Resource`). */
    resource;
    /** The Marketplace identity of the image. */
    image;
    /** The image's Hyper-V generation, `V1` or `V2`. */
    hypervGeneration;
    constructor(scope, id, props) {
        super(scope, id);
        (0, apply_rules_1.checkProps)(this, exports.MARKETPLACE_IMAGE_PROPS, props);
        const hypervGeneration = props.hypervGeneration ?? 'V2';
        const osType = props.osType ?? 'Windows';
        (0, apply_rules_1.applyRules)(this, [marketplace_image_rules_1.HCI_GALLERY_IMAGE], {
            name: (0, maybe_1.maybe)(props.name),
            hypervGeneration: (0, maybe_1.maybe)(hypervGeneration),
            osType: (0, maybe_1.maybe)(osType),
            publisher: (0, maybe_1.maybe)(props.publisher),
            offer: (0, maybe_1.maybe)(props.offer),
            sku: (0, maybe_1.maybe)(props.sku),
            version: (0, maybe_1.maybe)(props.version),
        });
        this.image = { publisher: props.publisher, offer: props.offer, sku: props.sku, version: props.version };
        this.hypervGeneration = hypervGeneration;
        this.resource = new (stackHciMarketplaceGalleryImageModule().StackHciMarketplaceGalleryImage)(this, 'Resource', {
            ...(0, provider_prop_1.providerOf)(props.provider),
            name: props.name,
            resourceGroupName: props.resourceGroupName,
            location: props.location,
            customLocationId: props.customLocationId,
            hypervGeneration,
            osType,
            identifier: { publisher: props.publisher, offer: props.offer, sku: props.sku },
            version: props.version,
            ...(props.storagePathId !== undefined ? { storagePathId: props.storagePathId } : {}),
            ...(props.tags !== undefined ? { tags: props.tags } : {}),
        });
    }
    /** The gallery image id, for the VM's image reference. */
    get id() {
        return this.resource.id;
    }
}
exports.AzureLocalMarketplaceImage = AzureLocalMarketplaceImage;
