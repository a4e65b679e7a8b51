"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HCI_GALLERY_IMAGE = exports.GALLERY_IMAGE_NAME_PATTERN = void 0;
const rule_1 = require("../core/rule");
const sources_1 = require("../core/sources");
const unknown_1 = require("../core/unknown");
/** azurerm's name rule for gallery images: 2-80 characters, letters and digits at both ends. */
exports.GALLERY_IMAGE_NAME_PATTERN = /^[a-zA-Z0-9][\-._a-zA-Z0-9]{0,78}[a-zA-Z0-9]$/;
/** The checks azurerm makes at plan on a Marketplace gallery image, made at synth. */
exports.HCI_GALLERY_IMAGE = {
    id: 'HCI-GALLERY-IMAGE',
    severity: 'error',
    title: 'the Marketplace gallery image has a valid name, generation, OS type and identifier',
    source: sources_1.HCI_SOURCES.marketplaceImage,
    doc: 'azurerm validates these at plan; the construct reports them at synth.',
    inputs: (f) => ({ name: f.name, hypervGeneration: f.hypervGeneration, osType: f.osType }),
    check(f) {
        const out = [];
        if ((0, unknown_1.isKnown)(f.name) && !exports.GALLERY_IMAGE_NAME_PATTERN.test(String(f.name))) {
            out.push({ attribute: 'name', message: `gallery image name ${(0, rule_1.show)(f.name)} is invalid: 2 to 80 letters, digits, '-', '.' or '_', starting and ending with a letter or digit`, value: (0, rule_1.show)(f.name), fix: 'rename the image' });
        }
        if ((0, unknown_1.isKnown)(f.hypervGeneration) && !['V1', 'V2'].includes(f.hypervGeneration)) {
            out.push({ attribute: 'hyperv_generation', message: `Hyper-V generation ${(0, rule_1.show)(f.hypervGeneration)} is not valid`, value: (0, rule_1.show)(f.hypervGeneration), allowed: ['V1', 'V2'], fix: "use 'V2' (trusted launch needs generation 2)" });
        }
        if ((0, unknown_1.isKnown)(f.osType) && !['Windows', 'Linux'].includes(f.osType)) {
            out.push({ attribute: 'os_type', message: `os type ${(0, rule_1.show)(f.osType)} is not valid`, value: (0, rule_1.show)(f.osType), allowed: ['Windows', 'Linux'], fix: "use 'Windows' or 'Linux'" });
        }
        for (const [attribute, value] of [['identifier.publisher', f.publisher], ['identifier.offer', f.offer], ['identifier.sku', f.sku], ['version', f.version]]) {
            if ((0, unknown_1.isKnown)(value) && (typeof value !== 'string' || value.length === 0))
                out.push({ attribute, message: `${attribute} is ${(0, rule_1.show)(value)}: it must be a non-empty string`, value: (0, rule_1.show)(value), fix: `set ${attribute}` });
        }
        return out;
    },
};
