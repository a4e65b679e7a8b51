import { Maybe, Unknown, isUnknown } from '../core/unknown';
import { TrustedLaunchVmFacts } from '../azure-local/trusted-launch-facts';
import { MarketplaceImageFacts } from '../azure-local/marketplace-image-rules';
import { NewCertificateFacts } from '../smb-over-quic/smb-over-quic-facts';
import { imageGenerationOf } from '../windows/image-catalog';
import { WINDOWS_VM_DEFAULTS as D, WindowsVmFacts } from '../windows/windows-vm-facts';
import { NsgRuleFacts } from '../network/network-rules';
import { block, blocks, Definitions, raw, rawBool, rawList, rawOr, referencedAddress, secretKind } from './raw-values';
import { ScaleSetFacts } from '../windows/scale-set-rules';
import { VmSecretVaultFacts } from '../windows/key-vault-rules';
import { TfResource } from './terraform-config';
import { unknownSecurityProfileKeys } from '../azure-local/vm-instance-body';

const str = (v: unknown) => raw<string>(v);

// written into the facts one by one, not spread: a literal that opens with a spread gets a hidden class of its
// own each time (CONTRIBUTING.md, Benchmarks)
function imageFacts(v: Record<string, unknown>) {
  const ref = block(v.source_image_reference);
  const imageReference = ref ? { publisher: str(ref.publisher) ?? '', offer: str(ref.offer) ?? '', sku: str(ref.sku) ?? '' } : undefined;
  const generation =
    imageReference && [imageReference.publisher, imageReference.offer, imageReference.sku].every((x) => typeof x === 'string')
      ? imageGenerationOf(imageReference.publisher as string, imageReference.offer as string, imageReference.sku as string)
      : undefined;
  return { imageReference, imageId: v.source_image_id !== undefined ? str(v.source_image_id) : undefined, imageGeneration: generation };
}

/**
 * The admin password's kind, following local values and variable defaults of the module; in a plan, a value whose
 * configuration is an expression is not a literal.
 */
function password(r: TfResource, value: unknown, definitions?: Definitions, attribute = 'admin_password'): 'literal' | 'expression' | 'absent' {
  const kind = secretKind(value, definitions);
  return kind === 'literal' && r.expressionAttributes?.has(attribute) ? 'expression' : kind;
}

/**
 * Names of one attribute across azurerm majors, newest first: 4.x renamed the VM's `enable_automatic_updates`, 5.x
 * the scale sets' (read from the resources' schemas at v4.55.0 and v5.2.0). Only the attributes the rules read.
 */
const AUTOMATIC_UPDATES = ['automatic_updates_enabled', 'enable_automatic_updates'] as const;

/** The name a block uses for an attribute (the first of its names that is set), else `unset` (the newest name). */
function written(v: Record<string, unknown>, names: readonly string[], unset = names[0]): string {
  return names.find((n) => v[n] !== undefined && v[n] !== null) ?? unset;
}

/** The scale sets' name for automatic updates in azurerm 4.x, the major the library targets: 5.x renames it. */
const SCALE_SET_AUTOMATIC_UPDATES_4X = 'enable_automatic_updates';

/** `azurerm_windows_virtual_machine`, with azurerm 4.55.0 defaults. */
export function windowsVmFacts(r: TfResource, definitions?: Definitions): WindowsVmFacts {
  const v = r.values;
  const computerNameAttribute = v.computer_name !== undefined && v.computer_name !== null ? 'computer_name' : 'name';
  const { imageReference, imageId, imageGeneration } = imageFacts(v);
  return {
    imageReference,
    imageId,
    imageGeneration,
    size: rawOr<string>(v.size, ''),
    computerName: rawOr<string>(v[computerNameAttribute], ''),
    computerNameAttribute,
    adminUsername: str(v.admin_username),
    adminPassword: password(r, v.admin_password, definitions),
    patchMode: rawOr<string>(v.patch_mode, D.patchMode),
    patchAssessmentMode: rawOr<string>(v.patch_assessment_mode, D.patchAssessmentMode),
    rebootSetting: str(v.reboot_setting),
    hotpatchingEnabled: rawBool(v.hotpatching_enabled, D.hotpatchingEnabled),
    bypassPlatformSafetyChecks: rawBool(v.bypass_platform_safety_checks_on_user_schedule_enabled, D.bypassPlatformSafetyChecks),
    provisionVmAgent: rawBool(v.provision_vm_agent, D.provisionVmAgent),
    allowExtensionOperations: rawBool(v.allow_extension_operations, D.allowExtensionOperations),
    automaticUpdatesEnabled: rawBool(v[written(v, AUTOMATIC_UPDATES)], D.automaticUpdatesEnabled),
    secureBootEnabled: rawBool(v.secure_boot_enabled, D.secureBootEnabled),
    vtpmEnabled: rawBool(v.vtpm_enabled, D.vtpmEnabled),
    securityEncryptionType: str(block(v.os_disk)?.security_encryption_type),
  };
}

