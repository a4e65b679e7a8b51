import { and, implies, lengthAtLeast, matches, unset } from '../core/condition';
import { Finding, Rule, show } from '../core/rule';
import { SOURCES } from '../core/sources';
import { isKnown, Maybe } from '../core/unknown';
import { AZURE_EDITION_IMAGES, AZURE_EDITION_OFFER, AZURE_EDITION_PUBLISHER, azureEditionSkuOf, imageConstantName } from './image-catalog';
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

const ci = (v: string) => `(?i)^${v.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}$`;
const SKU_PATTERN = `(?i)^(${AZURE_EDITION_IMAGES.map((e) => e.sku).join('|')})$`;
const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/** Adds the finding of an image reference field that names the Marketplace value with other case. */
function miscased(out: Finding[], field: string, value: unknown, exact: string | undefined): void {
  if (exact === undefined || typeof value !== 'string' || value === exact || value.toLowerCase() !== exact.toLowerCase()) return;
  out.push({ attribute: `source_image_reference.${field}`, message: `${field} ${show(value)} is spelled '${exact}' in the Marketplace; Azure accepts it, but azurerm's hotpatch checks compare exactly`, value: show(value), allowed: [exact], fix: `write '${exact}'` });
}

export const WSAE_IMAGE: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-IMAGE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'WindowsServerAzureEditionVm builds Windows Server Datacenter: Azure Edition VMs only', source: 'Windows Server Datacenter: Azure Edition (ms.date 2023-05-16), https://learn.microsoft.com/windows-server/get-started/azure-edition' },
  ],
  title: 'the image is a Windows Server Azure Edition Marketplace image',
  source: SOURCES.azureEdition,
  doc:
    'The construct builds Azure Edition VMs only: publisher MicrosoftWindowsServer, offer WindowsServer and one of the catalog SKUs. ' +
    'Azure compares them without case, so a mis-cased one is only a warning (WSAE-IMAGE-CASE). A custom image id is accepted but cannot hotpatch.',
  holds: (f) =>
    f.imageReference
      ? implies(
          unset(f.imageId),
          and(
            matches(f.imageReference.publisher, ci(AZURE_EDITION_PUBLISHER), (s) => same(s, AZURE_EDITION_PUBLISHER)),
            matches(f.imageReference.offer, ci(AZURE_EDITION_OFFER), (s) => same(s, AZURE_EDITION_OFFER)),
            matches(f.imageReference.sku, SKU_PATTERN, (s) => azureEditionSkuOf(s) !== undefined),
          ),
        )
      : true,
  check(f) {
    const r = f.imageReference;
    if (!r || f.imageId !== undefined) return [];
    const out = [];
    if (isKnown(r.publisher) && !same(r.publisher, AZURE_EDITION_PUBLISHER)) {
      out.push({ attribute: 'source_image_reference.publisher', message: `publisher ${show(r.publisher)} is not the Azure Edition publisher`, value: show(r.publisher), allowed: [AZURE_EDITION_PUBLISHER], fix: `use '${AZURE_EDITION_PUBLISHER}'` });
    }
    if (isKnown(r.offer) && !same(r.offer, AZURE_EDITION_OFFER)) {
      out.push({ attribute: 'source_image_reference.offer', message: `offer ${show(r.offer)} is not the Azure Edition offer`, value: show(r.offer), allowed: [AZURE_EDITION_OFFER], fix: `use '${AZURE_EDITION_OFFER}'` });
    }
    const sku = r.sku;
    if (isKnown(sku) && !azureEditionSkuOf(sku)) {
      out.push({
        attribute: 'source_image_reference.sku',
        message: `sku ${show(sku)} is not a Windows Server Azure Edition sku`,
        value: show(sku),
        allowed: AZURE_EDITION_IMAGES.map((e) => e.sku),
        fix: `use a WindowsServerAzureEditionImage constant (such as ${imageConstantName('2025-datacenter-azure-edition-core')}) or one of the allowed skus`,
      });
    }
    return out;
  },
};

export const WSAE_IMAGE_CASE: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-IMAGE-CASE',
  severity: 'warning',
  title: 'the Azure Edition image reference is spelled as the Marketplace lists it',
  source: `${SOURCES.azureEdition}; ${SOURCES.azurermHotpatchImage}`,
  doc: 'Azure compares publisher, offer and SKU without case and accepts a mis-cased reference. azurerm\'s hotpatch checks compare exactly: with a mis-cased SKU, hotpatch is refused and the image is not treated as hotpatch-capable.',
  check(f) {
    const r = f.imageReference;
    if (!r || f.imageId !== undefined) return [];
    const out: Finding[] = [];
    miscased(out, 'publisher', r.publisher, AZURE_EDITION_PUBLISHER);
    miscased(out, 'offer', r.offer, AZURE_EDITION_OFFER);
    miscased(out, 'sku', r.sku, azureEditionSkuOf(r.sku)?.sku);
    return out;
  },
};

export const WSAE_NETWORK_INTERFACES: Rule<AzureEditionVmFacts> = {
  id: 'WSAE-NETWORK-INTERFACES',
  severity: 'error',
  refusals: [
    { by: 'azurerm', when: 'plan', says: 'network_interface_ids is Required with MinItems 1', source: 'azurerm v4.55.0 internal/services/compute/windows_virtual_machine_resource.go L98-L101' },
  ],
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
export const AZURE_EDITION_VM_RULES: readonly Rule<AzureEditionVmFacts>[] = [WSAE_IMAGE, WSAE_IMAGE_CASE, WSAE_NETWORK_INTERFACES, ...WINDOWS_VM_RULES, WSAE_AUTOMANAGE_RETIREMENT];
