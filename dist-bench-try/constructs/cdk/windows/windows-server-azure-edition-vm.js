"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WindowsServerAzureEditionVm = exports.AZURE_EDITION_VM_PROPS = void 0;
const constructs_1 = require("constructs");
const provider_prop_1 = require("../internal/provider-prop");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const unknown_1 = require("../../core/unknown");
const azure_edition_rules_1 = require("../../windows/azure-edition-rules");
const image_1 = require("../../windows/image");
const image_catalog_1 = require("../../windows/image-catalog");
const key_vault_rules_1 = require("../../windows/key-vault-rules");
const key_vault_reference_1 = require("../internal/key-vault-reference");
const vm_fleet_settings_1 = require("./vm-fleet-settings");
// provider classes load when a construct first needs them: importing the library stays cheap
const automanageConfigurationModule = () => require('@cdktf/provider-azurerm/lib/automanage-configuration');
const virtualMachineAutomanageConfigurationAssignmentModule = () => require('@cdktf/provider-azurerm/lib/virtual-machine-automanage-configuration-assignment');
const windowsVirtualMachineModule = () => require('@cdktf/provider-azurerm/lib/windows-virtual-machine');
const S = { type: 'string' };
const B = { type: 'boolean' };
const REQ = { type: 'string', required: true };
/** The runtime shape of {@link WindowsServerAzureEditionVmProps}, for JavaScript callers. */
exports.AZURE_EDITION_VM_PROPS = {
    name: REQ,
    resourceGroupName: REQ,
    location: REQ,
    size: REQ,
    adminUsername: REQ,
    adminPassword: { type: 'string', required: true, secret: true },
    networkInterfaceIds: { type: 'string[]', required: true },
    image: { type: { instance: image_1.WindowsServerAzureEditionImage, name: 'WindowsServerAzureEditionImage' }, required: true },
    computerName: S,
    osDisk: {
        type: {
            object: {
                caching: { type: { enum: ['None', 'ReadOnly', 'ReadWrite'] } },
                storageAccountType: { type: { enum: ['Standard_LRS', 'StandardSSD_LRS', 'Premium_LRS', 'StandardSSD_ZRS', 'Premium_ZRS'] } },
                diskSizeGb: { type: 'number', integer: true, min: 1, max: 4095 },
            },
        },
    },
    patchAssessmentMode: S,
    rebootSetting: S,
    allowExtensionOperations: B,
    secureBoot: B,
    vtpm: B,
    encryptionAtHost: B,
    zone: S,
    timezone: S,
    tags: { type: 'string-map' },
    provider: provider_prop_1.PROVIDER_PROP,
    automanage: {
        type: {
            object: {
                configurationId: S,
                configuration: {
                    type: {
                        object: {
                            name: REQ,
                            antimalware: B,
                            azureSecurityBaseline: { type: { enum: ['ApplyAndAutoCorrect', 'ApplyAndMonitor', 'Audit', 'DeployAndAutoCorrect'] } },
                            bootDiagnostics: B,
                            defenderForCloud: B,
                            guestConfiguration: B,
                            logAnalytics: B,
                            automationAccount: B,
                            statusChangeAlert: B,
                        },
                    },
                },
            },
            exactlyOneOf: ['configuration', 'configurationId'],
        },
    },
    hotpatch: B,
    patchMode: S,
    provisionVmAgent: B,
    automaticUpdates: B,
    bypassPlatformSafetyChecksOnUserSchedule: B,
    ...vm_fleet_settings_1.VM_FLEET_PROPS,
};
/**
 * A Windows Server Datacenter: Azure Edition VM (`azurerm_windows_virtual_machine`, child `Resource`), with
 * Hotpatch, platform patching, trusted launch and optional Automanage, refusing at synth every combination that
 * Azure or azurerm would reject.
 */
