"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AZURE_EDITION_IMAGES = exports.HOTPATCH_SKUS = exports.AZURE_EDITION_FEATURES = exports.AZURE_EDITION_OFFER = exports.AZURE_EDITION_PUBLISHER = void 0;
exports.findAzureEditionImage = findAzureEditionImage;
exports.azureEditionImageOf = azureEditionImageOf;
exports.azureEditionSkuOf = azureEditionSkuOf;
exports.imageConstantName = imageConstantName;
exports.isHotpatchImageReference = isHotpatchImageReference;
exports.imageGenerationOf = imageGenerationOf;
const sources_1 = require("../core/sources");
/** Publisher and offer of every Windows Server Azure Edition Marketplace image (compared case-sensitively by azurerm). */
exports.AZURE_EDITION_PUBLISHER = 'MicrosoftWindowsServer';
exports.AZURE_EDITION_OFFER = 'WindowsServer';
/** Every {@link AzureEditionFeature}. */
exports.AZURE_EDITION_FEATURES = ['hotpatch', 'smb-over-quic', 'extended-network'];
/**
 * The 8 SKUs on which Hotpatch is supported: Microsoft's hotpatchable list, identical to the list azurerm 4.55.0
 * checks (exact, case-sensitive). `2022-datacenter-azure-edition` and its small-disk twin are not on it.
 */
exports.HOTPATCH_SKUS = [
    '2022-datacenter-azure-edition-core',
    '2022-datacenter-azure-edition-core-smalldisk',
    '2022-datacenter-azure-edition-hotpatch',
    '2022-datacenter-azure-edition-hotpatch-smalldisk',
    '2025-datacenter-azure-edition',
    '2025-datacenter-azure-edition-smalldisk',
    '2025-datacenter-azure-edition-core',
    '2025-datacenter-azure-edition-core-smalldisk',
];
const HOTPATCH_SOURCE = `${sources_1.SOURCES.hotpatch}; ${sources_1.SOURCES.updateManagerHotpatchable}; ${sources_1.SOURCES.azurermHotpatchImage}`;
const VARIANT_NOTE = 'inferred: same operating system as the base image of the seed table, packaged differently';
function hotpatch(sku) {
    return { supported: exports.HOTPATCH_SKUS.includes(sku), source: HOTPATCH_SOURCE };
}
function smbOverQuic(year, base) {
    return year === 2022
        ? { supported: true, source: sources_1.SOURCES.automanageWindowsServer, ...(base ? {} : { note: VARIANT_NOTE }) }
        : { supported: true, source: sources_1.SOURCES.smbSecurityHardening };
}
function extendedNetwork(year, base) {
    return year === 2022
        ? { supported: true, source: `${sources_1.SOURCES.automanageWindowsServer}; ${sources_1.SOURCES.extendedNetwork}`, ...(base ? {} : { note: VARIANT_NOTE }) }
        : {
            supported: false,
            source: sources_1.SOURCES.extendedNetwork,
            note: 'the Azure appliance is documented for Windows Server 2022 Azure Edition only; nothing documents it on 2025',
        };
}
function entry(sku, year, installOption, diskVariant, base) {
    return {
        sku,
        year,
        installOption,
        diskVariant,
        generation: 'V2',
        trustedLaunch: { supported: true, source: sources_1.SOURCES.trustedLaunch },
        smbClientAccessControl: year === 2025
            ? { supported: true, source: sources_1.SOURCES.smbClientAccessControl }
            : { supported: false, source: sources_1.SOURCES.smbClientAccessControl, note: 'on 2022 Azure Edition it needs update KB5035857 and a feature-preview policy; not offered here' },
        capabilities: {
            'hotpatch': hotpatch(sku),
            'smb-over-quic': smbOverQuic(year, base),
            'extended-network': extendedNetwork(year, base),
        },
    };
}
/** Every Windows Server Datacenter: Azure Edition Marketplace image. */
exports.AZURE_EDITION_IMAGES = [
    entry('2022-datacenter-azure-edition', 2022, 'desktop-experience', 'standard', true),
    entry('2022-datacenter-azure-edition-smalldisk', 2022, 'desktop-experience', 'small', false),
    entry('2022-datacenter-azure-edition-core', 2022, 'server-core', 'standard', true),
    entry('2022-datacenter-azure-edition-core-smalldisk', 2022, 'server-core', 'small', false),
    entry('2022-datacenter-azure-edition-hotpatch', 2022, 'desktop-experience', 'standard', false),
    entry('2022-datacenter-azure-edition-hotpatch-smalldisk', 2022, 'desktop-experience', 'small', false),
    entry('2025-datacenter-azure-edition', 2025, 'desktop-experience', 'standard', true),
    entry('2025-datacenter-azure-edition-smalldisk', 2025, 'desktop-experience', 'small', true),
    entry('2025-datacenter-azure-edition-core', 2025, 'server-core', 'standard', true),
    entry('2025-datacenter-azure-edition-core-smalldisk', 2025, 'server-core', 'small', true),
];
/** The catalog entry of an exact (lowercase) SKU; undefined for any other SKU. */
function findAzureEditionImage(sku) {
    return exports.AZURE_EDITION_IMAGES.find((e) => e.sku === sku);
}
/**
 * The catalog entry of a reference as Azure reads it: publisher, offer and SKU compared without case (Azure's
 * Marketplace semantics). azurerm's hotpatch checks compare exactly: see {@link isHotpatchImageReference}.
 */
