/** The azapi type of an Azure Local VM instance, with the API version this library writes. */
export const VM_INSTANCE_TYPE = 'Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01';

/**
 * Request body of `Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01` (writable properties only), from the
 * ARM types of that API version. Keys are spelled exactly as ARM expects them.
 */
export interface VmInstanceBody {
  /** The Azure Local cluster's custom location. */
  readonly extendedLocation: { readonly type: 'CustomLocation'; readonly name: string };
  /** The VM instance's properties. */
  readonly properties: VmInstanceProperties;
}

/** The writable properties of a VM instance (API 2024-01-01). */
export interface VmInstanceProperties {
  /** Processors and memory; `vmSize` is `Custom` on Azure Local. */
  readonly hardwareProfile?: {
    readonly vmSize?: string;
    readonly processors?: number;
    readonly memoryMB?: number;
    readonly dynamicMemoryConfig?: { readonly maximumMemoryMB?: number; readonly minimumMemoryMB?: number; readonly targetMemoryBuffer?: number };
  };
  /** The VM's network interfaces (`Microsoft.AzureStackHCI/networkInterfaces`). */
  readonly networkProfile?: { readonly networkInterfaces?: { readonly id: string }[] };
  /** Administrator account, computer name and guest agents. */
  readonly osProfile?: {
    /** Write-only; send it in the sensitive body. */
    readonly adminPassword?: string;
    readonly adminUsername?: string;
    readonly computerName?: string;
    readonly windowsConfiguration?: {
      readonly enableAutomaticUpdates?: boolean;
      readonly timeZone?: string;
      readonly provisionVMAgent?: boolean;
      readonly provisionVMConfigAgent?: boolean;
    };
  };
  /** Security type, vTPM and secure boot: set at creation only. */
  readonly securityProfile?: {
    readonly enableTPM?: boolean;
    readonly uefiSettings?: { readonly secureBootEnabled?: boolean };
    readonly securityType?: 'TrustedLaunch' | 'ConfidentialVM';
  };
  /** Guest image, data disks and the storage path of the VM configuration files. */
  readonly storageProfile?: {
    readonly dataDisks?: { readonly id: string }[];
    readonly imageReference?: { readonly id: string };
    readonly osDisk?: { readonly id?: string; readonly osType?: 'Windows' | 'Linux' };
    readonly vmConfigStoragePathId?: string;
  };
  /** HTTP proxy of the guest (not exposed by the constructs). */
  readonly httpProxyConfig?: { readonly httpProxy?: string; readonly httpsProxy?: string; readonly noProxy?: string[]; readonly trustedCa?: string };
}
