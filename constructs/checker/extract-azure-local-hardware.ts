import { AzureLocalHardwareFacts } from '../azure-local/hardware-rules';
import { Unknown } from '../core/unknown';
import { azapiBody } from './extract';
import { block, raw, rawOr } from './raw-values';
import { TfResource } from './terraform-config';

/** Where the hardware facts are written in a VM instance's request body. */
export const HARDWARE_ATTRIBUTES: Record<string, string> = {
  'hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer': 'body.properties.hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer',
  'hardwareProfile.dynamicMemoryConfig': 'body.properties.hardwareProfile.dynamicMemoryConfig',
  'hardwareProfile.memoryMB': 'body.properties.hardwareProfile.memoryMB',
};

/** Memory of a raw `Microsoft.AzureStackHCI/virtualMachineInstances` azapi resource (its interfaces are resources of their own). */
export function vmInstanceHardwareFacts(r: TfResource): AzureLocalHardwareFacts {
  const body = azapiBody(r.values.body);
  const hw = body?.properties?.hardwareProfile;
  const dynamic = hw && typeof hw === 'object' ? block(hw.dynamicMemoryConfig) : undefined;
  return {
    // a body given as an expression is known only at apply
    memoryMb: body === undefined ? new Unknown(r.values.body) : rawOr<number>(hw?.memoryMB, Number.NaN),
    ...(dynamic ? { dynamicMemory: { minimumMb: rawOr<number>(dynamic.minimumMemoryMB, Number.NaN), maximumMb: rawOr<number>(dynamic.maximumMemoryMB, Number.NaN), targetBuffer: raw<number>(dynamic.targetMemoryBuffer) } } : {}),
    privateIpAddresses: [],
  };
}

/** The static IP address of an `azurerm_stack_hci_network_interface`. */
export function networkInterfaceHardwareFacts(r: TfResource): AzureLocalHardwareFacts {
  const address = raw<string>(block(r.values.ip_configuration)?.private_ip_address);
  return { memoryMb: new Unknown(undefined), privateIpAddresses: address === undefined ? [] : [{ attribute: 'ip_configuration.private_ip_address', address }] };
}
