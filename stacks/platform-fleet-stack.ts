import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzureGuardrails, WindowsServerAzureEditionVm, WindowsServerAzureEditionVmProps } from 'azure-guardrails-cdktf';

/** One server of the fleet: the VM settings a platform team chooses per server. */
export type FleetServer = Pick<WindowsServerAzureEditionVmProps, 'name' | 'size' | 'image' | 'adminUsername'> &
  Partial<Pick<WindowsServerAzureEditionVmProps, 'computerName' | 'hotpatch' | 'patchMode' | 'patchAssessmentMode' | 'rebootSetting' | 'provisionVmAgent' | 'automaticUpdates' | 'bypassPlatformSafetyChecksOnUserSchedule' | 'secureBoot' | 'vtpm' | 'tags'>>;

/** A fleet as plain data: where it runs and its servers. */
export interface FleetConfig {
  /** Azure region. */
  readonly location: string;
  /** The servers, each with its own VM settings; names are unique. */
  readonly servers: readonly FleetServer[];
}

/**
 * A platform team's stack factory, written as a user of the library writes it (imports by package name): a resource
 * group, a network, one NIC and one Azure Edition VM per server of the config, and the guardrails on the whole stack.
 */
export class PlatformFleetStack extends TerraformStack {
  /** The fleet's VMs, in the order of the config. */
  public readonly servers: WindowsServerAzureEditionVm[];

  constructor(scope: Construct, id: string, config: FleetConfig) {
    super(scope, id);
    // the stack's own construct ids hold an underscore, which no computer name (a server's construct id) can
    new AzurermProvider(this, 'azurerm_provider', { features: [{}] });
    Aspects.of(this).add(new AzureGuardrails());
    const adminPassword = new TerraformVariable(this, 'admin_password', { type: 'string', sensitive: true, description: 'Local administrator password of the fleet.' });
    const rg = new ResourceGroup(this, 'fleet_rg', { name: `rg-${id}`, location: config.location });
    const vnet = new VirtualNetwork(this, 'fleet_vnet', { name: `vnet-${id}`, resourceGroupName: rg.name, location: rg.location, addressSpace: ['10.30.0.0/16'] });
    const subnet = new Subnet(this, 'fleet_servers', { name: 'snet-servers', resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: ['10.30.1.0/24'] });
    this.servers = config.servers.map((server) => {
      const nic = new NetworkInterface(this, `${server.name}_nic`, {
        name: `nic-${server.name}`,
        resourceGroupName: rg.name,
        location: rg.location,
        ipConfiguration: [{ name: 'primary', subnetId: subnet.id, privateIpAddressAllocation: 'Dynamic' }],
      });
      return new WindowsServerAzureEditionVm(this, server.name, {
        ...server,
        resourceGroupName: rg.name,
        location: rg.location,
        adminPassword: adminPassword.stringValue,
        networkInterfaceIds: [nic.id],
      });
    });
  }
}