/** Where each attribute the Windows VM rules name is written in a VM block. */
export function windowsVmAttributes(r: TfResource): Record<string, string> {
  return { automatic_updates_enabled: written(r.values, AUTOMATIC_UPDATES) };
}

/** The Windows settings of a scale set: the resource itself (Uniform) or `os_profile.windows_configuration` (Flexible). */
function windowsSettings(r: TfResource): { win: Record<string, unknown>; prefix: string } {
  return r.type === 'azurerm_orchestrated_virtual_machine_scale_set'
    ? { win: block(block(r.values.os_profile)?.windows_configuration) ?? {}, prefix: 'os_profile.windows_configuration.' }
    : { win: r.values, prefix: '' };
}

/** `azurerm_windows_virtual_machine_scale_set` (Uniform) or `azurerm_orchestrated_virtual_machine_scale_set` (Flexible). */
export function scaleSetFacts(r: TfResource, definitions?: Definitions): ScaleSetFacts {
  const v = r.values;
  const flexible = r.type === 'azurerm_orchestrated_virtual_machine_scale_set';
  const { win } = windowsSettings(r);
  const prefixSet = win.computer_name_prefix !== undefined && win.computer_name_prefix !== null;
  const { imageReference, imageId, imageGeneration } = imageFacts(v);
  return {
    imageReference,
    imageId,
    imageGeneration,
    orchestration: flexible ? 'Flexible' : 'Uniform',
    extensionTypes: blocks(v.extension).map((e) => str(e.type)),
    size: rawOr<string>(flexible ? v.sku_name : v.sku, ''),
    computerName: rawOr<string>(prefixSet ? win.computer_name_prefix : v.name, ''),
    computerNameKind: 'prefix',
    computerNameAttribute: prefixSet ? 'computer_name_prefix' : 'name',
    adminUsername: str(win.admin_username),
    adminPassword: password(r, win.admin_password, definitions),
    // a Uniform scale set has no patch mode attribute: the patch rules do not apply to it
    patchMode: flexible ? rawOr<string>(win.patch_mode, 'AutomaticByOS') : new Unknown(undefined),
    patchAssessmentMode: flexible ? rawOr<string>(win.patch_assessment_mode, 'ImageDefault') : new Unknown(undefined),
    hotpatchingEnabled: rawBool(win.hotpatching_enabled, false),
    bypassPlatformSafetyChecks: false,
    provisionVmAgent: rawBool(win.provision_vm_agent, true),
    allowExtensionOperations: rawBool(v.extension_operations_enabled, true),
    automaticUpdatesEnabled: rawBool(win[written(win, AUTOMATIC_UPDATES)], true),
    secureBootEnabled: rawBool(v.secure_boot_enabled, false),
    vtpmEnabled: rawBool(v.vtpm_enabled, false),
    securityEncryptionType: str(block(v.os_disk)?.security_encryption_type),
  };
}

/** Where each attribute the Windows VM and scale set rules name is written in a scale set block. */
export function scaleSetAttributes(r: TfResource): Record<string, string> {
  const { win, prefix } = windowsSettings(r);
  const flexible = r.type === 'azurerm_orchestrated_virtual_machine_scale_set';
  const out: Record<string, string> = {
    size: flexible ? 'sku_name' : 'sku',
    allow_extension_operations: 'extension_operations_enabled',
    automatic_updates_enabled: prefix + written(win, AUTOMATIC_UPDATES, SCALE_SET_AUTOMATIC_UPDATES_4X),
  };
  for (const a of ['patch_mode', 'patch_assessment_mode', 'hotpatching_enabled', 'provision_vm_agent', 'admin_username', 'admin_password']) out[a] = prefix + a;
  if (win.computer_name_prefix !== undefined && win.computer_name_prefix !== null) out.computer_name_prefix = prefix + 'computer_name_prefix';
  return out;
}

/** The `secret` blocks of a VM or scale set: a Flexible scale set holds them in its OS profile's configuration (D5). */
function secretBlocks(r: TfResource): Record<string, unknown>[] {
  if (r.type !== 'azurerm_orchestrated_virtual_machine_scale_set') return blocks(r.values.secret);
  const os = block(r.values.os_profile);
  return [...blocks(block(os?.windows_configuration)?.secret), ...blocks(block(os?.linux_configuration)?.secret)];
}

