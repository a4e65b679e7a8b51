import type { ManagedDisk } from '@cdktf/provider-azurerm/lib/managed-disk';
import type { VirtualMachineDataDiskAttachment } from '@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment';
import type { WindowsVirtualMachineConfig } from '@cdktf/provider-azurerm/lib/windows-virtual-machine';
import { Fn, ITerraformDependable, TerraformProvider, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { PropSchema } from '../../core/prop-types';
import { Maybe, Unknown } from '../../core/unknown';
import { DataDiskFacts, DISK_RULES, VmDiskFacts } from '../../windows/disk-rules';
import { VmData } from '../../windows/vm-data';
import { VM_DATA_RULES, VmDataFacts } from '../../windows/vm-data-rules';
import { IdentityType, LicenseType, VM_SETTINGS_RULES, VmSettingsFacts } from '../../windows/vm-settings-rules';
import { RuleSet, ruleSet } from '../internal/apply-rules';
import { isListToken, isToken, maybe } from '../internal/maybe';
import { loadOnce } from '../internal/load-once';

const managedDiskModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/managed-disk') as typeof import('@cdktf/provider-azurerm/lib/managed-disk'));
const dataDiskAttachmentModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment') as typeof import('@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment'));

/** The VM's managed identities. */
export interface VmIdentity {
  /** `SystemAssigned`, `UserAssigned`, or both. */
  readonly type: IdentityType;
  /** User-assigned identity ids (with a user-assigned type only). @default none */
  readonly identityIds?: string[];
}

/** A new managed data disk, attached to the VM. */
export interface DataDiskOptions {
  /** Name of the managed disk resource. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGb: number;
  /** Logical unit number, unique per VM. */
  readonly lun: number;
  /** Host caching (Ultra Disks and Premium SSD v2 take `None` only). @default 'None' */
  readonly caching?: 'None' | 'ReadOnly' | 'ReadWrite';
  /** Managed disk type. @default 'Premium_LRS' */
  readonly storageAccountType?: 'Standard_LRS' | 'StandardSSD_LRS' | 'StandardSSD_ZRS' | 'Premium_LRS' | 'Premium_ZRS' | 'PremiumV2_LRS' | 'UltraSSD_LRS';
  /** A snapshot or managed disk to copy (create option `Copy`; an Ultra Disk may be copied from a snapshot too). @default an empty disk */
  readonly sourceResourceId?: string;
}

/** What a fleet sets on its VMs every day: licence, identity, placement, disks, bootstrap data, ordering. */
export interface VmFleetProps {
  /** Azure Hybrid Benefit: `Windows_Server` with Windows Server licences. @default none (pay-as-you-go licence) */
  readonly licenseType?: LicenseType;
  /** Managed identities. @default no identity */
  readonly identity?: VmIdentity;
  /** Availability set (not with a zone or a capacity reservation group). @default none */
  readonly availabilitySetId?: string;
  /** Proximity placement group. @default none */
  readonly proximityPlacementGroupId?: string;
  /** Capacity reservation group (not with an availability set or a proximity placement group). @default none */
  readonly capacityReservationGroupId?: string;
  /** Storage account blob endpoint for boot diagnostics. @default managed boot diagnostics storage */
  readonly bootDiagnosticsStorageUri?: string;
  /** User data, readable from the VM through IMDS (not encrypted: no secrets). @default none */
  readonly userData?: VmData;
  /** Custom data, saved as a file on the VM at creation (not encrypted: no secrets). @default none */
  readonly customData?: VmData;
  /** New managed data disks, created in the VM's zone and attached to it. @default none */
  readonly dataDisks?: DataDiskOptions[];
  /** Resources the VM waits for. @default none */
  readonly dependsOn?: ITerraformDependable[];
  /** Terraform lifecycle of the VM (for example `ignoreChanges`); the construct adds its own preconditions to it. @default none */
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** What a data disk is when its props leave it out: the facts read the same defaults the resources are written with. */
const DATA_DISK_DEFAULTS = { storageAccountType: 'Premium_LRS', caching: 'None' } as const;

/** The construct turns Ultra SSD on for the VM whenever an Ultra Disk is in the props. */
const hasUltraDisk = (p: VmFleetProps) => (p.dataDisks ?? []).some((d) => d.storageAccountType === 'UltraSSD_LRS');

const S = { type: 'string' } as const;

/** The runtime shape of {@link VmFleetProps}, for JavaScript callers. */
export const VM_FLEET_PROPS: PropSchema = {
  // the values are checked by WIN-LICENSE-TYPE and WIN-IDENTITY, with their sources
  licenseType: S,
  identity: { type: { object: { type: { type: 'string', required: true }, identityIds: { type: 'string[]' } } } },
  availabilitySetId: S,
  proximityPlacementGroupId: S,
  capacityReservationGroupId: S,
  bootDiagnosticsStorageUri: S,
  userData: { type: { instance: VmData, name: 'VmData' } },
  customData: { type: { instance: VmData, name: 'VmData' } },
  dataDisks: {
    type: {
      array: {
        name: { type: 'string', required: true },
        sizeGb: { type: 'number', integer: true, min: 1, required: true },
        lun: { type: 'number', required: true },
        caching: { type: { enum: ['None', 'ReadOnly', 'ReadWrite'] } },
        storageAccountType: { type: { enum: ['Standard_LRS', 'StandardSSD_LRS', 'StandardSSD_ZRS', 'Premium_LRS', 'Premium_ZRS', 'PremiumV2_LRS', 'UltraSSD_LRS'] } },
        sourceResourceId: S,
      },
    },
  },
  dependsOn: { type: { is: Array.isArray, name: 'list of resources' } },
  lifecycle: { type: { is: (v) => typeof v === 'object' && v !== null && !Array.isArray(v), name: 'lifecycle block' } },
};

/** The base64 value written for user or custom data: text encoded here, or by Terraform when it is a token. */
function base64Of(data: VmData | undefined): string | undefined {
  if (!data) return undefined;
  if (data.kind === 'base64') return data.value;
  return isToken(data.value) ? Fn.base64encode(data.value) : Buffer.from(data.value, 'utf8').toString('base64');
}

const written = (v: string | undefined): Maybe<string> | undefined => (v === undefined ? undefined : maybe(v));

/** The licence, identity and placement facts of the props. */
function vmSettingsFacts(p: VmFleetProps & { readonly zone?: string }): VmSettingsFacts {
  const ids = p.identity?.identityIds;
  return {
    licenseType: written(p.licenseType),
    identityType: p.identity ? maybe(p.identity.type) : undefined,
    identityIdCount: ids === undefined ? 0 : isListToken(ids) ? new Unknown(ids, 0) : ids.length,
    zone: written(p.zone),
    availabilitySetId: written(p.availabilitySetId),
    proximityPlacementGroupId: written(p.proximityPlacementGroupId),
    capacityReservationGroupId: written(p.capacityReservationGroupId),
  };
}

/** The user and custom data as they will be written (base64, or a Terraform expression that encodes). */
export interface EncodedVmData {
  readonly userData?: string;
  readonly customData?: string;
}

/** Encodes the user and custom data of the props once, for the facts and the attributes. */
export function encodedVmData(p: VmFleetProps): EncodedVmData {
  return { userData: base64Of(p.userData), customData: base64Of(p.customData) };
}

/**
 * The rule sets of the fleet props. Licence, identity and placement, and user and custom data, are checked when a
 * prop of theirs is given (nothing to find otherwise); the disk rules always, for the OS disk.
 */
export function vmFleetRuleSets(p: VmFleetProps & { readonly zone?: string; readonly size: string }, osDiskStorageAccountType: string, encoded: EncodedVmData): RuleSet[] {
  const settings = [p.licenseType, p.identity, p.zone, p.availabilitySetId, p.proximityPlacementGroupId, p.capacityReservationGroupId].some((v) => v !== undefined);
  const data: VmDataFacts = { userData: written(encoded.userData), customData: written(encoded.customData) };
  return [
    ...(settings ? [ruleSet(VM_SETTINGS_RULES, vmSettingsFacts(p))] : []),
    ...(encoded.userData !== undefined || encoded.customData !== undefined ? [ruleSet(VM_DATA_RULES, data)] : []),
    ruleSet(DISK_RULES, vmDiskFacts(p, osDiskStorageAccountType)),
  ];
}

/** The disk facts of the props. */
function vmDiskFacts(p: VmFleetProps & { readonly size: string }, osDiskStorageAccountType: string): VmDiskFacts {
  const disks = p.dataDisks ?? [];
  return {
    size: maybe(p.size)!,
    osDiskStorageAccountType: maybe(osDiskStorageAccountType),
    ultraSsdEnabled: hasUltraDisk(p),
    inAvailabilitySet: p.availabilitySetId === undefined ? false : isToken(p.availabilitySetId) ? new Unknown(p.availabilitySetId, false) : true,
    dataDisks: disks.map(
      (d, i): DataDiskFacts => ({ name: d.name, attribute: `dataDisks[${i}]`, lun: maybe(d.lun)!, caching: d.caching ?? DATA_DISK_DEFAULTS.caching, storageAccountType: d.storageAccountType ?? DATA_DISK_DEFAULTS.storageAccountType }),
    ),
  };
}

/** The VM attributes the fleet props write. */
export function vmFleetAttributes(p: VmFleetProps, { userData, customData }: EncodedVmData): Partial<WindowsVirtualMachineConfig> {
  // an attribute left undefined is one the provider class does not write
  return {
    licenseType: p.licenseType,
    identity: p.identity ? { type: p.identity.type, identityIds: p.identity.identityIds } : undefined,
    availabilitySetId: p.availabilitySetId,
    proximityPlacementGroupId: p.proximityPlacementGroupId,
    capacityReservationGroupId: p.capacityReservationGroupId,
    // an empty block turns managed boot diagnostics on; a block of undefined fields would not be written at all
    bootDiagnostics: p.bootDiagnosticsStorageUri !== undefined ? { storageAccountUri: p.bootDiagnosticsStorageUri } : {},
    userData,
    customData,
    additionalCapabilities: hasUltraDisk(p) ? { ultraSsdEnabled: true } : undefined,
    dependsOn: p.dependsOn,
  };
}

/** The managed disks and attachments of the data disks, in the VM's resource group, zone and provider, with its tags. */
export function addDataDisks(
  scope: Construct,
  vm: { readonly id: string },
  p: VmFleetProps & { readonly resourceGroupName: string; readonly location: string; readonly zone?: string; readonly tags?: { [key: string]: string }; readonly provider?: TerraformProvider },
): { disks: ManagedDisk[]; attachments: VirtualMachineDataDiskAttachment[] } {
  const disks: ManagedDisk[] = [];
  const attachments: VirtualMachineDataDiskAttachment[] = [];
  for (const [i, d] of (p.dataDisks ?? []).entries()) {
    // construct ids by disk name, so that reordering the list keeps the resources' addresses
    const key = isToken(d.name) ? String(i) : d.name;
    const disk = new (managedDiskModule().ManagedDisk)(scope, `DataDisk-${key}`, {
      name: d.name,
      provider: p.provider,
      resourceGroupName: p.resourceGroupName,
      location: p.location,
      storageAccountType: d.storageAccountType ?? DATA_DISK_DEFAULTS.storageAccountType,
      ...(d.sourceResourceId !== undefined ? { createOption: 'Copy', sourceResourceId: d.sourceResourceId } : { createOption: 'Empty' }),
      diskSizeGb: d.sizeGb,
      ...(p.zone !== undefined ? { zone: p.zone } : {}),
      tags: p.tags,
    });
    disks.push(disk);
    attachments.push(
      new (dataDiskAttachmentModule().VirtualMachineDataDiskAttachment)(scope, `DataDiskAttachment-${key}`, {
        managedDiskId: disk.id,
        provider: p.provider,
        virtualMachineId: vm.id,
        lun: d.lun,
        caching: d.caching ?? DATA_DISK_DEFAULTS.caching,
      }),
    );
  }
  return { disks, attachments };
}
