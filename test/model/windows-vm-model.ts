import { MODEL_SIZE_DISKS, modelIsBase64, ARM64_SIZES, GEN1_ONLY_SIZES, GEN1_WINDOWS_SERVER_SKUS, MODEL_HOTPATCH_SKUS, MODEL_SKUS, modelAdminUsernameValid, modelComputerNameValid, modelNoTrustedLaunch, modelTemplateSuffixRefused, OFFER, PUBLISHER } from './azure-edition-facts';
import { VmConfig, VmDataChoice } from './windows-vm-config';

const ABP = 'AutomaticByPlatform';

/**
 * The rule ids a configuration must be refused with, from the facts alone, applying the construct's documented
 * defaults. Empty means the configuration must synthesize.
 */
export function expectedErrors(c: VmConfig): string[] {
  const ids = new Set<string>();
  const img = c.image;
  const exactPubOffer = img.kind !== 'custom' && img.publisher === PUBLISHER && img.offer === OFFER;
  // Azure compares publisher, offer and SKU without case; azurerm's hotpatch list compares them exactly (A2.4, C)
  const pubOffer = img.kind !== 'custom' && img.publisher.toLowerCase() === PUBLISHER.toLowerCase() && img.offer.toLowerCase() === OFFER.toLowerCase();
  const hotpatchImage = img.kind === 'marketplace' && exactPubOffer && MODEL_HOTPATCH_SKUS.includes(img.sku);
  const catalogImage = img.kind === 'marketplace' && pubOffer && MODEL_SKUS.includes(img.sku.toLowerCase());

  // construct defaults
  const agent = c.provisionVmAgent ?? true;
  const hotpatch = c.hotpatch ?? hotpatchImage;
  // C2: platform patching supports Marketplace images only, so a custom image patches by OS unless told otherwise
  const patchMode = c.patchMode ?? (img.kind === 'custom' ? 'AutomaticByOS' : ABP);
  const assessment = c.patchAssessmentMode ?? (agent ? ABP : 'ImageDefault');
  const updates = c.automaticUpdates ?? true;
  const extensions = c.allowExtensionOperations ?? agent;
  const bypass = c.bypass ?? false;
  const secureBoot = c.secureBoot ?? true;
  const vtpm = c.vtpm ?? true;

  if (img.kind !== 'custom') {
    if (!pubOffer || (img.kind === 'marketplace' && !MODEL_SKUS.includes(img.sku.toLowerCase()))) ids.add('WSAE-IMAGE');
  }
  if (!['AutomaticByOS', ABP, 'Manual'].includes(patchMode)) ids.add('WIN-ENUM-VALUE');
  if (![ABP, 'ImageDefault'].includes(assessment)) ids.add('WIN-ENUM-VALUE');
  if (c.rebootSetting !== undefined && !['Always', 'IfRequired', 'Never'].includes(c.rebootSetting)) ids.add('WIN-ENUM-VALUE');

  if (hotpatch) {
    if (img.kind === 'custom') ids.add('WIN-HOTPATCH-CUSTOM-IMAGE');
    // a token SKU is checked by a precondition at plan, not at synth; wrong publisher or offer is known now
    if (img.kind === 'marketplace' && !hotpatchImage) ids.add('WIN-HOTPATCH-IMAGE');
    if (img.kind === 'sku-token' && !exactPubOffer) ids.add('WIN-HOTPATCH-IMAGE');
    if (patchMode !== ABP) ids.add('WIN-HOTPATCH-PATCH-MODE');
    if (!agent) ids.add('WIN-HOTPATCH-VM-AGENT');
    if (bypass) ids.add('WIN-HOTPATCH-BYPASS');
  }
  if (hotpatchImage && patchMode !== ABP) ids.add('WIN-HOTPATCH-IMAGE-PATCH-MODE');
  if (patchMode === ABP && !agent) ids.add('WIN-PLATFORM-PATCH-VM-AGENT');
  if (((patchMode === ABP || patchMode === 'AutomaticByOS') && !updates) || (patchMode === 'Manual' && updates)) ids.add('WIN-PATCH-MODE-UPDATES');
  if (assessment === ABP && !agent) ids.add('WIN-ASSESSMENT-VM-AGENT');
  if (c.rebootSetting !== undefined && patchMode !== ABP) ids.add('WIN-REBOOT-SETTING-PATCH-MODE');
  if (bypass && patchMode !== ABP) ids.add('WIN-BYPASS-PATCH-MODE');
  if (extensions && !agent) ids.add('WIN-EXTENSIONS-VM-AGENT');
  // Azure Edition images are Gen2; other Windows SKUs name their Gen2 twin '-g2' or 'gensecond'
  const gen2Image = catalogImage || (img.kind === 'marketplace' && /-g2$|gensecond/i.test(img.sku));
  if (GEN1_ONLY_SIZES.includes(c.size) && (gen2Image || secureBoot || vtpm)) ids.add('WIN-GEN2-SIZE');

  const trustedLaunch = secureBoot || vtpm;
  if (trustedLaunch && modelNoTrustedLaunch(c.size)) ids.add('WIN-TRUSTED-LAUNCH-SIZE');
  if (ARM64_SIZES.includes(c.size) && img.kind !== 'custom' && img.publisher.toLowerCase() === PUBLISHER.toLowerCase()) ids.add('WIN-ARM64-SIZE');
  const windowsServer = img.kind === 'marketplace' && img.publisher.toLowerCase() === PUBLISHER.toLowerCase() && img.offer.toLowerCase() === OFFER.toLowerCase();
  if (trustedLaunch && windowsServer && GEN1_WINDOWS_SERVER_SKUS.includes(img.sku.toLowerCase())) ids.add('WIN-TRUSTED-LAUNCH-GEN1-IMAGE');

  const computerName = c.computerName ?? { kind: 'literal' as const, value: c.name };
  if (computerName.kind === 'literal' && !modelComputerNameValid(computerName.value)) ids.add('WIN-COMPUTER-NAME');
  if (computerName.kind === 'template' && modelTemplateSuffixRefused(computerName.suffix)) ids.add('WIN-COMPUTER-NAME');
  if (!modelAdminUsernameValid(c.adminUsername ?? 'azureuser')) ids.add('WIN-ADMIN-USERNAME');
  if (c.passwordLiteral) ids.add('WIN-ADMIN-PASSWORD-LITERAL');
  for (const id of fleetErrors(c)) ids.add(id);
  return [...ids].sort();
}

