import { ARM64_SIZES, GEN1_ONLY_SIZES, GEN1_WINDOWS_SERVER_SKUS, MODEL_HOTPATCH_SKUS, MODEL_SKUS, modelAdminUsernameValid, modelComputerNameValid, modelNoTrustedLaunch, modelTemplateSuffixRefused, OFFER, PUBLISHER } from './azure-edition-facts';
import { VmConfig } from './windows-vm-config';

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
  return [...ids].sort();
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
  return out.sort();
}
