"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.vmConfig = void 0;
const fast_check_1 = __importDefault(require("fast-check"));
const azure_edition_facts_1 = require("../model/azure-edition-facts");
const NON_AE_SKUS = ['2022-datacenter', '2022-datacenter-g2', '2025-datacenter-g2', '2019-datacenter', '2022-datacenter-core-g2', '2022-datacenter-azure-edition-g2', ''];
const MIS_CASED_SKUS = azure_edition_facts_1.MODEL_SKUS.flatMap((s) => [s.toUpperCase(), s.replace('datacenter-azure-edition', 'Datacenter-Azure-Edition')]);
const image = fast_check_1.default.oneof({ weight: 12, arbitrary: fast_check_1.default.constantFrom(...azure_edition_facts_1.MODEL_SKUS).map((sku) => ({ kind: 'marketplace', publisher: azure_edition_facts_1.PUBLISHER, offer: azure_edition_facts_1.OFFER, sku })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...MIS_CASED_SKUS, ...NON_AE_SKUS).map((sku) => ({ kind: 'marketplace', publisher: azure_edition_facts_1.PUBLISHER, offer: azure_edition_facts_1.OFFER, sku })) }, {
    weight: 1,
    arbitrary: fast_check_1.default
        .record({
        publisher: fast_check_1.default.constantFrom(azure_edition_facts_1.PUBLISHER, 'microsoftwindowsserver', 'MicrosoftWindowsDesktop', 'Canonical'),
        offer: fast_check_1.default.constantFrom(azure_edition_facts_1.OFFER, 'windowsserver', 'WindowsServerHotpatch-Previews', 'windows-11'),
        sku: fast_check_1.default.constantFrom(...azure_edition_facts_1.MODEL_SKUS, ...NON_AE_SKUS),
    })
        .map((r) => ({ kind: 'marketplace', ...r })),
}, {
    weight: 1,
    arbitrary: fast_check_1.default
        .record({ publisher: fast_check_1.default.constantFrom(azure_edition_facts_1.PUBLISHER, 'MicrosoftWindowsDesktop'), offer: fast_check_1.default.constantFrom(azure_edition_facts_1.OFFER, 'windowsserver') })
        .map((r) => ({ kind: 'sku-token', ...r })),
}, {
    weight: 1,
    arbitrary: fast_check_1.default
        .constantFrom('ae-golden', 'ae-core-hardened')
        .map((n) => ({ kind: 'custom', imageId: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/img/providers/Microsoft.Compute/galleries/g/images/${n}/versions/1.0.0` })),
});
const NAME_ALPHABET = [...'abcdefghXYZ0123456789-', '_', '.', ' ', '!', 'é', '`'];
const name = fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.constantFrom('web01', 'fs-01', 'a', 'wsae-core-0001', 'fileserver-0001', 'X9') }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('fileserver-00001', '12345', 'web_01', 'web.01', 'web 01', '', 'web-', 'ünïcode-01') }, { weight: 1, arbitrary: fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...NAME_ALPHABET), minLength: 0, maxLength: 18 }) });
const computerName = fast_check_1.default.oneof({ weight: 3, arbitrary: fast_check_1.default.constant(undefined) }, { weight: 2, arbitrary: name.map((value) => ({ kind: 'literal', value })) }, { weight: 1, arbitrary: fast_check_1.default.constant({ kind: 'token' }) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('-web', '-web-01', '-', '-fileserver-0001', '_web', '01').map((suffix) => ({ kind: 'template', suffix })) });
const adminUsername = fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.constantFrom('azureuser', 'ops-admin', 'Administrator', 'ADMIN') }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('administrator', 'admin', 'root', 'ops.', 'a-name-of-21-letters!', ' ', 'ädmïnïsträtör-ünïcö') });
/** Unset (the construct's default) `unsetWeight` times out of `unsetWeight + 1`, else one of the values. */
const opt = (arb, unsetWeight = 1) => fast_check_1.default.oneof({ weight: unsetWeight, arbitrary: fast_check_1.default.constant(undefined) }, { weight: 1, arbitrary: arb });
/** Mostly valid values, sometimes invalid ones. */
const mostly = (valid, invalid) => fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constantFrom(...valid) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...invalid) });
const bool = opt(fast_check_1.default.boolean(), 2);
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const vmData = fast_check_1.default.oneof({ weight: 4, arbitrary: fast_check_1.default.constantFrom('Install-WindowsFeature Web-Server', '{"role":"web"}', '$password = $env:ADMIN_PASSWORD').map((value) => ({ kind: 'text', value })) }, { weight: 2, arbitrary: fast_check_1.default.constantFrom(b64('Install-WindowsFeature Web-Server'), 'QQ==', 'QUJD\nREVG').map((value) => ({ kind: 'base64', value })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('Install-WindowsFeature Web-Server', '', 'QQ', 'a-_b').map((value) => ({ kind: 'base64', value })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('$password = "Sup3rS3cret!"', 'ConvertTo-SecureString "P@ssw0rd123" -AsPlainText -Force').map((value) => ({ kind: 'text', value })) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(65535, 65536, 65537).map((n) => ({ kind: 'text', value: 'a'.repeat(n) })) });
const dataDisk = fast_check_1.default.record({
    lun: fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(-1, 1.5) }),
    caching: fast_check_1.default.constantFrom('None', 'ReadOnly', 'ReadWrite'),
    type: mostly(['Premium_LRS', 'StandardSSD_LRS', 'Standard_LRS'], ['UltraSSD_LRS', 'PremiumV2_LRS', 'Premium_ZRS']),
    copy: fast_check_1.default.boolean(),
}, { requiredKeys: ['lun'] });
/** The whole input space of a WindowsServerAzureEditionVm. */
exports.vmConfig = fast_check_1.default
    .record({
    image,
    size: fast_check_1.default.oneof({ weight: 12, arbitrary: mostly(azure_edition_facts_1.GEN2_SIZES, [...azure_edition_facts_1.GEN1_ONLY_SIZES, ...azure_edition_facts_1.NO_TRUSTED_LAUNCH_SIZES]) }, { weight: 2, arbitrary: fast_check_1.default.constantFrom(...Object.keys(azure_edition_facts_1.MODEL_SIZE_DISKS)) }),
    name,
    computerName,
    adminUsername: opt(adminUsername, 2),
    passwordLiteral: fast_check_1.default.oneof({ weight: 10, arbitrary: fast_check_1.default.constant(false) }, { weight: 1, arbitrary: fast_check_1.default.constant(true) }),
    hotpatch: opt(fast_check_1.default.boolean()),
    patchMode: opt(mostly(['AutomaticByOS', 'AutomaticByPlatform', 'Manual'], ['automaticbyplatform', 'Automatic', '']), 2),
    patchAssessmentMode: opt(mostly(['AutomaticByPlatform', 'ImageDefault'], ['imagedefault']), 2),
    rebootSetting: opt(mostly(['Always', 'IfRequired', 'Never'], ['always']), 2),
    bypass: opt(fast_check_1.default.boolean(), 4),
    provisionVmAgent: opt(fast_check_1.default.boolean(), 4),
    allowExtensionOperations: bool,
    automaticUpdates: opt(fast_check_1.default.boolean(), 4),
    secureBoot: bool,
    vtpm: bool,
    automanage: opt(fast_check_1.default.constantFrom('existing', 'new')),
    licenseType: opt(mostly(['Windows_Server', 'None', 'Windows_Client'], ['windows_server', 'AHUB', '']), 4),
    identity: opt(fast_check_1.default.record({ type: mostly(['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned'], ['systemassigned', 'SystemAssigned,UserAssigned']), ids: fast_check_1.default.integer({ min: 0, max: 2 }) }), 4),
    placement: opt(fast_check_1.default.record({ zone: fast_check_1.default.boolean(), availabilitySet: fast_check_1.default.boolean(), proximityPlacementGroup: fast_check_1.default.boolean(), capacityReservation: fast_check_1.default.boolean() }, { requiredKeys: [] }), 4),
    userData: opt(vmData, 4),
    customData: opt(vmData, 6),
    osDiskType: opt(fast_check_1.default.constantFrom('Premium_LRS', 'StandardSSD_LRS'), 4),
    // one configuration in seven has data disks: each disk adds two resources to synthesize
    dataDisks: opt(fast_check_1.default.array(dataDisk, { maxLength: 5 }), 6),
})
    .map((c) => {
    // drop unset keys so that the config reads like what a user would write
    const out = {};
    for (const [k, v] of Object.entries(c))
        if (v !== undefined)
            out[k] = v;
    return out;
});
