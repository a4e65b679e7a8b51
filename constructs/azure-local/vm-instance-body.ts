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

/**
 * The keys ARM knows under `properties.securityProfile`, the same from API 2024-01-01 to 2025-09-01-preview (ARM types,
 * bicep-types-az). ARM ignores a key it does not know, so a misspelt one silently drops trusted launch.
 */
const SECURITY_PROFILE_KEYS: KeyTree = { enableTPM: {}, securityType: {}, uefiSettings: { secureBootEnabled: {} } };
interface KeyTree {
  readonly [key: string]: KeyTree;
}

/** A key of a request body that the API does not know, with the known key it resembles. */
export interface UnknownBodyKey {
  /** The key's path in the body, as written. */
  readonly path: string;
  /** The known key with the same letters, ignoring case, `_` and `-`. */
  readonly resembles?: string;
}

const letters = (k: string) => k.toLowerCase().replace(/[_-]/g, '');

/** Keys of `properties.securityProfile` in a VM instance body that ARM does not know (an unknown key's children are not listed). */
export function unknownSecurityProfileKeys(properties: unknown): UnknownBodyKey[] {
  const out: UnknownBodyKey[] = [];
  const walk = (value: unknown, known: KeyTree, path: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      const here = `${path}.${key}`;
      if (Object.prototype.hasOwnProperty.call(known, key)) walk((value as Record<string, unknown>)[key], known[key], here);
      else out.push({ path: here, resembles: Object.keys(known).find((k) => letters(k) === letters(key)) });
    }
  };
  const p = properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {};
  walk(p.securityProfile, SECURITY_PROFILE_KEYS, 'securityProfile');
  return out;
}
