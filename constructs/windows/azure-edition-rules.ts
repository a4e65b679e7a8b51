import { and, eq, lengthAtLeast, oneOf } from '../core/condition';
import { Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';
import { AZURE_EDITION_IMAGES, AZURE_EDITION_OFFER, AZURE_EDITION_PUBLISHER, findAzureEditionImage } from './image-catalog';
import { WINDOWS_VM_RULES } from './windows-vm-rules';
import { WindowsVmFacts } from './windows-vm-facts';

/** Facts of a VM built by `WindowsServerAzureEditionVm`: the Windows VM facts plus what the construct adds. */
export interface AzureEditionVmFacts extends WindowsVmFacts {
  /** Whether the VM is assigned an Automanage Best Practices configuration. */
  readonly automanage: boolean;
  /** How many network interface ids are given (unknown when the list itself is a token). */
  readonly networkInterfaceCount: Maybe<number>;
}

/** The date Automanage Best Practices stops accepting new configuration profiles. */
export const AUTOMANAGE_RETIREMENT_DATE = '2027-09-30';

export const WSAE_IMAGE: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-IMAGE',
  severity: 'error',
  title: 'the image is a Windows Server Azure Edition Marketplace image',
  source: SOURCES.azureEdition,
  doc:
    'The construct builds Azure Edition VMs only: publisher MicrosoftWindowsServer, offer WindowsServer and one of the catalog SKUs, ' +
    'spelled exactly (azurerm compares them case-sensitively). A custom image id is accepted but cannot hotpatch.',
  holds: (f) => (f.imageReference && f.imageId === undefined ? and(eq(f.imageReference.publisher, AZURE_EDITION_PUBLISHER), eq(f.imageReference.offer, AZURE_EDITION_OFFER), oneOf(f.imageReference.sku, AZURE_EDITION_IMAGES.map((e) => e.sku))) : true),
  check(f) {
    const r = f.imageReference;
    if (!r || f.imageId !== undefined) return [];
    const out = [];
    if (isKnown(r.publisher) && r.publisher !== AZURE_EDITION_PUBLISHER) {
      out.push({ attribute: 'source_image_reference.publisher', message: `publisher ${show(r.publisher)} is not the Azure Edition publisher`, value: show(r.publisher), allowed: [AZURE_EDITION_PUBLISHER], fix: `use '${AZURE_EDITION_PUBLISHER}' (exact case)` });
    }
    if (isKnown(r.offer) && r.offer !== AZURE_EDITION_OFFER) {
      out.push({ attribute: 'source_image_reference.offer', message: `offer ${show(r.offer)} is not the Azure Edition offer`, value: show(r.offer), allowed: [AZURE_EDITION_OFFER], fix: `use '${AZURE_EDITION_OFFER}' (exact case)` });
    }
    const sku = r.sku;
    if (isKnown(sku) && !findAzureEditionImage(sku)) {
      const near = typeof sku === 'string' ? AZURE_EDITION_IMAGES.find((e) => e.sku === sku.toLowerCase()) : undefined;
      out.push({
        attribute: 'source_image_reference.sku',
        message: `sku ${show(sku)} is not a Windows Server Azure Edition sku${near ? ` (did you mean '${near.sku}'? skus are compared case-sensitively)` : ''}`,
        value: show(sku),
        allowed: AZURE_EDITION_IMAGES.map((e) => e.sku),
        fix: 'use a WindowsServerAzureEditionImage factory or one of the allowed skus (exact case)',
      });
    }
    return out;
  },
};

export const WSAE_NETWORK_INTERFACES: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-NETWORK-INTERFACES',
  severity: 'error',
  title: 'a VM has at least one network interface',
  source: 'hashicorp/terraform-provider-azurerm v4.55.0, azurerm_windows_virtual_machine schema: network_interface_ids is required with at least one item',
  doc: 'The first id is the primary interface.',
  holds: (f) => lengthAtLeast(f.networkInterfaceCount, 1),
  check: (f) =>
    isKnown(f.networkInterfaceCount) && f.networkInterfaceCount < 1
      ? [{ attribute: 'network_interface_ids', message: 'no network interface id is given (0)', value: '0', fix: 'pass at least one network interface id in networkInterfaceIds' }]
      : [],
};

export const WSAE_AUTOMANAGE_RETIREMENT: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-AUTOMANAGE-RETIREMENT',
  severity: 'warning',
  title: 'Automanage Best Practices retires on 2027-09-30',
  source: SOURCES.automanageRetirement,
  doc: 'After the date, creating a configuration profile or onboarding a subscription fails; Microsoft points to Azure Policy and Azure Update Manager.',
  check: (f) =>
    f.automanage
      ? [
          {
            attribute: 'automanage',
            message: `Automanage Best Practices retires on ${AUTOMANAGE_RETIREMENT_DATE}; new configuration profiles fail after that date`,
            fix: 'plan the move to Azure Policy and Azure Update Manager (aka.ms/automanagemigration)',
          },
        ]
      : [],
};

/** Every rule a `WindowsServerAzureEditionVm` applies: the Windows VM rules plus the Azure Edition ones. */
export const AZURE_EDITION_VM_RULES: readonly Rule<AzureEditionVmFacts>[] = [WSAE_IMAGE, WSAE_NETWORK_INTERFACES, ...WINDOWS_VM_RULES, WSAE_AUTOMANAGE_RETIREMENT];
