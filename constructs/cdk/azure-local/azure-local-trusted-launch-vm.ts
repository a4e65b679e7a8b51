import type { ArcMachine } from '@cdktf/provider-azurerm/lib/arc-machine';
import type { StackHciNetworkInterface } from '@cdktf/provider-azurerm/lib/stack-hci-network-interface';
import type { StackHciVirtualHardDisk } from '@cdktf/provider-azurerm/lib/stack-hci-virtual-hard-disk';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { PROVIDER_PROP } from '../internal/provider-prop';
import { Construct } from 'constructs';
import { AzapiProvider } from '../azapi/azapi-provider';
import { AzapiResource } from '../azapi/azapi-resource';
import { applyRules, checkProps, ruleSet, warn } from '../internal/apply-rules';
import { PropSchema } from '../../core/prop-types';
import { list, maybe, maybeOr, secretKindOf } from '../internal/maybe';
import { evaluate } from '../../core/rule';
import { AzureLocalVmImage } from './azure-local-vm-image';
import { DEFAULT_SUPPORT_POLICY, GuestImageSupportPolicyName } from '../../azure-local/guest-image-support';
import { TrustedLaunchVmFacts } from '../../azure-local/trusted-launch-facts';
import { TRUSTED_LAUNCH_ADVISORIES, TRUSTED_LAUNCH_VM_RULES } from '../../azure-local/trusted-launch-rules';
import { VM_INSTANCE_TYPE, VmInstanceBody } from '../../azure-local/vm-instance-body';
import { AZURE_LOCAL_HARDWARE_RULES, AzureLocalHardwareFacts } from '../../azure-local/hardware-rules';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const arcMachineModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/arc-machine') as typeof import('@cdktf/provider-azurerm/lib/arc-machine'));
const stackHciNetworkInterfaceModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/stack-hci-network-interface') as typeof import('@cdktf/provider-azurerm/lib/stack-hci-network-interface'));
const stackHciVirtualHardDiskModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/stack-hci-virtual-hard-disk') as typeof import('@cdktf/provider-azurerm/lib/stack-hci-virtual-hard-disk'));

/** A data disk of an Azure Local VM (`azurerm_stack_hci_virtual_hard_disk`). */
export interface AzureLocalDataDisk {
  /** Disk resource name, 2-64 characters. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGb: number;
  /** Dynamically expanding VHDX. @default true */
  readonly dynamic?: boolean;
  /** Storage path of the disk. @default the cluster's default storage path */
  readonly storagePathId?: string;
}

/** A further network interface of an Azure Local VM (`azurerm_stack_hci_network_interface`), on its own logical network. */
export interface AzureLocalNetworkInterface {
  /** Network interface resource name. */
  readonly name: string;
  /** Logical network (`azurerm_stack_hci_logical_network`) id. */
  readonly logicalNetworkId: string;
  /** Static IPv4 address. @default an address from the logical network */
  readonly privateIpAddress?: string;
  /** DNS servers. @default the logical network's DNS servers */
  readonly dnsServers?: string[];
}

/** Dynamic memory of an Azure Local VM: `memoryMb` is then the startup memory. */
export interface AzureLocalDynamicMemory {
  /** Minimum memory in MiB. */
  readonly minimumMb: number;
  /** Maximum memory in MiB. */
  readonly maximumMb: number;
  /** Memory buffer, percent of what the guest needs, 5 to 2000. @default the platform's (20 in Hyper-V) */
  readonly targetBufferPercent?: number;
}

