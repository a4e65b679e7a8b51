"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expectedFlexibleScaleSetErrors = expectedFlexibleScaleSetErrors;
const azure_edition_facts_1 = require("./azure-edition-facts");
const windows_vm_model_1 = require("./windows-vm-model");
/**
 * Rule ids of a Flexible scale set, from the fact sheet (A2 and the azurerm v4.55.0 notes): the Windows VM rules
 * with azurerm's defaults for what the set leaves unset (no trusted launch, assessment by image, extensions allowed),
 * a prefix of 9 characters, hotpatching always on with a hotpatch image, and the application health extension with
 * platform patching or a hotpatch image.
 */
function expectedFlexibleScaleSetErrors(c) {
    const ids = new Set((0, windows_vm_model_1.expectedErrors)({
        image: { kind: 'marketplace', ...c.image },
        size: c.size,
        name: 'vmss',
        computerName: { kind: 'token' },
        adminUsername: 'fleetadmin',
        passwordLiteral: false,
        hotpatch: c.hotpatching,
        patchMode: c.patchMode,
        patchAssessmentMode: 'ImageDefault',
        provisionVmAgent: c.provisionVmAgent,
        allowExtensionOperations: true,
        automaticUpdates: c.automaticUpdates,
        bypass: false,
        secureBoot: false,
        vtpm: false,
    }).filter((id) => id.startsWith('WIN-')));
    if (!(0, azure_edition_facts_1.modelComputerNameValid)(c.computerNamePrefix, true))
        ids.add('WIN-COMPUTER-NAME');
    const hotpatchImage = c.image.publisher === azure_edition_facts_1.PUBLISHER && c.image.offer === azure_edition_facts_1.OFFER && azure_edition_facts_1.MODEL_HOTPATCH_SKUS.includes(c.image.sku);
    if (hotpatchImage && !c.hotpatching)
        ids.add('VMSS-FLEX-HOTPATCH');
    if ((c.patchMode === 'AutomaticByPlatform' || hotpatchImage) && !c.extensionTypes.some((t) => /^ApplicationHealth(Windows|Linux)$/.test(t)))
        ids.add('VMSS-FLEX-HEALTH-EXTENSION');
    return [...ids].sort();
}
