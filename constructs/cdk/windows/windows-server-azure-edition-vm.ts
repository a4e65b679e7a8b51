import type { AutomanageConfiguration } from '@cdktf/provider-azurerm/lib/automanage-configuration';
import type { ManagedDisk } from '@cdktf/provider-azurerm/lib/managed-disk';
import type { VirtualMachineDataDiskAttachment } from '@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment';
import type { VirtualMachineAutomanageConfigurationAssignment } from '@cdktf/provider-azurerm/lib/virtual-machine-automanage-configuration-assignment';
import type { WindowsVirtualMachine, WindowsVirtualMachineConfig } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PROVIDER_PROP } from '../internal/provider-prop';
import { applyRules, checkProps, lifecycleWith } from '../internal/apply-rules';
import { PropSchema } from '../../core/prop-types';
import { identifiersOf, isListToken, isToken, list, maybe, maybeOr, secretKindOf } from '../internal/maybe';
import { Unknown } from '../../core/unknown';
import { AutomanageOptions } from '../../windows/automanage-options';
import { AZURE_EDITION_VM_RULES, AzureEditionVmFacts } from '../../windows/azure-edition-rules';
import { WindowsServerAzureEditionImage } from '../../windows/image';
import { imageGenerationOf } from '../../windows/image-catalog';
import { VM_SECRET_VAULT_RULES, VmSecretVaultFacts } from '../../windows/key-vault-rules';
import { keyVaultDeploymentOf } from '../internal/key-vault-reference';
import { PatchAssessmentMode, PatchMode, RebootSetting, WINDOWS_VM_DEFAULTS as D } from '../../windows/windows-vm-facts';
import { addDataDisks, encodedVmData, VM_FLEET_PROPS, VmFleetProps, vmFleetAttributes, vmFleetRuleSets } from './vm-fleet-settings';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const automanageConfigurationModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/automanage-configuration') as typeof import('@cdktf/provider-azurerm/lib/automanage-configuration'));
const virtualMachineAutomanageConfigurationAssignmentModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/virtual-machine-automanage-configuration-assignment') as typeof import('@cdktf/provider-azurerm/lib/virtual-machine-automanage-configuration-assignment'));
const windowsVirtualMachineModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/windows-virtual-machine') as typeof import('@cdktf/provider-azurerm/lib/windows-virtual-machine'));

/** The OS disk of an Azure Edition VM. */
export interface OsDiskOptions {
  /** Disk caching. @default 'ReadWrite' */
  readonly caching?: 'None' | 'ReadOnly' | 'ReadWrite';
  /** Managed disk type. @default 'Premium_LRS' */
  readonly storageAccountType?: 'Standard_LRS' | 'StandardSSD_LRS' | 'Premium_LRS' | 'StandardSSD_ZRS' | 'Premium_ZRS';
  /** Disk size in GiB. @default the image's disk size */
  readonly diskSizeGb?: number;
}

/** Props every Azure Edition VM takes, whatever its image. */
export interface WindowsServerAzureEditionVmBaseProps extends VmFleetProps {
  /** Azure resource name of the VM. */
  readonly name: string;
  /** Resource group of the VM. */
  readonly resourceGroupName: string;
  /** Azure region of the VM. */
  readonly location: string;
  /** VM size; it must boot generation 2 images. */
  readonly size: string;
  /** Local administrator account. */
  readonly adminUsername: string;
  /** A token: a sensitive variable or a Key Vault secret value. A literal is refused. */
  readonly adminPassword: string;
  /** At least one network interface id; the first is the primary one. */
  readonly networkInterfaceIds: string[];
  /** Windows computer name, 1-15 characters. @default the `name` */
  readonly computerName?: string;
  /** The OS disk. @default caching ReadWrite, Premium_LRS, the image's size */
  readonly osDisk?: OsDiskOptions;
  /** How patches are assessed. @default 'AutomaticByPlatform' when the VM agent is provisioned, else 'ImageDefault' */
  readonly patchAssessmentMode?: PatchAssessmentMode;
  /** Reboot behaviour of platform patching (patch mode AutomaticByPlatform only). @default not set */
  readonly rebootSetting?: RebootSetting;
  /** Allow VM extensions; needs the VM agent. @default the value of provisionVmAgent */
  readonly allowExtensionOperations?: boolean;
  /** Trusted launch secure boot. @default true */
  readonly secureBoot?: boolean;
  /** Trusted launch virtual TPM. @default true */
  readonly vtpm?: boolean;
  /** Encryption at host (needs the EncryptionAtHost subscription feature). @default false */
  readonly encryptionAtHost?: boolean;
  /** Availability zone. @default no zone */
  readonly zone?: string;
  /** Windows time zone name. @default UTC (the image default) */
  readonly timezone?: string;
  /**
   * The azurerm provider of every child resource: an aliased one, for another subscription than the stack's default.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /** Tags of the VM and of its Automanage configuration. @default no tags */
  readonly tags?: { [key: string]: string };
  /** Automanage Best Practices configuration and assignment. @default no Automanage */
  readonly automanage?: AutomanageOptions;
}