/** Props of {@link AzureLocalTrustedLaunchVm}. */
export interface AzureLocalTrustedLaunchVmProps {
  /** Name of the Arc machine (and default computer name). */
  readonly name: string;
  /** Resource group of the Arc machine, its network interface and disks. */
  readonly resourceGroupName: string;
  /** Azure region of the Azure Local cluster. */
  readonly location: string;
  /** The Azure Local cluster's custom location id. */
  readonly customLocationId: string;
  /** A Marketplace gallery image; custom images are refused. */
  readonly image: AzureLocalVmImage;
  /** Which support policy the image must be in. @default '2025-10' (the newest dated statement: every Windows and Windows Server Marketplace image) */
  readonly supportPolicy?: GuestImageSupportPolicyName;
  /** Logical network (`azurerm_stack_hci_logical_network`) id of the VM's network interface. */
  readonly logicalNetworkId: string;
  /** Static IP address of the network interface. @default an address from the logical network (dynamic or from its pool) */
  readonly privateIpAddress?: string;
  /** DNS servers of the network interface. @default the logical network's DNS servers */
  readonly dnsServers?: string[];
  /** Local administrator account of the guest. */
  readonly adminUsername: string;
  /** A token: a sensitive variable or a Key Vault secret value. A literal is refused. Sent in the sensitive body. */
  readonly adminPassword: string;
  /** 1-15 letters, digits or hyphens. @default the `name` */
  readonly computerName?: string;
  /** Virtual processors. @default 2 */
  readonly processors?: number;
  /** Memory in MiB (the startup memory with `dynamicMemory`). @default 8192 */
  readonly memoryMb?: number;
  /** Dynamic memory. @default static memory */
  readonly dynamicMemory?: AzureLocalDynamicMemory;
  /** Further network interfaces, in this order after the first one (`logicalNetworkId`). @default none */
  readonly additionalNetworkInterfaces?: AzureLocalNetworkInterface[];
  /** Data disks to create and attach. @default no data disk */
  readonly dataDisks?: AzureLocalDataDisk[];
  /** Storage path for the VM configuration files. @default the cluster's default */
  readonly storagePathId?: string;
  /** Always TrustedLaunch; any other value is refused. @default 'TrustedLaunch' */
  readonly securityType?: 'TrustedLaunch';
  /** Secure boot is always on for trusted launch; `false` is refused. @default true */
  readonly secureBoot?: true;
  /** The vTPM is always on for trusted launch; `false` is refused. @default true */
  readonly vtpm?: true;
  /** Guest boot-integrity verification is not available on Azure Local; `true` is refused. @default false */
  readonly guestAttestation?: false;
  /** Guest management agent. @default true */
  readonly provisionVmAgent?: boolean;
  /**
   * The azurerm provider of the Arc machine, network interface and disks (the VM instance takes `azapiProvider`): an aliased one, for another subscription than the stack's default.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Tags of the Arc machine, network interface and disks. The VM instance takes none: it is an extension resource of
   * the Arc machine (the REST type has no `tags`), whose tags it shows. @default no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * The azapi provider of the VM instance: this library's `AzapiProvider`, a generated binding or any provider of
   * `azure/azapi`. Needed only when the stack has several aliased azapi providers and no default one.
   * @default the stack's only or default azapi provider, created with defaults when the stack has none
   */
  readonly azapiProvider?: TerraformProvider;
}

const ADVISORIES_ID = 'AzureLocalTrustedLaunchAdvisories';
const S = { type: 'string' } as const;
const REQ = { type: 'string', required: true } as const;
const B = { type: 'boolean' } as const;

/** The runtime shape of {@link AzureLocalTrustedLaunchVmProps}, for JavaScript callers. */
export const TRUSTED_LAUNCH_VM_PROPS: PropSchema = {
  name: REQ,
  resourceGroupName: REQ,
  location: REQ,
  customLocationId: REQ,
  image: { type: { instance: AzureLocalVmImage, name: 'AzureLocalVmImage' }, required: true },
  supportPolicy: S,
  logicalNetworkId: REQ,
  privateIpAddress: S,
  dnsServers: { type: 'string[]' },
  adminUsername: REQ,
  adminPassword: { type: 'string', required: true, secret: true },
  computerName: S,
  processors: { type: 'number', integer: true, min: 1, max: 1024 },
  memoryMb: { type: 'number', integer: true, min: 1 },
  dynamicMemory: { type: { object: { minimumMb: { type: 'number', integer: true, min: 1, required: true }, maximumMb: { type: 'number', integer: true, min: 1, required: true }, targetBufferPercent: { type: 'number' } } } },
  additionalNetworkInterfaces: { type: { array: { name: REQ, logicalNetworkId: REQ, privateIpAddress: S, dnsServers: { type: 'string[]' } } } },
  dataDisks: { type: { array: { name: REQ, sizeGb: { type: 'number', integer: true, min: 1, required: true }, dynamic: B, storagePathId: S } } },
  storagePathId: S,
  securityType: S,
  secureBoot: B,
  vtpm: B,
  guestAttestation: B,
  provisionVmAgent: B,
  tags: { type: 'string-map' },
  provider: PROVIDER_PROP,
  azapiProvider: { type: { is: AzapiProvider.isAzapiProvider, name: 'provider of azure/azapi' } },
};

