"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AZURE_EDITION_VM_RULES = exports.WSAE_AUTOMANAGE_RETIREMENT = exports.WSAE_NETWORK_INTERFACES = exports.WSAE_IMAGE_CASE = exports.WSAE_IMAGE = exports.AUTOMANAGE_RETIREMENT_DATE = void 0;
const condition_1 = require("../core/condition");
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
const image_catalog_1 = require("./image-catalog");
const windows_vm_rules_1 = require("./windows-vm-rules");
/** The date Automanage Best Practices stops accepting new configuration profiles. */
exports.AUTOMANAGE_RETIREMENT_DATE = '2027-09-30';
const ci = (v) => `(?i)^${v.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}$`;
const SKU_PATTERN = `(?i)^(${image_catalog_1.AZURE_EDITION_IMAGES.map((e) => e.sku).join('|')})$`;
const same = (a, b) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
exports.WSAE_IMAGE = {
    id: 'WSAE-IMAGE',
    severity: 'error',
    title: 'the image is a Windows Server Azure Edition Marketplace image',
    source: sources_1.SOURCES.azureEdition,
    doc: 'The construct builds Azure Edition VMs only: publisher MicrosoftWindowsServer, offer WindowsServer and one of the catalog SKUs. ' +
        'Azure compares them without case, so a mis-cased one is only a warning (WSAE-IMAGE-CASE). A custom image id is accepted but cannot hotpatch.',
    holds: (f) => f.imageReference && f.imageId === undefined
        ? (0, condition_1.and)((0, condition_1.matches)(f.imageReference.publisher, ci(image_catalog_1.AZURE_EDITION_PUBLISHER), (s) => same(s, image_catalog_1.AZURE_EDITION_PUBLISHER)), (0, condition_1.matches)(f.imageReference.offer, ci(image_catalog_1.AZURE_EDITION_OFFER), (s) => same(s, image_catalog_1.AZURE_EDITION_OFFER)), (0, condition_1.matches)(f.imageReference.sku, SKU_PATTERN, (s) => (0, image_catalog_1.azureEditionSkuOf)(s) !== undefined))
        : true,
    check(f) {
        const r = f.imageReference;
        if (!r || f.imageId !== undefined)
            return [];
        const out = [];
        if ((0, unknown_1.isKnown)(r.publisher) && !same(r.publisher, image_catalog_1.AZURE_EDITION_PUBLISHER)) {
            out.push({ attribute: 'source_image_reference.publisher', message: `publisher ${(0, rule_1.show)(r.publisher)} is not the Azure Edition publisher`, value: (0, rule_1.show)(r.publisher), allowed: [image_catalog_1.AZURE_EDITION_PUBLISHER], fix: `use '${image_catalog_1.AZURE_EDITION_PUBLISHER}'` });
        }
        if ((0, unknown_1.isKnown)(r.offer) && !same(r.offer, image_catalog_1.AZURE_EDITION_OFFER)) {
            out.push({ attribute: 'source_image_reference.offer', message: `offer ${(0, rule_1.show)(r.offer)} is not the Azure Edition offer`, value: (0, rule_1.show)(r.offer), allowed: [image_catalog_1.AZURE_EDITION_OFFER], fix: `use '${image_catalog_1.AZURE_EDITION_OFFER}'` });
        }
        const sku = r.sku;
        if ((0, unknown_1.isKnown)(sku) && !(0, image_catalog_1.azureEditionSkuOf)(sku)) {
            out.push({
                attribute: 'source_image_reference.sku',
                message: `sku ${(0, rule_1.show)(sku)} is not a Windows Server Azure Edition sku`,
                value: (0, rule_1.show)(sku),
                allowed: image_catalog_1.AZURE_EDITION_IMAGES.map((e) => e.sku),
                fix: `use a WindowsServerAzureEditionImage constant (such as ${(0, image_catalog_1.imageConstantName)('2025-datacenter-azure-edition-core')}) or one of the allowed skus`,
            });
        }
        return out;
    },
};
exports.WSAE_IMAGE_CASE = {
    id: 'WSAE-IMAGE-CASE',
    severity: 'warning',
    title: 'the Azure Edition image reference is spelled as the Marketplace lists it',
    source: `${sources_1.SOURCES.azureEdition}; ${sources_1.SOURCES.azurermHotpatchImage}`,
    doc: 'Azure compares publisher, offer and SKU without case and accepts a mis-cased reference. azurerm\'s hotpatch checks compare exactly: with a mis-cased SKU, hotpatch is refused and the image is not treated as hotpatch-capable.',
    check(f) {
        const r = f.imageReference;
        if (!r || f.imageId !== undefined)
            return [];
        const out = [];
        for (const [attribute, value, exact] of [
            ['source_image_reference.publisher', r.publisher, image_catalog_1.AZURE_EDITION_PUBLISHER],
            ['source_image_reference.offer', r.offer, image_catalog_1.AZURE_EDITION_OFFER],
            ['source_image_reference.sku', r.sku, (0, image_catalog_1.azureEditionSkuOf)(r.sku)?.sku],
        ]) {
            if (exact !== undefined && typeof value === 'string' && same(value, exact) && value !== exact) {
                out.push({ attribute, message: `${attribute.split('.')[1]} ${(0, rule_1.show)(value)} is spelled '${exact}' in the Marketplace; Azure accepts it, but azurerm's hotpatch checks compare exactly`, value: (0, rule_1.show)(value), allowed: [exact], fix: `write '${exact}'` });
            }
        }
        return out;
    },
};
exports.WSAE_NETWORK_INTERFACES = {
    id: 'WSAE-NETWORK-INTERFACES',
    severity: 'error',
    title: 'a VM has at least one network interface',
    source: 'hashicorp/terraform-provider-azurerm v4.55.0, azurerm_windows_virtual_machine schema: network_interface_ids is required with at least one item',
    doc: 'The first id is the primary interface.',
    holds: (f) => (0, condition_1.lengthAtLeast)(f.networkInterfaceCount, 1),
    check: (f) => (0, unknown_1.isKnown)(f.networkInterfaceCount) && f.networkInterfaceCount < 1
        ? [{ attribute: 'network_interface_ids', message: 'no network interface id is given (0)', value: '0', fix: 'pass at least one network interface id in networkInterfaceIds' }]
        : [],
};
exports.WSAE_AUTOMANAGE_RETIREMENT = {
    id: 'WSAE-AUTOMANAGE-RETIREMENT',
    severity: 'warning',
    title: 'Automanage Best Practices retires on 2027-09-30',
    source: sources_1.SOURCES.automanageRetirement,
    doc: 'After the date, creating a configuration profile or onboarding a subscription fails; Microsoft points to Azure Policy and Azure Update Manager.',
    check: (f) => f.automanage
        ? [
            {
                attribute: 'automanage',
                message: `Automanage Best Practices retires on ${exports.AUTOMANAGE_RETIREMENT_DATE}; new configuration profiles fail after that date`,
                fix: 'plan the move to Azure Policy and Azure Update Manager (aka.ms/automanagemigration)',
            },
        ]
        : [],
};
/** Every rule a `WindowsServerAzureEditionVm` applies: the Windows VM rules plus the Azure Edition ones. */
exports.AZURE_EDITION_VM_RULES = [exports.WSAE_IMAGE, exports.WSAE_IMAGE_CASE, exports.WSAE_NETWORK_INTERFACES, ...windows_vm_rules_1.WINDOWS_VM_RULES, exports.WSAE_AUTOMANAGE_RETIREMENT];
