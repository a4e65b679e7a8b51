import { AvailabilitySet } from '@cdktf/provider-azurerm/lib/availability-set';
import { CapacityReservationGroup } from '@cdktf/provider-azurerm/lib/capacity-reservation-group';
import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ProximityPlacementGroup } from '@cdktf/provider-azurerm/lib/proximity-placement-group';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { VmData, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../constructs';

/**
 * A small Azure Edition fleet: a 2022 Core VM with Hotpatch, a 2022 Desktop Experience VM without, a 2025 VM, and a
 * 2025 database VM with Azure Hybrid Benefit, managed identities, a zone and a proximity placement group, data disks
 * and a bootstrap script; a web VM in an availability set with custom data and its own boot diagnostics storage; a
 * batch VM in a capacity reservation group.
 */
export class WindowsFleetStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });

    const location = new TerraformVariable(this, 'location', { type: 'string', default: 'westeurope' });
    const adminPassword = new TerraformVariable(this, 'admin_password', {
      type: 'string',
      sensitive: true,
      description: 'Local administrator password of the fleet VMs.',
    });

    const rg = new ResourceGroup(this, 'rg', { name: 'rg-wsae-fleet', location: location.stringValue });
    const vnet = new VirtualNetwork(this, 'vnet', {
      name: 'vnet-wsae-fleet',
      resourceGroupName: rg.name,
      location: rg.location,
      addressSpace: ['10.20.0.0/16'],
    });
    const subnet = new Subnet(this, 'servers', {
      name: 'snet-servers',
      resourceGroupName: rg.name,
      virtualNetworkName: vnet.name,
      addressPrefixes: ['10.20.1.0/24'],
    });
    const nic = (name: string) =>
      new NetworkInterface(this, `${name}-nic`, {
        name: `nic-${name}`,
        resourceGroupName: rg.name,
        location: rg.location,
        ipConfiguration: [{ name: 'primary', subnetId: subnet.id, privateIpAddressAllocation: 'Dynamic' }],
      }).id;

    const common = {
      resourceGroupName: rg.name,
      location: rg.location,
      size: 'Standard_D2s_v5',
      adminUsername: 'fleetadmin',
      adminPassword: adminPassword.stringValue,
    };

    new WindowsServerAzureEditionVm(this, 'core-hotpatch', {
      ...common,
      name: 'wsae-core-01',
      image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE,
      networkInterfaceIds: [nic('core-01')],
      hotpatch: true,
      rebootSetting: 'IfRequired',
    });

    new WindowsServerAzureEditionVm(this, 'desktop', {
      ...common,
      name: 'wsae-desktop-01',
      image: WindowsServerAzureEditionImage.DATACENTER_2022,
      networkInterfaceIds: [nic('desktop-01')],
      automanage: { configuration: { name: 'wsae-best-practices' } },
    });

    new WindowsServerAzureEditionVm(this, 'ws2025', {
      ...common,
      name: 'wsae-2025-01',
      image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE_SMALLDISK,
      networkInterfaceIds: [nic('ws2025-01')],
    });

    const identity = new UserAssignedIdentity(this, 'sql-identity', { name: 'id-wsae-sql', resourceGroupName: rg.name, location: rg.location });
    const ppg = new ProximityPlacementGroup(this, 'ppg', { name: 'ppg-wsae-sql', resourceGroupName: rg.name, location: rg.location, zone: '1', allowedVmSizes: ['Standard_E4s_v5'] });
    new WindowsServerAzureEditionVm(this, 'sql', {
      ...common,
      name: 'wsae-sql-01',
      size: 'Standard_E4s_v5',
      image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE,
      networkInterfaceIds: [nic('sql-01')],
      zone: '1',
      proximityPlacementGroupId: ppg.id,
      licenseType: 'Windows_Server',
      identity: { type: 'SystemAssigned, UserAssigned', identityIds: [identity.id] },
      dataDisks: [
        { name: 'wsae-sql-01-data', sizeGb: 512, lun: 0, caching: 'ReadOnly' },
        { name: 'wsae-sql-01-log', sizeGb: 128, lun: 1, storageAccountType: 'PremiumV2_LRS' },
      ],
      userData: VmData.fromText('Install-WindowsFeature FS-FileServer'),
      lifecycle: { ignoreChanges: ['source_image_reference'] },
      dependsOn: [identity],
      tags: { workload: 'sql', env: 'prod' },
    });

    const availabilitySet = new AvailabilitySet(this, 'web-as', { name: 'as-wsae-web', resourceGroupName: rg.name, location: rg.location, managed: true });
    const bootDiagnostics = new TerraformVariable(this, 'boot_diagnostics_storage_uri', { type: 'string', description: 'Blob endpoint of the storage account for boot diagnostics.' });
    new WindowsServerAzureEditionVm(this, 'web', {
      ...common,
      name: 'wsae-web-01',
      image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE,
      networkInterfaceIds: [nic('web-01')],
      availabilitySetId: availabilitySet.id,
      bootDiagnosticsStorageUri: bootDiagnostics.stringValue,
      customData: VmData.fromText('{"role":"web","tier":"front"}'),
      identity: { type: 'SystemAssigned' },
    });

    const capacity = new CapacityReservationGroup(this, 'batch-crg', { name: 'crg-wsae-batch', resourceGroupName: rg.name, location: rg.location, zones: ['2'] });
    new WindowsServerAzureEditionVm(this, 'batch', {
      ...common,
      name: 'wsae-batch-01',
      image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE,
      networkInterfaceIds: [nic('batch-01')],
      zone: '2',
      capacityReservationGroupId: capacity.id,
      licenseType: 'Windows_Server',
    });
  }
}