/**
 * An Azure Arc VM with security type Trusted launch on an Azure Local (Azure Stack HCI 23H2+) cluster: the Arc
 * machine (kind HCI), its network interface, optional data disks, and the VM instance (`azapi_resource`, child
 * `Resource`) with secure boot and vTPM on. Refuses at synth every configuration the platform does not support.
 */
export class AzureLocalTrustedLaunchVm extends Construct {
  /** The VM instance (`Microsoft.AzureStackHCI/virtualMachineInstances`). */
  public readonly resource: AzapiResource<VmInstanceBody>;
  /** The `azurerm_arc_machine` (kind `HCI`) that the VM instance extends. */
  public readonly arcMachine: ArcMachine;
  /** The VM's `azurerm_stack_hci_network_interface` on the logical network. */
  public readonly networkInterface: StackHciNetworkInterface;
  /** The further network interfaces, in the order of `additionalNetworkInterfaces`. */
  public readonly additionalNetworkInterfaces: StackHciNetworkInterface[];
  /** One `azurerm_stack_hci_virtual_hard_disk` per data disk, in the order given. */
  public readonly dataDisks: StackHciVirtualHardDisk[];

  constructor(scope: Construct, id: string, props: AzureLocalTrustedLaunchVmProps) {
    super(scope, id);
    checkProps(this, TRUSTED_LAUNCH_VM_PROPS, props);
    const p = props as Omit<AzureLocalTrustedLaunchVmProps, 'securityType' | 'secureBoot' | 'vtpm' | 'guestAttestation'> & {
      securityType?: string;
      secureBoot?: boolean;
      vtpm?: boolean;
      guestAttestation?: boolean;
    };
    const image = p.image;
    const computerName = p.computerName ?? p.name;
    const facts: TrustedLaunchVmFacts = {
      image:
        image.kind === 'marketplace' && image.marketplace
          ? {
              kind: 'marketplace',
              publisher: maybe(image.marketplace.publisher)!,
              offer: maybe(image.marketplace.offer)!,
              sku: maybe(image.marketplace.sku)!,
              version: maybe(image.marketplace.version)!,
              hypervGeneration: maybe(image.hypervGeneration)!,
            }
          : { kind: 'custom', id: maybe(image.id)! },
      supportPolicy: p.supportPolicy ?? DEFAULT_SUPPORT_POLICY,
      // a value that resolves to null leaves the key out of the body, and the API's defaults apply: no security type, both off
      securityType: maybeOr(p.securityType ?? 'TrustedLaunch', '')!,
      secureBoot: maybeOr(p.secureBoot ?? true, false)!,
      vtpm: maybeOr(p.vtpm ?? true, false)!,
      guestAttestation: maybeOr(p.guestAttestation ?? false, false)!,
      computerName: maybe(computerName)!,
      adminPassword: secretKindOf(this, p.adminPassword).kind,
      guestOs: image.osType,
    };
    const memoryMb = p.memoryMb ?? 8192;
    const nics = p.additionalNetworkInterfaces ?? [];
    const hardware: AzureLocalHardwareFacts = {
      memoryMb: maybe(memoryMb)!,
      ...(p.dynamicMemory ? { dynamicMemory: { minimumMb: maybe(p.dynamicMemory.minimumMb)!, maximumMb: maybe(p.dynamicMemory.maximumMb)!, targetBuffer: maybe(p.dynamicMemory.targetBufferPercent) } } : {}),
      privateIpAddresses: [
        ...(p.privateIpAddress !== undefined ? [{ attribute: 'privateIpAddress', address: maybe(p.privateIpAddress)! }] : []),
        ...nics.flatMap((n, i) => (n.privateIpAddress !== undefined ? [{ attribute: `additionalNetworkInterfaces[${i}].privateIpAddress`, address: maybe(n.privateIpAddress)! }] : [])),
      ],
    };
    // the memory and address rules find nothing without dynamic memory or a static address: not run then
    const hardwareRules = hardware.dynamicMemory || hardware.privateIpAddresses.length > 0 ? [ruleSet(AZURE_LOCAL_HARDWARE_RULES, hardware)] : [];
    const precondition = applyRules(this, TRUSTED_LAUNCH_VM_RULES, facts, ...hardwareRules);
    AzureLocalTrustedLaunchVm.adviseOnce(this);

    const common = { resourceGroupName: p.resourceGroupName, location: p.location, provider: p.provider, tags: p.tags };
    this.arcMachine = new (arcMachineModule().ArcMachine)(this, 'ArcMachine', { name: p.name, ...common, kind: 'HCI', identity: { type: 'SystemAssigned' } });
    const networkInterface = (id: string, n: AzureLocalNetworkInterface) =>
      new (stackHciNetworkInterfaceModule().StackHciNetworkInterface)(this, id, {
        name: n.name,
        ...common,
        customLocationId: p.customLocationId,
        ipConfiguration: { subnetId: n.logicalNetworkId, ...(n.privateIpAddress !== undefined ? { privateIpAddress: n.privateIpAddress } : {}) },
        ...(n.dnsServers !== undefined ? { dnsServers: list(n.dnsServers) } : {}),
      });
    this.networkInterface = networkInterface('NetworkInterface', { name: `${p.name}-nic`, logicalNetworkId: p.logicalNetworkId, privateIpAddress: p.privateIpAddress, dnsServers: p.dnsServers });
    this.additionalNetworkInterfaces = nics.map((n, i) => networkInterface(`NetworkInterface${i + 1}`, n));
    this.dataDisks = (p.dataDisks ?? []).map(
      (d, i) =>
        new (stackHciVirtualHardDiskModule().StackHciVirtualHardDisk)(this, `DataDisk${i}`, {
          name: d.name,
          ...common,
          customLocationId: p.customLocationId,
          diskSizeInGb: d.sizeGb,
          dynamicEnabled: d.dynamic ?? true,
          ...(d.storagePathId !== undefined ? { storagePathId: d.storagePathId } : {}),
        }),
    );

    const securityProfile = { securityType: 'TrustedLaunch' as const, enableTPM: true, uefiSettings: { secureBootEnabled: true } };
    const provisionVMAgent = p.provisionVmAgent ?? true;
    this.resource = new AzapiResource<VmInstanceBody>(this, 'Resource', {
      type: VM_INSTANCE_TYPE,
      name: 'default',
      parentId: this.arcMachine.id,
      body: {
        extendedLocation: { type: 'CustomLocation', name: p.customLocationId },
        properties: {
          hardwareProfile: {
            vmSize: 'Custom',
            processors: p.processors ?? 2,
            memoryMB: memoryMb,
            ...(p.dynamicMemory
              ? {
                  dynamicMemoryConfig: {
                    minimumMemoryMB: p.dynamicMemory.minimumMb,
                    maximumMemoryMB: p.dynamicMemory.maximumMb,
                    ...(p.dynamicMemory.targetBufferPercent !== undefined ? { targetMemoryBuffer: p.dynamicMemory.targetBufferPercent } : {}),
                  },
                }
              : {}),
          },
          osProfile: {
            adminUsername: p.adminUsername,
            computerName,
            windowsConfiguration: { provisionVMAgent, provisionVMConfigAgent: provisionVMAgent },
          },
          securityProfile,
          storageProfile: {
            imageReference: { id: image.id },
            ...(this.dataDisks.length > 0 ? { dataDisks: this.dataDisks.map((d) => ({ id: d.id })) } : {}),
            ...(p.storagePathId !== undefined ? { vmConfigStoragePathId: p.storagePathId } : {}),
          },
          networkProfile: { networkInterfaces: [this.networkInterface, ...this.additionalNetworkInterfaces].map((n) => ({ id: n.id })) },
        },
      },
      sensitiveBody: { properties: { osProfile: { adminPassword: p.adminPassword } } },
      ...(p.azapiProvider !== undefined ? { provider: p.azapiProvider } : {}),
      // security settings are create-time only: a change must replace the VM, never be dropped silently
      replaceTriggersExternalValues: securityProfile,
      timeouts: { create: '2h' },
      ...(precondition.length > 0 ? { lifecycle: { precondition } } : {}),
    });
  }

  /** The advisories hold for every trusted-launch VM: say them once per stack, not once per VM. */
  private static adviseOnce(scope: Construct): void {
    const stack = TerraformStack.of(scope);
    if (stack.node.tryFindChild(ADVISORIES_ID)) return;
    const holder = new Construct(stack, ADVISORIES_ID);
    for (const v of evaluate(TRUSTED_LAUNCH_ADVISORIES, undefined, holder.node.path)) warn(holder, v);
  }

  /** The VM instance's resource id. */
  public get id(): string {
    return this.resource.id;
  }
}
