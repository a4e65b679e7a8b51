import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureLocalMarketplaceImage, AzureLocalTrustedLaunchVm, AzureLocalVmImage } from '../../constructs';
import { TlVmConfig } from '../model/azure-local-model';
import { warningIdsUnder } from './annotations';
import { PLANTED_LITERAL_PASSWORD } from './build-vm';

export const CUSTOM_LOCATION = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.ExtendedLocation/customLocations/cl';
export const LOGICAL_NETWORK = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet';
export const EXISTING_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/marketplaceGalleryImages/existing';
export const CUSTOM_IMAGE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hci/providers/Microsoft.AzureStackHCI/galleryImages/golden';

export interface TlBuildResult {
  readonly error?: unknown;
  readonly json?: any;
  /** The memory warnings of the VM (HCI-DYNAMIC-MEMORY-RANGE), once synthesized. */
  readonly memoryWarnings?: string[];
}

/** Builds one trusted-launch VM from a configuration in a fresh stack and synthesizes it. */
export function buildTlVm(c: TlVmConfig): TlBuildResult {
  const stack = new TerraformStack(new App(), 'test');
  const common = { resourceGroupName: 'rg-hci', location: 'westeurope' };
  try {
    let image: AzureLocalVmImage;
    if (c.image.kind === 'custom') image = AzureLocalVmImage.fromCustomImage(CUSTOM_IMAGE);
    else if (c.image.kind === 'existing') image = AzureLocalVmImage.fromExistingMarketplaceImage(EXISTING_IMAGE, { ...c.image.ref, hypervGeneration: c.image.generation });
    else {
      const gallery = new AzureLocalMarketplaceImage(stack, 'image', { ...common, name: 'guest-image', customLocationId: CUSTOM_LOCATION, ...c.image.ref, hypervGeneration: c.image.generation });
      image = AzureLocalVmImage.fromMarketplaceImage(gallery);
    }
    const props: Record<string, unknown> = {
      ...common,
      name: c.name,
      customLocationId: CUSTOM_LOCATION,
      image,
      logicalNetworkId: LOGICAL_NETWORK,
      adminUsername: 'localadmin',
      adminPassword: c.passwordLiteral ? PLANTED_LITERAL_PASSWORD : new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue,
      dataDisks: Array.from({ length: c.dataDisks }, (_, i) => ({ name: `disk-${i}`, sizeGb: 32 })),
    };
    if (c.memoryMb !== undefined) props.memoryMb = c.memoryMb;
    if (c.dynamicMemory) props.dynamicMemory = { minimumMb: c.dynamicMemory.min, maximumMb: c.dynamicMemory.max, ...(c.dynamicMemory.buffer !== undefined ? { targetBufferPercent: c.dynamicMemory.buffer } : {}) };
    const [firstIp, ...otherIps] = c.ips ?? [undefined];
    if (firstIp !== undefined) props.privateIpAddress = firstIp;
    if (otherIps.length > 0) props.additionalNetworkInterfaces = otherIps.map((ip, i) => ({ name: `nic-${i + 1}`, logicalNetworkId: `${LOGICAL_NETWORK}-${i + 1}`, ...(ip !== undefined ? { privateIpAddress: ip } : {}) }));
    if (c.computerName) props.computerName = c.computerName.kind === 'literal' ? c.computerName.value : new TerraformVariable(stack, 'computer_name', { type: 'string' }).stringValue;
    for (const k of ['policy', 'securityType', 'secureBoot', 'vtpm', 'guestAttestation'] as const) if (c[k] !== undefined) props[k === 'policy' ? 'supportPolicy' : k] = c[k];
    const vm = new AzureLocalTrustedLaunchVm(stack, 'vm', props as any);
    const json = JSON.parse(Testing.synth(stack));
    return { json, memoryWarnings: warningIdsUnder(vm).filter((id) => id === 'HCI-DYNAMIC-MEMORY-RANGE') };
  } catch (error) {
    return { error };
  }
}
