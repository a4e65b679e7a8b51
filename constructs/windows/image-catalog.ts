import { SOURCES } from '../core/sources';

/** Publisher and offer of every Windows Server Azure Edition Marketplace image (compared case-sensitively by azurerm). */
export const AZURE_EDITION_PUBLISHER = 'MicrosoftWindowsServer';
export const AZURE_EDITION_OFFER = 'WindowsServer';

/** How Windows Server is installed: with the desktop, or Server Core. */
export type InstallOption = 'desktop-experience' | 'server-core';
/** The OS disk of the image: the standard size, or the 30 GiB small disk. */
export type DiskVariant = 'standard' | 'small';
/** A feature that only some Azure Edition images support, to choose an image by. */
export type AzureEditionFeature = 'hotpatch' | 'smb-over-quic' | 'extended-network';
/** Every {@link AzureEditionFeature}. */
export const AZURE_EDITION_FEATURES: readonly AzureEditionFeature[] = ['hotpatch', 'smb-over-quic', 'extended-network'];

/** Whether an image has a capability, and on what authority. */
export interface CapabilityFact {
  /** Whether the image has the capability. */
  readonly supported: boolean;
  /** The document (with its date) or provider source that says so. */
  readonly source: string;
  /** Set when the fact is inferred rather than stated by the source. */
  readonly note?: string;
}

/** One Windows Server Azure Edition Marketplace image and its capabilities. */
export interface AzureEditionImageEntry {
  /** Exact lowercase Marketplace SKU. */
  readonly sku: string;
  /** Windows Server release. */
  readonly year: 2022 | 2025;
  /** Desktop Experience or Server Core. */
  readonly installOption: InstallOption;
  /** Standard or small (30 GiB) OS disk. */
  readonly diskVariant: DiskVariant;
  /** Hyper-V generation. Inferred: the images are published as "- Gen2" and no Gen1 twin exists. */
  readonly generation: 'V2';
  /** Whether the image supports trusted launch. */
  readonly trustedLaunch: CapabilityFact;
  /** SMB over QUIC client access control (client certificate allow lists). */
  readonly smbClientAccessControl: CapabilityFact;
  /** Each feature to choose an image by, with its source. */
  readonly capabilities: Readonly<Record<AzureEditionFeature, CapabilityFact>>;
}

/**
 * The 8 SKUs on which Hotpatch is supported: Microsoft's hotpatchable list, identical to the list azurerm 4.55.0
 * checks (exact, case-sensitive). `2022-datacenter-azure-edition` and its small-disk twin are not on it.
 */
export const HOTPATCH_SKUS: readonly string[] = [
  '2022-datacenter-azure-edition-core',
  '2022-datacenter-azure-edition-core-smalldisk',
  '2022-datacenter-azure-edition-hotpatch',
  '2022-datacenter-azure-edition-hotpatch-smalldisk',
  '2025-datacenter-azure-edition',
  '2025-datacenter-azure-edition-smalldisk',
  '2025-datacenter-azure-edition-core',
  '2025-datacenter-azure-edition-core-smalldisk',
];

const HOTPATCH_SOURCE = `${SOURCES.hotpatch}; ${SOURCES.updateManagerHotpatchable}; ${SOURCES.azurermHotpatchImage}`;
const VARIANT_NOTE = 'inferred: same operating system as the base image of the seed table, packaged differently';

function hotpatch(sku: string): CapabilityFact {
  return { supported: HOTPATCH_SKUS.includes(sku), source: HOTPATCH_SOURCE };
}

function smbOverQuic(year: 2022 | 2025, base: boolean): CapabilityFact {
  return year === 2022
    ? { supported: true, source: SOURCES.automanageWindowsServer, ...(base ? {} : { note: VARIANT_NOTE }) }
    : { supported: true, source: SOURCES.smbSecurityHardening };
}

function extendedNetwork(year: 2022 | 2025, base: boolean): CapabilityFact {
  return year === 2022
    ? { supported: true, source: `${SOURCES.automanageWindowsServer}; ${SOURCES.extendedNetwork}`, ...(base ? {} : { note: VARIANT_NOTE }) }
    : {
        supported: false,
        source: SOURCES.extendedNetwork,
        note: 'the Azure appliance is documented for Windows Server 2022 Azure Edition only; nothing documents it on 2025',
      };
}

function entry(sku: string, year: 2022 | 2025, installOption: InstallOption, diskVariant: DiskVariant, base: boolean): AzureEditionImageEntry {
  return {
    sku,
    year,
    installOption,
    diskVariant,
    generation: 'V2',
    trustedLaunch: { supported: true, source: SOURCES.trustedLaunch },
    smbClientAccessControl:
      year === 2025
        ? { supported: true, source: SOURCES.smbClientAccessControl }
        : { supported: false, source: SOURCES.smbClientAccessControl, note: 'on 2022 Azure Edition it needs update KB5035857 and a feature-preview policy; not offered here' },
    capabilities: {
      'hotpatch': hotpatch(sku),
      'smb-over-quic': smbOverQuic(year, base),
      'extended-network': extendedNetwork(year, base),
    },
  };
}

