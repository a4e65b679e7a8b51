/**
 * Request body of `Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01` (writable properties only), from the
 * ARM types of that API version. Keys are spelled exactly as ARM expects them.
 */
export const VM_INSTANCE_TYPE = 'Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01';

export interface VmInstanceBody {
  readonly extendedLocation: { readonly type: 'CustomLocation'; readonly name: string };
  readonly properties: VmInstanceProperties;
}

export interface VmInstanceProperties {
  readonly hardwareProfile?: {
    readonly vmSize?: string;
    readonly processors?: number;
    readonly memoryMB?: number;
    readonly dynamicMemoryConfig?: { readonly maximumMemoryMB?: number; readonly minimumMemoryMB?: number; readonly targetMemoryBuffer?: number };
  };
  readonly networkProfile?: { readonly networkInterfaces?: { readonly id: string }[] };
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
  readonly securityProfile?: {
    readonly enableTPM?: boolean;
    readonly uefiSettings?: { readonly secureBootEnabled?: boolean };
    readonly securityType?: 'TrustedLaunch' | 'ConfidentialVM';
  };
  readonly storageProfile?: {
    readonly dataDisks?: { readonly id: string }[];
    readonly imageReference?: { readonly id: string };
    readonly osDisk?: { readonly id?: string; readonly osType?: 'Windows' | 'Linux' };
    readonly vmConfigStoragePathId?: string;
  };
  readonly httpProxyConfig?: { readonly httpProxy?: string; readonly httpsProxy?: string; readonly noProxy?: string[]; readonly trustedCa?: string };
}