function azureEditionImageOf(publisher, offer, sku) {
    if (publisher.toLowerCase() !== exports.AZURE_EDITION_PUBLISHER.toLowerCase() || offer.toLowerCase() !== exports.AZURE_EDITION_OFFER.toLowerCase())
        return undefined;
    return azureEditionSkuOf(sku);
}
/** The catalog entry of a SKU compared without case (catalog SKUs are lowercase); undefined for anything else. */
function azureEditionSkuOf(sku) {
    return typeof sku === 'string' ? exports.AZURE_EDITION_IMAGES.find((e) => e.sku === sku.toLowerCase()) : undefined;
}
/** The `WindowsServerAzureEditionImage` constant of a catalog SKU, e.g. `WindowsServerAzureEditionImage.DATACENTER_2022_CORE`. */
function imageConstantName(sku) {
    const m = /^(\d{4})-datacenter-azure-edition(.*)$/.exec(sku);
    return m ? `WindowsServerAzureEditionImage.DATACENTER_${m[1]}${m[2].toUpperCase().replace(/-/g, '_')}` : sku;
}
/** True when publisher, offer and SKU name a hotpatch image exactly as azurerm and Azure expect. */
function isHotpatchImageReference(publisher, offer, sku) {
    return publisher === exports.AZURE_EDITION_PUBLISHER && offer === exports.AZURE_EDITION_OFFER && exports.HOTPATCH_SKUS.includes(sku);
}
/**
 * Hyper-V generation of a Marketplace image when it can be told from the reference: every Azure Edition image is
 * generation 2, and other Windows SKUs name their generation 2 twin with a `-g2` suffix or `gensecond`.
 */
function imageGenerationOf(publisher, offer, sku) {
    if (azureEditionImageOf(publisher, offer, sku))
        return 'V2';
    if (/-g2$|gensecond/i.test(sku))
        return 'V2';
    // Windows Server SKUs name their generation 2 twin; the plain Datacenter SKUs are generation 1
    if (publisher.toLowerCase() === 'microsoftwindowsserver' && offer.toLowerCase() === 'windowsserver' && WINDOWS_SERVER_GEN1_SKU.test(sku))
        return 'V1';
    return undefined;
}
/** Windows Server Datacenter SKUs published as generation 1 only (their generation 2 twins end in `-g2` or `-gensecond`). */
const WINDOWS_SERVER_GEN1_SKU = /^(2008-r2-sp1|2012-datacenter|2012-r2-datacenter|2016-datacenter|2019-datacenter|2022-datacenter|2025-datacenter)(-core)?(-smalldisk)?$/i;