/** Patch settings that any image accepts; their combinations are checked at synth. */
export interface PatchingProps {
  /** Enable Hotpatch. @default true when the image is hotpatch-capable, else false */
  readonly hotpatch?: boolean;
  /**
   * Guest patch orchestration.
   * @default 'AutomaticByPlatform' for a Marketplace image; 'AutomaticByOS' for a custom image (`fromImageId`), since
   * platform patching supports Marketplace images only
   */
  readonly patchMode?: PatchMode;
  /** Install the VM agent. @default true */
  readonly provisionVmAgent?: boolean;
  /** Windows automatic updates (set at creation only). @default true */
  readonly automaticUpdates?: boolean;
  /** Bypass platform safety checks on a user schedule (AutomaticByPlatform only, never with Hotpatch). @default false */
  readonly bypassPlatformSafetyChecksOnUserSchedule?: boolean;
}

/** Patch settings of an image that cannot hotpatch: `hotpatch: true` does not compile. */
export interface NonHotpatchImagePatchingProps extends Omit<PatchingProps, 'hotpatch'> {
  /** The image cannot hotpatch. @default false */
  readonly hotpatch?: false;
}

/** Patch settings of a hotpatch-capable image besides Hotpatch itself and the safety-check bypass. */
export type HotpatchImageBaseProps = Omit<PatchingProps, 'hotpatch' | 'patchMode' | 'provisionVmAgent' | 'automaticUpdates' | 'bypassPlatformSafetyChecksOnUserSchedule'> & {
  /** A hotpatch image always patches by platform. */
  readonly patchMode?: 'AutomaticByPlatform';
  /** Platform patching needs the VM agent. */
  readonly provisionVmAgent?: true;
  /** Platform patching needs automatic updates. */
  readonly automaticUpdates?: true;
};

/** Patch settings of a hotpatch-capable image: platform patching, and no safety-check bypass while hotpatching. */
export type HotpatchImagePatchingProps = HotpatchImageBaseProps &
  ({ readonly hotpatch?: true; readonly bypassPlatformSafetyChecksOnUserSchedule?: false } | { readonly hotpatch: false; readonly bypassPlatformSafetyChecksOnUserSchedule?: boolean });

/** The patch props allowed for an image whose hotpatch capability is `H` at compile time. */
export type PatchingPropsFor<H extends boolean> = [H] extends [true] ? HotpatchImagePatchingProps : [H] extends [false] ? NonHotpatchImagePatchingProps : PatchingProps;

/** Props of {@link WindowsServerAzureEditionVm}: the patch props allowed depend on the image's Hotpatch capability. */
export type WindowsServerAzureEditionVmProps<H extends boolean = boolean> = WindowsServerAzureEditionVmBaseProps & {
  /** The Azure Edition image. */
  readonly image: WindowsServerAzureEditionImage<H>;
} & PatchingPropsFor<H>;

const S = { type: 'string' } as const;
const B = { type: 'boolean' } as const;
const REQ = { type: 'string', required: true } as const;

/** The runtime shape of {@link WindowsServerAzureEditionVmProps}, for JavaScript callers. */
export const AZURE_EDITION_VM_PROPS: PropSchema = {
  name: REQ,
  resourceGroupName: REQ,
  location: REQ,
  size: REQ,
  adminUsername: REQ,
  adminPassword: { type: 'string', required: true, secret: true },
  networkInterfaceIds: { type: 'string[]', required: true },
  image: { type: { instance: WindowsServerAzureEditionImage, name: 'WindowsServerAzureEditionImage' }, required: true },
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
  provider: PROVIDER_PROP,
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
  ...VM_FLEET_PROPS,
};

/** The props with the image's patching constraints set aside: what the construct reads once the types have done their work. */
type AnyPatchingProps = WindowsServerAzureEditionVmBaseProps & PatchingProps & { readonly image: WindowsServerAzureEditionImage };

type ImageFacts = Pick<AzureEditionVmFacts, 'imageReference' | 'imageId' | 'imageGeneration'>;

/** The facts of each image: the same for every VM of a fleet, and an image does not change once made. */
const IMAGE_FACTS = new WeakMap<WindowsServerAzureEditionImage, ImageFacts>();