/** Every Windows Server Datacenter: Azure Edition Marketplace image. */
export const AZURE_EDITION_IMAGES: readonly AzureEditionImageEntry[] = [
  entry('2022-datacenter-azure-edition', 2022, 'desktop-experience', 'standard', true),
  entry('2022-datacenter-azure-edition-smalldisk', 2022, 'desktop-experience', 'small', false),
  entry('2022-datacenter-azure-edition-core', 2022, 'server-core', 'standard', true),
  entry('2022-datacenter-azure-edition-core-smalldisk', 2022, 'server-core', 'small', false),
  entry('2022-datacenter-azure-edition-hotpatch', 2022, 'desktop-experience', 'standard', false),
  entry('2022-datacenter-azure-edition-hotpatch-smalldisk', 2022, 'desktop-experience', 'small', false),
  entry('2025-datacenter-azure-edition', 2025, 'desktop-experience', 'standard', true),
  entry('2025-datacenter-azure-edition-smalldisk', 2025, 'desktop-experience', 'small', true),
  entry('2025-datacenter-azure-edition-core', 2025, 'server-core', 'standard', true),
  entry('2025-datacenter-azure-edition-core-smalldisk', 2025, 'server-core', 'small', true),
];

/** The catalog by SKU: every VM of a fleet looks its SKU up. */
const BY_SKU: ReadonlyMap<string, AzureEditionImageEntry> = new Map(AZURE_EDITION_IMAGES.map((e) => [e.sku, e]));

/** The catalog entry of an exact (lowercase) SKU; undefined for any other SKU. */
export function findAzureEditionImage(sku: string): AzureEditionImageEntry | undefined {
  return BY_SKU.get(sku);
}

/**
 * The catalog entry of a reference as Azure reads it: publisher, offer and SKU compared without case (Azure's
 * Marketplace semantics). azurerm's hotpatch checks compare exactly: see {@link isHotpatchImageReference}.
 */
export function azureEditionImageOf(publisher: string, offer: string, sku: string): AzureEditionImageEntry | undefined {
  if (publisher.toLowerCase() !== AZURE_EDITION_PUBLISHER.toLowerCase() || offer.toLowerCase() !== AZURE_EDITION_OFFER.toLowerCase()) return undefined;
  return azureEditionSkuOf(sku);
}

/** The catalog entry of a SKU compared without case (catalog SKUs are lowercase); undefined for anything else. */
export function azureEditionSkuOf(sku: unknown): AzureEditionImageEntry | undefined {
  return typeof sku === 'string' ? BY_SKU.get(sku.toLowerCase()) : undefined;
}

/** The `WindowsServerAzureEditionImage` constant of a catalog SKU, e.g. `WindowsServerAzureEditionImage.DATACENTER_2022_CORE`. */
export function imageConstantName(sku: string): string {
  const m = /^(\d{4})-datacenter-azure-edition(.*)$/.exec(sku);
  return m ? `WindowsServerAzureEditionImage.DATACENTER_${m[1]}${m[2].toUpperCase().replace(/-/g, '_')}` : sku;
}

/** True when publisher, offer and SKU name a hotpatch image exactly as azurerm and Azure expect. */
export function isHotpatchImageReference(publisher: string, offer: string, sku: string): boolean {
  return publisher === AZURE_EDITION_PUBLISHER && offer === AZURE_EDITION_OFFER && HOTPATCH_SKUS.includes(sku);
}

/**
 * Hyper-V generation of a Marketplace image when it can be told from the reference: every Azure Edition image is
 * generation 2, and other Windows SKUs name their generation 2 twin with a `-g2` suffix or `gensecond`.
 */
export function imageGenerationOf(publisher: string, offer: string, sku: string): 'V1' | 'V2' | undefined {
  if (azureEditionImageOf(publisher, offer, sku)) return 'V2';
  if (/-g2$|gensecond/i.test(sku)) return 'V2';
  // Windows Server SKUs name their generation 2 twin; the plain Datacenter SKUs are generation 1
  if (publisher.toLowerCase() === 'microsoftwindowsserver' && offer.toLowerCase() === 'windowsserver' && WINDOWS_SERVER_GEN1_SKU.test(sku)) return 'V1';
  return undefined;
}

/** Windows Server Datacenter SKUs published as generation 1 only (their generation 2 twins end in `-g2` or `-gensecond`). */
const WINDOWS_SERVER_GEN1_SKU = /^(2008-r2-sp1|2012-datacenter|2012-r2-datacenter|2016-datacenter|2019-datacenter|2022-datacenter|2025-datacenter)(-core)?(-smalldisk)?$/i;
