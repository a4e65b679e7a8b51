import { MODEL_HOTPATCH_SKUS, modelComputerNameValid, OFFER, PUBLISHER } from './azure-edition-facts';
import { expectedErrors } from './windows-vm-model';

/** A Flexible (orchestrated) Windows scale set, as plain data. */
export interface FlexibleScaleSetConfig {
  size: string;
  image: { publisher: string; offer: string; sku: string };
  computerNamePrefix: string;
  patchMode: string;
  hotpatching: boolean;
  provisionVmAgent: boolean;
  automaticUpdates: boolean;
  extensionTypes: string[];
}

/**
 * Rule ids of a Flexible scale set, from the fact sheet (A2 and the azurerm v4.55.0 notes): the Windows VM rules
 * with azurerm's defaults for what the set leaves unset (no trusted launch, assessment by image, extensions allowed),
 * a prefix of 9 characters, hotpatching always on with a hotpatch image, and the application health extension with
 * platform patching or a hotpatch image.
 */
export function expectedFlexibleScaleSetErrors(c: FlexibleScaleSetConfig): string[] {
  const ids = new Set(
    expectedErrors({
      image: { kind: 'marketplace', ...c.image },
      size: c.size,
      name: 'vmss',
      computerName: { kind: 'token' },
      adminUsername: 'fleetadmin',
      passwordLiteral: false,
      hotpatch: c.hotpatching,
      patchMode: c.patchMode,
      patchAssessmentMode: 'ImageDefault',
      provisionVmAgent: c.provisionVmAgent,
      allowExtensionOperations: true,
      automaticUpdates: c.automaticUpdates,
      bypass: false,
      secureBoot: false,
      vtpm: false,
    }).filter((id) => id.startsWith('WIN-')),
  );
  if (!modelComputerNameValid(c.computerNamePrefix, true)) ids.add('WIN-COMPUTER-NAME');
  const hotpatchImage = c.image.publisher === PUBLISHER && c.image.offer === OFFER && MODEL_HOTPATCH_SKUS.includes(c.image.sku);
  if (hotpatchImage && !c.hotpatching) ids.add('VMSS-FLEX-HOTPATCH');
  if ((c.patchMode === 'AutomaticByPlatform' || hotpatchImage) && !c.extensionTypes.some((t) => /^ApplicationHealth(Windows|Linux)$/.test(t))) ids.add('VMSS-FLEX-HEALTH-EXTENSION');
  return [...ids].sort();
}