/** Whether a Flexible scale set configures Windows: the Windows rules of azurerm run only in that branch (D5). */
export function hasWindowsConfiguration(r: TfResource): boolean {
  return r.type !== 'azurerm_orchestrated_virtual_machine_scale_set' || block(block(r.values.os_profile)?.windows_configuration) !== undefined;
}

/** Whether a VM attaches an existing OS disk (`os_managed_disk_id`, written): it then has no OS profile to check (D4). */
export function attachesOsDisk(r: TfResource): boolean {
  const v = r.values.os_managed_disk_id;
  return v !== undefined && v !== null && v !== '';
}

/**
 * The Key Vaults of a VM's or scale set's `secret` blocks: a vault of the configuration is found by reference (a
 * configuration) or by id (a plan); any other is outside.
 */
export function secretVaultFacts(r: TfResource, vaultOf: (keyVaultId: unknown) => TfResource | undefined): VmSecretVaultFacts {
  const ids = [...new Set(secretBlocks(r).map((s) => s.key_vault_id))];
  return {
    vaults: ids.map((id) => {
      const vault = vaultOf(id);
      return { keyVaultId: typeof id === 'string' ? `'${id}'` : String(id), enabledForDeployment: vault ? rawBool(vault.values.enabled_for_deployment, false) : 'outside' };
    }),
  };
}

export function galleryImageFacts(r: TfResource): MarketplaceImageFacts {
  const v = r.values;
  const id = block(v.identifier) ?? {};
  return {
    name: rawOr<string>(v.name, ''),
    hypervGeneration: rawOr<string>(v.hyperv_generation, ''),
    osType: rawOr<string>(v.os_type, ''),
    publisher: rawOr<string>(id.publisher, ''),
    offer: rawOr<string>(id.offer, ''),
    sku: rawOr<string>(id.sku, ''),
    version: rawOr<string>(v.version, ''),
  };
}