function imageFactsOf(image: WindowsServerAzureEditionImage): ImageFacts {
  let facts = IMAGE_FACTS.get(image);
  if (facts === undefined) {
    const r = image.reference;
    facts = {
      imageReference: r ? { publisher: maybe(r.publisher)!, offer: maybe(r.offer)!, sku: maybe(r.sku)! } : undefined,
      imageId: image.imageId !== undefined ? maybe(image.imageId) : undefined,
      imageGeneration: r && [r.publisher, r.offer, r.sku].every((v) => typeof v === 'string' && !isToken(v)) ? imageGenerationOf(r.publisher, r.offer, r.sku) : undefined,
    };
    IMAGE_FACTS.set(image, facts);
  }
  return facts;
}

/** Checks the props, applies the rules and returns the VM resource's attributes (`hotpatchingEnabled` after defaults). */
function windowsVmConfig(vm: Construct, props: WindowsServerAzureEditionVmProps<boolean>): WindowsVirtualMachineConfig {
  checkProps(vm, AZURE_EDITION_VM_PROPS, props);
  const p = props as AnyPatchingProps;
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

  const imageFacts = imageFactsOf(image);
  const facts: AzureEditionVmFacts = {
    imageReference: imageFacts.imageReference,
    imageId: imageFacts.imageId,
    imageGeneration: imageFacts.imageGeneration,
    size: maybe(p.size)!,
    // a computer_name that resolves to null defaults to the name
    computerName: maybeOr(computerName, p.computerName !== undefined ? maybe(p.name) : undefined)!,
    computerNameAttribute: p.computerName !== undefined ? 'computer_name' : 'name',
    adminUsername: maybe(p.adminUsername),
    adminPassword: secretKindOf(vm, p.adminPassword).kind,
    patchMode: maybeOr(patchMode, D.patchMode)!,
    patchAssessmentMode: maybeOr(patchAssessmentMode, D.patchAssessmentMode)!,
    rebootSetting: maybe(p.rebootSetting),
    hotpatchingEnabled: maybeOr(hotpatch, D.hotpatchingEnabled)!,
    bypassPlatformSafetyChecks: maybeOr(bypass, D.bypassPlatformSafetyChecks)!,
    provisionVmAgent: maybeOr(provisionVmAgent, D.provisionVmAgent)!,
    allowExtensionOperations: maybeOr(allowExtensionOperations, D.allowExtensionOperations)!,
    automaticUpdatesEnabled: maybeOr(automaticUpdates, D.automaticUpdatesEnabled)!,
    secureBootEnabled: maybeOr(secureBoot, D.secureBootEnabled)!,
    vtpmEnabled: maybeOr(vtpm, D.vtpmEnabled)!,
    automanage: p.automanage !== undefined,
    networkInterfaceCount: isListToken(p.networkInterfaceIds) ? new Unknown(list(p.networkInterfaceIds), 0) : (p.networkInterfaceIds ?? []).length,
  };
  const osDisk = p.osDisk ?? {};
  const osDiskStorageAccountType = osDisk.storageAccountType ?? 'Premium_LRS';
  const encoded = encodedVmData(p);
  const precondition = applyRules(vm, AZURE_EDITION_VM_RULES, facts, ...vmFleetRuleSets(p, osDiskStorageAccountType, encoded));
  const lifecycle = lifecycleWith(p.lifecycle, precondition);
  // an attribute left undefined is one the provider class does not write: one literal, no conditional spreads
  return {
    name: p.name,
    resourceGroupName: p.resourceGroupName,
    provider: p.provider,
    location: p.location,
    size: p.size,
    computerName,
    adminUsername: p.adminUsername,
    adminPassword: p.adminPassword,
    networkInterfaceIds: list(p.networkInterfaceIds)!,
    sourceImageReference: image.reference,
    sourceImageId: image.reference ? undefined : image.imageId,
    osDisk: { caching: osDisk.caching ?? 'ReadWrite', storageAccountType: osDiskStorageAccountType, diskSizeGb: osDisk.diskSizeGb },
    provisionVmAgent,
    allowExtensionOperations,
    automaticUpdatesEnabled: automaticUpdates,
    patchMode,
    patchAssessmentMode,
    rebootSetting: p.rebootSetting,
    hotpatchingEnabled: hotpatch,
    bypassPlatformSafetyChecksOnUserScheduleEnabled: bypass,
    secureBootEnabled: secureBoot,
    vtpmEnabled: vtpm,
    encryptionAtHostEnabled: p.encryptionAtHost ?? false,
    zone: p.zone,
    timezone: p.timezone,
    tags: p.tags,
    ...vmFleetAttributes(p, encoded),
    lifecycle,
  };
}