/** The bytes a VM data prop is written as (the construct encodes text in UTF-8), or undefined when it is not base64. */
function dataBytes(d: VmDataChoice): number | undefined {
  if (d.kind === 'text') return Buffer.byteLength(d.value, 'utf8');
  return modelIsBase64(d.value) ? Buffer.from(d.value, 'base64').length : undefined;
}

/** The errors of the fleet props (licence, identity, placement, user and custom data, disks), from the facts. */
function fleetErrors(c: VmConfig): string[] {
  const ids: string[] = [];
  if (c.licenseType !== undefined && !['None', 'Windows_Client', 'Windows_Server'].includes(c.licenseType)) ids.push('WIN-LICENSE-TYPE');
  if (c.identity && (!['SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned'].includes(c.identity.type) || (c.identity.type === 'SystemAssigned' && c.identity.ids > 0))) ids.push('WIN-IDENTITY');
  const p = c.placement ?? {};
  if ((p.availabilitySet && (p.zone || p.capacityReservation)) || (p.capacityReservation && p.proximityPlacementGroup)) ids.push('WIN-PLACEMENT');
  for (const [d, max] of [[c.userData, 65536], [c.customData, 65535]] as const) {
    if (!d) continue;
    const bytes = dataBytes(d);
    if (bytes === undefined) ids.push('WIN-VM-DATA-BASE64');
    else if (bytes > max) ids.push('WIN-VM-DATA-SIZE');
  }
  const disks = c.dataDisks ?? [];
  const luns = disks.map((d) => d.lun);
  // D3: Azure takes LUNs 0 to 63
  if (luns.some((l) => !Number.isInteger(l) || l < 0 || l > 63) || new Set(luns).size !== luns.length) ids.push('WIN-DATA-DISK-LUN');
  const size = MODEL_SIZE_DISKS[c.size];
  if (size && disks.length > size.max) ids.push('WIN-DATA-DISK-COUNT');
  const premium = ['Premium_LRS', 'Premium_ZRS', 'PremiumV2_LRS', 'UltraSSD_LRS'];
  if (size && !size.premium && [c.osDiskType ?? 'Premium_LRS', ...disks.map((d) => d.type ?? 'Premium_LRS')].some((t) => premium.includes(t))) ids.push('WIN-PREMIUM-STORAGE-SIZE');
  if (disks.some((d) => ['UltraSSD_LRS', 'PremiumV2_LRS'].includes(d.type ?? '') && (d.caching ?? 'None') !== 'None')) ids.push('WIN-DISK-CACHING');
  // the construct turns Ultra SSD on by itself; what is left is the availability set (D3: an Ultra Disk may be copied from a snapshot)
  if (disks.some((d) => d.type === 'UltraSSD_LRS') && p.availabilitySet) ids.push('WIN-ULTRA-DISK');
  return ids;
}

/** Whether a decoded text holds what the secret patterns of the facts name (a password assignment, a plain SecureString). */
function modelHoldsSecret(d: VmDataChoice | undefined): boolean {
  if (!d) return false;
  const text = d.kind === 'text' ? d.value : modelIsBase64(d.value) ? Buffer.from(d.value, 'base64').toString('utf8') : '';
  return /password\s*=\s*"[^"$]{4,}"/i.test(text) || /ConvertTo-SecureString\s+"[^"$]+"\s+-AsPlainText/i.test(text);
}

/** Warnings the configuration must carry when it synthesizes. */
export function expectedWarnings(c: VmConfig): string[] {
  const out: string[] = [];
  const img = c.image;
  if (img.kind !== 'custom') {
    const misCased = (given: string, exact: string) => given !== exact && given.toLowerCase() === exact.toLowerCase();
    const sku = img.kind === 'marketplace' ? MODEL_SKUS.find((k) => k === img.sku.toLowerCase()) : undefined;
    // one warning per attribute spelled differently from the Marketplace
    if (misCased(img.publisher, PUBLISHER)) out.push('WSAE-IMAGE-CASE');
    if (misCased(img.offer, OFFER)) out.push('WSAE-IMAGE-CASE');
    if (img.kind === 'marketplace' && sku !== undefined && misCased(img.sku, sku)) out.push('WSAE-IMAGE-CASE');
  }
  if (c.image.kind === 'custom' && c.patchMode === ABP) out.push('WIN-PLATFORM-PATCH-CUSTOM-IMAGE');
  if (c.automanage) out.push('WSAE-AUTOMANAGE-RETIREMENT');
  for (const d of [c.userData, c.customData]) if (modelHoldsSecret(d)) out.push('WIN-VM-DATA-SECRET');
  return out.sort();
}