/** A body written as an object (HCL or JSON syntax), which azapi reads with its keys known at plan. */
const isObjectBody = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The request body of an azapi resource: an object, or a JSON string; undefined when it is an expression. */
export function azapiBody(v: unknown): Record<string, any> | undefined {
  if (v && typeof v === 'object') return v as Record<string, any>;
  // a JSON string (with interpolations inside its string values) is still JSON; `${jsonencode(...)}` is not
  if (typeof v === 'string' && !v.trim().startsWith('${')) {
    try {
      const parsed = JSON.parse(v);
      return parsed && typeof parsed === 'object' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The identity type of an azapi resource: azapi sends `body.identity` as written and adds its own `identity` block only
 * when the body has none (D6).
 */
function azapiIdentityType(r: TfResource): Maybe<string> | undefined {
  const inBody = azapiBody(r.values.body)?.identity;
  if (inBody !== undefined && inBody !== null) return rawOr<string>(typeof inBody === 'object' ? (inBody as Record<string, unknown>).type : inBody, '');
  const own = block(r.values.identity);
  return own ? rawOr<string>(own.type, '') : undefined;
}

export const VM_INSTANCE_TYPE_PREFIX = 'microsoft.azurestackhci/virtualmachineinstances@';

/**
 * A Microsoft.AzureStackHCI virtualMachineInstances azapi resource, following literal references to its gallery
 * image and Arc machine in the same configuration.
 */
export function vmInstanceFacts(r: TfResource, find: (address: string) => TfResource | undefined, supportPolicy: string): TrustedLaunchVmFacts {
  const body = azapiBody(r.values.body) ?? {};
  const secret = azapiBody(r.values.sensitive_body) ?? {};
  const p = body.properties ?? {};
  const sec = p.securityProfile ?? {};
  const imageId = p.storageProfile?.imageReference?.id;
  const target = find(referencedAddress(imageId) ?? '');
  let image: TrustedLaunchVmFacts['image'];
  if (target?.type === 'azurerm_stack_hci_marketplace_gallery_image') {
    const id = block(target.values.identifier) ?? {};
    image = { kind: 'marketplace', publisher: rawOr<string>(id.publisher, ''), offer: rawOr<string>(id.offer, ''), sku: rawOr<string>(id.sku, ''), version: rawOr<string>(target.values.version, ''), hypervGeneration: rawOr<string>(target.values.hyperv_generation, '') };
  } else if (target?.type === 'azapi_resource' && /\/marketplaceGalleryImages@/i.test(String(target.values.type))) {
    const tp = azapiBody(target.values.body)?.properties ?? {};
    image = { kind: 'marketplace', publisher: rawOr<string>(tp.identifier?.publisher, ''), offer: rawOr<string>(tp.identifier?.offer, ''), sku: rawOr<string>(tp.identifier?.sku, ''), version: rawOr<string>(tp.version?.name, ''), hypervGeneration: rawOr<string>(tp.hyperVGeneration, '') };
  } else if ((target?.type === 'azapi_resource' && /\/galleryImages@/i.test(String(target.values.type))) || (typeof imageId === 'string' && /\/galleryImages\//i.test(imageId))) {
    image = { kind: 'custom', id: raw<string>(imageId) ?? '' };
  } else {
    const unknown = new Unknown(imageId);
    image = { kind: 'marketplace', publisher: unknown, offer: unknown, sku: unknown, version: unknown, hypervGeneration: unknown };
  }
  const parent = find(referencedAddress(r.values.parent_id) ?? '');
  const arcMachine =
    parent?.type === 'azurerm_arc_machine'
      ? { kind: rawOr<string>(parent.values.kind, ''), identityType: block(parent.values.identity) ? rawOr<string>(block(parent.values.identity)!.type, '') : undefined }
      : parent?.type === 'azapi_resource' && /^Microsoft\.HybridCompute\/machines@/i.test(String(parent.values.type))
        ? { kind: rawOr<string>(azapiBody(parent.values.body)?.kind, ''), identityType: azapiIdentityType(parent) }
        : undefined;
  const os = p.osProfile ?? {};
  const osType = String(p.storageProfile?.osDisk?.osType ?? (target?.type === 'azurerm_stack_hci_marketplace_gallery_image' ? target.values.os_type : '')).toLowerCase();
  const guestOs = os.linuxConfiguration !== undefined || osType === 'linux' ? 'Linux' : os.windowsConfiguration !== undefined || osType === 'windows' ? 'Windows' : undefined;
  return {
    image,
    ...(guestOs ? { guestOs } : {}),
    supportPolicy,
    securityType: rawOr<string>(sec.securityType, ''),
    secureBoot: rawBool(sec.uefiSettings?.secureBootEnabled, false),
    vtpm: rawBool(sec.enableTPM, false),
    guestAttestation: false,
    computerName: raw<string>(os.computerName) ?? new Unknown(undefined),
    adminPassword: secretKind(os.adminPassword ?? secret.properties?.osProfile?.adminPassword, find),
    unknownBodyKeys: unknownSecurityProfileKeys(p),
    // azapi validates an object body at plan unless schema_validation_enabled is false; a JSON string or an expression it does not
    bodyValidated: isObjectBody(r.values.body) && [undefined, null, true, 'true'].includes(r.values.schema_validation_enabled as never),
    ...(arcMachine ? { arcMachine } : {}),
  };
}

/** Every NSG rule of a resource: the rule itself, or the inline rules of a group. */
export function nsgRuleFacts(r: TfResource): { facts: NsgRuleFacts; attribute: string }[] {
  const one = (v: Record<string, unknown>): NsgRuleFacts => ({
    direction: rawOr<string>(v.direction, ''),
    access: rawOr<string>(v.access, ''),
    protocol: rawOr<string>(v.protocol, ''),
    destinationPorts: [v.destination_port_range, ...rawList(v.destination_port_ranges, 'destination_port_ranges')].filter((x) => x !== undefined && x !== null).map((x) => rawOr<string>(x, '')),
    sources: [v.source_address_prefix, ...rawList(v.source_address_prefixes, 'source_address_prefixes')].filter((x) => x !== undefined && x !== null).map((x) => rawOr<string>(x, '')),
    destinationPortList: rawList(v.destination_port_ranges, 'destination_port_ranges').map((x) => rawOr<string>(x, '')),
    sourcePrefixList: rawList(v.source_address_prefixes, 'source_address_prefixes').map((x) => rawOr<string>(x, '')),
    destinationPrefixList: rawList(v.destination_address_prefixes, 'destination_address_prefixes').map((x) => rawOr<string>(x, '')),
  });
  if (r.type === 'azurerm_network_security_rule') return [{ facts: one(r.values), attribute: '' }];
  return blocks(r.values.security_rule).map((v, i) => ({ facts: one(v), attribute: `security_rule[${i}].` }));
}

/** The policy of a Key Vault certificate, as the SMB over QUIC certificate rules read it. */
export function certificateFacts(r: TfResource): NewCertificateFacts | undefined {
  const policy = block(r.values.certificate_policy);
  if (!policy) return undefined;
  const key = block(policy.key_properties) ?? {};
  const x509 = block(policy.x509_certificate_properties) ?? {};
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => rawOr<string>(x, '')) : isUnknown(raw(v)) ? [new Unknown(v)] : []);
  return {
    keyType: rawOr<string>(key.key_type, ''),
    keySize: raw<number>(key.key_size) ?? 2048,
    // Key Vault defaults: RSA 2048, EC P-256
    curve: raw<string>(key.curve) ?? 'P-256',
    extendedKeyUsage: list(x509.extended_key_usage),
    keyUsage: list(x509.key_usage),
  };
}