class WindowsServerAzureEditionVm extends constructs_1.Construct {
    /** The VM resource. */
    resource;
    /** The managed data disks, in the order of the `dataDisks` prop. */
    dataDisks;
    /** The attachments of the data disks to the VM. */
    dataDiskAttachments;
    /** The Automanage configuration profile, when this construct created one. */
    automanageConfiguration;
    /** The Automanage assignment, when Automanage is on. */
    automanageAssignment;
    /** Whether Hotpatch is enabled (after defaults). */
    hotpatchEnabled;
    /** The image the VM runs. */
    image;
    /** Resource group of the VM. */
    resourceGroupName;
    /** Azure region of the VM. */
    location;
    /** Whether the VM is assigned to Automanage. */
    automanaged;
    /** The azurerm provider of the VM's resources, which the constructs built on it use by default. */
    provider;
    /** The tags of the VM, which the constructs built on it (SMB over QUIC) give their resources by default. */
    tags;
    certificates = [];
    constructor(scope, id, props) {
        super(scope, id);
        (0, apply_rules_1.checkProps)(this, exports.AZURE_EDITION_VM_PROPS, props);
        const p = props;
        const image = p.image;
        const provisionVmAgent = p.provisionVmAgent ?? true;
        const hotpatch = p.hotpatch ?? image.hotpatchCapable;
        const patchMode = p.patchMode ?? (image.imageId !== undefined ? 'AutomaticByOS' : 'AutomaticByPlatform');
        const patchAssessmentMode = p.patchAssessmentMode ?? (provisionVmAgent === false ? 'ImageDefault' : 'AutomaticByPlatform');
        const automaticUpdates = p.automaticUpdates ?? true;
        const allowExtensionOperations = p.allowExtensionOperations ?? provisionVmAgent;
        const bypass = p.bypassPlatformSafetyChecksOnUserSchedule ?? false;
        const secureBoot = p.secureBoot ?? true;
        const vtpm = p.vtpm ?? true;
        const computerName = p.computerName ?? p.name;
        const facts = {
            imageReference: image.reference
                ? { publisher: (0, maybe_1.maybe)(image.reference.publisher), offer: (0, maybe_1.maybe)(image.reference.offer), sku: (0, maybe_1.maybe)(image.reference.sku) }
                : undefined,
            imageId: image.imageId !== undefined ? (0, maybe_1.maybe)(image.imageId) : undefined,
            imageGeneration: image.reference && [image.reference.publisher, image.reference.offer, image.reference.sku].every((v) => typeof v === 'string' && !(0, maybe_1.isToken)(v))
                ? (0, image_catalog_1.imageGenerationOf)(image.reference.publisher, image.reference.offer, image.reference.sku)
                : undefined,
            size: (0, maybe_1.maybe)(p.size),
            computerName: (0, maybe_1.maybe)(computerName),
            computerNameAttribute: p.computerName !== undefined ? 'computer_name' : 'name',
            adminUsername: (0, maybe_1.maybe)(p.adminUsername),
            adminPassword: (0, maybe_1.secretKindOf)(this, p.adminPassword).kind,
            patchMode: (0, maybe_1.maybe)(patchMode),
            patchAssessmentMode: (0, maybe_1.maybe)(patchAssessmentMode),
            rebootSetting: (0, maybe_1.maybe)(p.rebootSetting),
            hotpatchingEnabled: (0, maybe_1.maybe)(hotpatch),
            bypassPlatformSafetyChecks: (0, maybe_1.maybe)(bypass),
            provisionVmAgent: (0, maybe_1.maybe)(provisionVmAgent),
            allowExtensionOperations: (0, maybe_1.maybe)(allowExtensionOperations),
            automaticUpdatesEnabled: (0, maybe_1.maybe)(automaticUpdates),
            secureBootEnabled: (0, maybe_1.maybe)(secureBoot),
            vtpmEnabled: (0, maybe_1.maybe)(vtpm),
            automanage: p.automanage !== undefined,
            networkInterfaceCount: (0, maybe_1.isListToken)(p.networkInterfaceIds) ? new unknown_1.Unknown((0, maybe_1.list)(p.networkInterfaceIds)) : (p.networkInterfaceIds ?? []).length,
        };
        const osDisk = p.osDisk ?? {};
        const osDiskStorageAccountType = osDisk.storageAccountType ?? 'Premium_LRS';
        const encoded = (0, vm_fleet_settings_1.encodedVmData)(p);
        const precondition = (0, apply_rules_1.applyRules)(this, azure_edition_rules_1.AZURE_EDITION_VM_RULES, facts, ...(0, vm_fleet_settings_1.vmFleetRuleSets)({ ...p, osDiskStorageAccountType }, encoded));
        this.hotpatchEnabled = hotpatch === true;
        this.image = image;
        this.resourceGroupName = p.resourceGroupName;
        this.location = p.location;
        this.automanaged = p.automanage !== undefined;
        this.tags = p.tags;
        this.provider = p.provider;
        const lifecycle = (0, apply_rules_1.lifecycleWith)(p.lifecycle, precondition);
        this.resource = new (windowsVirtualMachineModule().WindowsVirtualMachine)(this, 'Resource', {
            ...(0, provider_prop_1.providerOf)(p.provider),
            name: p.name,
            resourceGroupName: p.resourceGroupName,
            location: p.location,
            size: p.size,
            computerName,
            adminUsername: p.adminUsername,
            adminPassword: p.adminPassword,
            networkInterfaceIds: (0, maybe_1.list)(p.networkInterfaceIds),
            ...(image.reference
                ? { sourceImageReference: { ...image.reference } }
                : { sourceImageId: image.imageId }),
            osDisk: {
                caching: osDisk.caching ?? 'ReadWrite',
                storageAccountType: osDiskStorageAccountType,
                ...(osDisk.diskSizeGb !== undefined ? { diskSizeGb: osDisk.diskSizeGb } : {}),
            },
            provisionVmAgent,
            allowExtensionOperations,
            automaticUpdatesEnabled: automaticUpdates,
            patchMode,
            patchAssessmentMode,
            ...(p.rebootSetting !== undefined ? { rebootSetting: p.rebootSetting } : {}),
            hotpatchingEnabled: hotpatch,
            bypassPlatformSafetyChecksOnUserScheduleEnabled: bypass,
            secureBootEnabled: secureBoot,
            vtpmEnabled: vtpm,
            encryptionAtHostEnabled: p.encryptionAtHost ?? false,
            ...(p.zone !== undefined ? { zone: p.zone } : {}),
            ...(p.timezone !== undefined ? { timezone: p.timezone } : {}),
            ...(p.tags !== undefined ? { tags: p.tags } : {}),
            ...(0, vm_fleet_settings_1.vmFleetAttributes)(p, encoded),
            ...(lifecycle ? { lifecycle } : {}),
        });
        const { disks, attachments } = (0, vm_fleet_settings_1.addDataDisks)(this, this.resource, p);
        this.dataDisks = disks;
        this.dataDiskAttachments = attachments;
        if (p.automanage) {
            let configurationId;
            if ('configuration' in p.automanage && p.automanage.configuration !== undefined) {
                const c = p.automanage.configuration;
                this.automanageConfiguration = new (automanageConfigurationModule().AutomanageConfiguration)(this, 'AutomanageConfiguration', {
                    ...(0, provider_prop_1.providerOf)(p.provider),
                    name: c.name,
                    resourceGroupName: p.resourceGroupName,
                    location: p.location,
                    ...((c.antimalware ?? true) ? { antimalware: { realTimeProtectionEnabled: true, scheduledScanEnabled: true, scheduledScanType: 'Quick' } } : {}),
                    azureSecurityBaseline: { assignmentType: c.azureSecurityBaseline ?? 'ApplyAndAutoCorrect' },
                    bootDiagnosticsEnabled: c.bootDiagnostics ?? true,
                    defenderForCloudEnabled: c.defenderForCloud ?? true,
                    guestConfigurationEnabled: c.guestConfiguration ?? true,
                    logAnalyticsEnabled: c.logAnalytics ?? false,
                    automationAccountEnabled: c.automationAccount ?? false,
                    statusChangeAlertEnabled: c.statusChangeAlert ?? false,
                    ...(p.tags !== undefined ? { tags: p.tags } : {}),
                });
                configurationId = this.automanageConfiguration.id;
            }
            else {
                configurationId = p.automanage.configurationId;
            }
            this.automanageAssignment = new (virtualMachineAutomanageConfigurationAssignmentModule().VirtualMachineAutomanageConfigurationAssignment)(this, 'AutomanageAssignment', {
                ...(0, provider_prop_1.providerOf)(p.provider),
                virtualMachineId: this.resource.id,
                configurationId,
            });
        }
    }
    /**
     * Installs a Key Vault certificate in the VM's LocalMachine store (the VM `secret` block; on Windows the store is
     * always in LocalMachine).
     * @param certificateUrl the certificate's versioned secret id
     * @param store @default 'My'
     */
    addKeyVaultCertificate(keyVaultId, certificateUrl, store = 'My') {
        if (!this.certificates.some((c) => c.keyVaultId === keyVaultId)) {
            const facts = { vaults: [{ keyVaultId: (0, maybe_1.isToken)(keyVaultId) ? ((0, maybe_1.identifiersOf)(keyVaultId)[0]?.replace(/\.id$/, '') ?? 'given as a token') : `'${keyVaultId}'`, enabledForDeployment: (0, key_vault_reference_1.keyVaultDeploymentOf)(this, keyVaultId) }] };
            const precondition = (0, apply_rules_1.applyRules)(this, key_vault_rules_1.VM_SECRET_VAULT_RULES, facts);
            const lifecycle = (0, apply_rules_1.lifecycleWith)(this.resource.lifecycle, precondition);
            if (lifecycle)
                this.resource.lifecycle = lifecycle;
        }
        this.certificates.push({ keyVaultId, url: certificateUrl, store });
        const vaults = [...new Set(this.certificates.map((c) => c.keyVaultId))];
        this.resource.putSecret(vaults.map((keyVaultId) => ({
            keyVaultId,
            certificate: this.certificates.filter((c) => c.keyVaultId === keyVaultId).map((c) => ({ store: c.store, url: c.url })),
        })));
    }
    /** The VM's Azure resource id. */
    get id() {
        return this.resource.id;
    }
}
exports.WindowsServerAzureEditionVm = WindowsServerAzureEditionVm;