/**
 * A Windows Server Datacenter: Azure Edition VM (`azurerm_windows_virtual_machine`, child `Resource`), with
 * Hotpatch, platform patching, trusted launch and optional Automanage, refusing at synth every combination that
 * Azure or azurerm would reject.
 */
export class WindowsServerAzureEditionVm<H extends boolean = boolean> extends Construct {
  /** The VM resource. */
  public readonly resource: WindowsVirtualMachine;
  /** The managed data disks, in the order of the `dataDisks` prop. */
  public readonly dataDisks: ManagedDisk[];
  /** The attachments of the data disks to the VM. */
  public readonly dataDiskAttachments: VirtualMachineDataDiskAttachment[];
  /** The Automanage configuration profile, when this construct created one. */
  public readonly automanageConfiguration?: AutomanageConfiguration;
  /** The Automanage assignment, when Automanage is on. */
  public readonly automanageAssignment?: VirtualMachineAutomanageConfigurationAssignment;
  /** Whether Hotpatch is enabled (after defaults). */
  public readonly hotpatchEnabled: boolean;
  /** The image the VM runs. */
  public readonly image: WindowsServerAzureEditionImage;
  /** Resource group of the VM. */
  public readonly resourceGroupName: string;
  /** Azure region of the VM. */
  public readonly location: string;
  /** Whether the VM is assigned to Automanage. */
  public readonly automanaged: boolean;
  /** The azurerm provider of the VM's resources, which the constructs built on it use by default. */
  public readonly provider?: TerraformProvider;
  /** The tags of the VM, which the constructs built on it (SMB over QUIC) give their resources by default. */
  public readonly tags?: { [key: string]: string };
  private readonly certificates: { keyVaultId: string; url: string; store: string }[] = [];

  constructor(scope: Construct, id: string, props: WindowsServerAzureEditionVmProps<H>) {
    super(scope, id);
    // cdktf records the whole call stack at every token a resource creates, and V8 prices each frame by how far into
    // its function the call sits: the resource is created at the top of the constructor, its attributes worked out apart.
    const config = windowsVmConfig(this, props);
    this.resource = new (windowsVirtualMachineModule().WindowsVirtualMachine)(this, 'Resource', config);
    const p = props as AnyPatchingProps;
    this.hotpatchEnabled = config.hotpatchingEnabled === true;
    this.image = p.image;
    this.resourceGroupName = p.resourceGroupName;
    this.location = p.location;
    this.automanaged = p.automanage !== undefined;
    this.tags = p.tags;
    this.provider = p.provider;
    const { disks, attachments } = addDataDisks(this, this.resource, p);
    this.dataDisks = disks;
    this.dataDiskAttachments = attachments;

    if (p.automanage) {
      let configurationId: string;
      if ('configuration' in p.automanage && p.automanage.configuration !== undefined) {
        const c = p.automanage.configuration;
        this.automanageConfiguration = new (automanageConfigurationModule().AutomanageConfiguration)(this, 'AutomanageConfiguration', {
          name: c.name,
          provider: p.provider,
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
          tags: p.tags,
        });
        configurationId = this.automanageConfiguration.id;
      } else {
        configurationId = (p.automanage as { readonly configurationId: string }).configurationId;
      }
      this.automanageAssignment = new (virtualMachineAutomanageConfigurationAssignmentModule().VirtualMachineAutomanageConfigurationAssignment)(this, 'AutomanageAssignment', {
        virtualMachineId: this.resource.id,
        provider: p.provider,
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
  public addKeyVaultCertificate(keyVaultId: string, certificateUrl: string, store: string = 'My'): void {
    if (!this.certificates.some((c) => c.keyVaultId === keyVaultId)) {
      const facts: VmSecretVaultFacts = { vaults: [{ keyVaultId: isToken(keyVaultId) ? (identifiersOf(keyVaultId)[0]?.replace(/\.id$/, '') ?? 'given as a token') : `'${keyVaultId}'`, enabledForDeployment: keyVaultDeploymentOf(this, keyVaultId) }] };
      const precondition = applyRules(this, VM_SECRET_VAULT_RULES, facts);
      const lifecycle = lifecycleWith(this.resource.lifecycle, precondition);
      if (lifecycle) this.resource.lifecycle = lifecycle;
    }
    this.certificates.push({ keyVaultId, url: certificateUrl, store });
    const vaults = [...new Set(this.certificates.map((c) => c.keyVaultId))];
    this.resource.putSecret(
      vaults.map((keyVaultId) => ({
        keyVaultId,
        certificate: this.certificates.filter((c) => c.keyVaultId === keyVaultId).map((c) => ({ store: c.store, url: c.url })),
      })),
    );
  }

  /** The VM's Azure resource id. */
  public get id(): string {
    return this.resource.id;
  }
}

