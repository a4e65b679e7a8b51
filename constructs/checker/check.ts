import { dirname } from 'path';
import { evaluate, Rule, Severity, Violation } from '../core/rule';
import { AZG_INPUT_SHAPE, AZG_UNKNOWN_VALUE } from './checker-rules';
import { DEFAULT_SUPPORT_POLICY, GuestImageSupportPolicyName } from '../azure-local/guest-image-support';
import { HCI_GALLERY_IMAGE } from '../azure-local/marketplace-image-rules';
import { HCI_ADMIN_PASSWORD_LITERAL, HCI_ARC_MACHINE, HCI_BODY_IGNORED_KEY, HCI_BODY_UNKNOWN_KEY, HCI_COMPUTER_NAME, TRUSTED_LAUNCH_VM_RULES } from '../azure-local/trusted-launch-rules';
import { SMBQ_CERTIFICATE_KEY, SMBQ_CERTIFICATE_USAGE } from '../smb-over-quic/smb-over-quic-rules';
import { SmbOverQuicFacts } from '../smb-over-quic/smb-over-quic-facts';
import { ATTACHED_OS_DISK_RULES, WINDOWS_VM_RULES } from '../windows/windows-vm-rules';
import { DISK_RULES } from '../windows/disk-rules';
import { VM_DATA_RULES } from '../windows/vm-data-rules';
import { VM_SETTINGS_RULES } from '../windows/vm-settings-rules';
import { vmDataFactsOf, vmDiskFactsOf, vmSettingsFactsOf } from './extract-vm-settings';
import { AZURE_LOCAL_HARDWARE_RULES, HCI_STATIC_IP } from '../azure-local/hardware-rules';
import { HARDWARE_ATTRIBUTES, networkInterfaceHardwareFacts, vmInstanceHardwareFacts } from './extract-azure-local-hardware';
import { attachesOsDisk, certificateFacts, galleryImageFacts, hasWindowsConfiguration, nsgRuleFacts, scaleSetAttributes, scaleSetFacts, secretVaultFacts, VM_INSTANCE_TYPE_PREFIX, vmInstanceFacts, windowsVmAttributes, windowsVmFacts } from './extract';
import { NETWORK_RULES } from '../network/network-rules';
import { blocks, referencedAddress } from './raw-values';
import { SCALE_SET_RULES } from '../windows/scale-set-rules';
import { VM_SECRET_VAULT_RULES } from '../windows/key-vault-rules';
import { TfResource } from './terraform-config';
import { withAcknowledgements } from './acknowledgements';
import { ALL_RULES } from '../rule-catalog';

/** One finding of the checker, in the shape of `azguard check --format json`. */
export interface CheckFinding {
  /** The rule's id. */
  readonly ruleId: string;
  /** The rule's severity. */
  readonly severity: Severity;
  /** The file the resource is in. */
  readonly file: string;
  /** The resource address, `type.name` (with its module path in a plan). */
  readonly address: string;
  /** The Terraform attribute the finding is about. */
  readonly attribute: string;
  /** What is wrong, with the value given. */
  readonly message: string;
  /** What to change. */
  readonly fix: string;
  /** The rule's source. */
  readonly source: string;
  /** 1-based line of the resource, when it can be found. */
  readonly line?: number;
  /** Set when an acknowledgement waives the finding: it is then counted apart and fails nothing. */
  readonly acknowledgement?: FindingAcknowledgement;
}

/** Why a finding is waived, and where that was said. */
export interface FindingAcknowledgement {
  /** The reason given with the acknowledgement. */
  readonly reason: string;
  /** Where it was given: a construct path (cdktf output) or the resource address (HCL comment). */
  readonly scope: string;
}

/** Options of `checkResources`, `checkStack` and `azguard check`. */
export interface CheckOptions {
  /** Support policy for Azure Local guest images. @default '2025-10' (the newest) */
  readonly supportPolicy?: GuestImageSupportPolicyName;
  /** Report values that are not literal as `info`. @default false */
  readonly verbose?: boolean;
}

/** Terraform paths of the Azure Local VM instance facts, for the checker's messages. */
const HCI_ATTRIBUTES: Record<string, string> = {
  securityType: 'body.properties.securityProfile.securityType',
  secureBoot: 'body.properties.securityProfile.uefiSettings.secureBootEnabled',
  vtpm: 'body.properties.securityProfile.enableTPM',
  image: 'body.properties.storageProfile.imageReference.id',
  hyperv_generation: 'body.properties.storageProfile.imageReference.id',
  computerName: 'body.properties.osProfile.computerName',
  adminPassword: 'body.properties.osProfile.adminPassword',
  supportPolicy: '--support-policy',
};

/**
 * Applies the rule catalog to the resources of one or more configurations. A finding that an acknowledgement of its
 * resource waives is returned with {@link CheckFinding.acknowledgement}; count it apart.
 */
export function checkResources(resources: readonly TfResource[], options: CheckOptions = {}): CheckFinding[] {
  const byModule = new Map<string, Map<string, TfResource>>();
  for (const r of resources) {
    const key = dirname(r.file);
    if (!byModule.has(key)) byModule.set(key, new Map());
    if (r.problem === undefined) byModule.get(key)!.set(r.address, r);
  }
  const policy = options.supportPolicy ?? DEFAULT_SUPPORT_POLICY;
  const out: CheckFinding[] = [];
  const push = (r: TfResource, vs: Violation[], attributes: Record<string, string> = {}, prefix = '') => {
    const written = asWritten(attributes);
    for (const v of vs) out.push({ ruleId: v.ruleId, severity: v.severity, file: r.file, address: r.address, attribute: prefix + (attributes[v.attribute] ?? v.attribute), message: written(v.message), fix: written(v.fix), source: v.source, ...(r.line !== undefined ? { line: r.line } : {}) });
  };
  const apply = <F extends object>(r: TfResource, rules: readonly Rule<F>[], facts: F, attributes?: Record<string, string>, prefix?: string) => {
    push(r, evaluate(rules, facts, r.address), attributes, prefix);
    if (options.verbose) push(r, evaluate([AZG_UNKNOWN_VALUE], facts, r.address));
  };

  /** Resources of one type in each module, by a key of theirs; built when a module first needs it. */
  const moduleIndex = <K>(type: string, keyOf: (r: TfResource) => K | undefined) => {
    const built = new Map<string, Map<K, TfResource[]>>();
    return (module: string): Map<K, TfResource[]> => {
      let index = built.get(module);
      if (!index) {
        index = new Map();
        for (const r of byModule.get(module)?.values() ?? []) {
          const key = r.type === type ? keyOf(r) : undefined;
          if (key === undefined) continue;
          const list = index.get(key) ?? [];
          list.push(r);
          index.set(key, list);
        }
        built.set(module, index);
      }
      return index;
    };
  };
  // the Key Vaults of each module by id (a plan's VM names a vault by id), the data disk attachments by the VM they name
  const vaultsById = moduleIndex<unknown>('azurerm_key_vault', (v) => (typeof v.values.id === 'string' ? v.values.id : undefined));
  const attachmentsByVm = moduleIndex('azurerm_virtual_machine_data_disk_attachment', (a) => referencedAddress(a.values.virtual_machine_id));
  const attachmentsOf = (module: string, vmAddress: string) => attachmentsByVm(module).get(vmAddress) ?? [];

  for (const r of resources) {
    if (r.problem !== undefined) {
      push(r, evaluate([AZG_INPUT_SHAPE], { problem: r.problem }, r.address));
      continue;
    }
    try {
      checkResource(r);
    } catch (e) {
      // one block of an unexpected shape is one finding: the rest of the run is still checked and reported
      push(r, evaluate([AZG_INPUT_SHAPE], { problem: `the block has a shape the checker cannot read (${(e as Error)?.message ?? String(e)})` }, r.address));
    }
  }
  return withAcknowledgements(out, resources, ALL_RULES);

  function checkResource(r: TfResource): void {
    const find = (address: string) => byModule.get(dirname(r.file))?.get(address);
    // a vault by reference (configuration) or by its id (plan), in the same module
    const vaultOf = (id: unknown) => {
      const byReference = find(referencedAddress(id) ?? '');
      if (byReference) return byReference.type === 'azurerm_key_vault' ? byReference : undefined;
      return typeof id === 'string' && id !== '' ? vaultsById(dirname(r.file)).get(id)?.at(-1) : undefined;
    };
    switch (r.type) {
      case 'azurerm_windows_virtual_machine':
        // an attached OS disk has no OS profile: azurerm checks no name, admin or patch setting (D4)
        apply(r, attachesOsDisk(r) ? ATTACHED_OS_DISK_RULES : WINDOWS_VM_RULES, windowsVmFacts(r, find), windowsVmAttributes(r));
        apply(r, VM_SETTINGS_RULES, vmSettingsFactsOf(r));
        apply(r, VM_DATA_RULES, vmDataFactsOf(r));
        apply(r, DISK_RULES, vmDiskFactsOf(r, attachmentsOf(dirname(r.file), r.address), find));
        apply(r, VM_SECRET_VAULT_RULES, secretVaultFacts(r, vaultOf));
        break;
      case 'azurerm_windows_virtual_machine_scale_set':
      case 'azurerm_orchestrated_virtual_machine_scale_set':
        // a Flexible set without os_profile.windows_configuration (Linux, or no OS profile) gets none of the Windows rules (D5)
        if (hasWindowsConfiguration(r)) apply(r, [...WINDOWS_VM_RULES, ...SCALE_SET_RULES], scaleSetFacts(r, find), scaleSetAttributes(r));
        apply(r, VM_SECRET_VAULT_RULES, secretVaultFacts(r, vaultOf));
        break;
      case 'azurerm_stack_hci_network_interface':
        apply(r, [HCI_STATIC_IP], networkInterfaceHardwareFacts(r));
        break;
      case 'azurerm_stack_hci_marketplace_gallery_image':
        apply(r, [HCI_GALLERY_IMAGE], galleryImageFacts(r));
        break;
      case 'azurerm_network_security_rule':
      case 'azurerm_network_security_group':
        for (const { facts, attribute } of nsgRuleFacts(r)) apply(r, NETWORK_RULES, facts, {}, attribute);
        break;
      case 'azurerm_key_vault_certificate': {
        // recognised as an SMB over QUIC certificate when a VM installs it and a run command maps it
        if (!isSmbOverQuicCertificate(r, resources)) break;
        const cert = certificateFacts(r);
        if (cert) apply(r, [SMBQ_CERTIFICATE_KEY, SMBQ_CERTIFICATE_USAGE], { newCertificate: cert } as unknown as SmbOverQuicFacts, { 'certificate.keySize': 'certificate_policy.key_properties.key_size', 'certificate.curve': 'certificate_policy.key_properties.curve', 'certificate.keyType': 'certificate_policy.key_properties.key_type', 'certificate.extendedKeyUsage': 'certificate_policy.x509_certificate_properties.extended_key_usage', 'certificate.keyUsage': 'certificate_policy.x509_certificate_properties.key_usage' });
        break;
      }
      case 'azapi_resource': {
        if (!String(r.values.type ?? '').toLowerCase().startsWith(VM_INSTANCE_TYPE_PREFIX)) break;
        const facts = vmInstanceFacts(r, find, policy);
        // the trusted launch rules apply to trusted launch VMs; naming, secrets and the parent to every VM instance
        const rules = facts.securityType === 'TrustedLaunch' ? TRUSTED_LAUNCH_VM_RULES : [HCI_BODY_UNKNOWN_KEY, HCI_BODY_IGNORED_KEY, HCI_COMPUTER_NAME, HCI_ADMIN_PASSWORD_LITERAL, HCI_ARC_MACHINE];
        apply(r, rules, facts, HCI_ATTRIBUTES);
        apply(r, AZURE_LOCAL_HARDWARE_RULES, vmInstanceHardwareFacts(r), HARDWARE_ATTRIBUTES);
        break;
      }
    }
  }
}

/**
 * Names each attribute in a message or fix as the block writes it (`enable_automatic_updates` on a 4.x scale set,
 * `os_profile.windows_configuration.patch_mode` on a Flexible one): the rules speak of the Windows VM's names.
 */
function asWritten(attributes: Record<string, string>): (text: string) => string {
  // names with an underscore only: `size` is a word of the messages too
  const renamed = Object.keys(attributes).filter((k) => attributes[k] !== k && /^[a-z]+_[a-z_]+$/.test(k));
  if (renamed.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\w.])(${renamed.join('|')})(?![\\w])`, 'g');
  return (text) => text.replace(pattern, (name) => attributes[name]);
}

function isSmbOverQuicCertificate(cert: TfResource, all: readonly TfResource[]): boolean {
  const module = dirname(cert.file);
  const same = all.filter((r) => dirname(r.file) === module);
  const vms = same.filter((r) => r.type === 'azurerm_windows_virtual_machine' && blocks(r.values.secret).some((s) => blocks(s.certificate).some((c) => String(c.url ?? '').includes(`${cert.address}.`))));
  return vms.some((vm) =>
    same.some((rc) => (rc.type === 'azurerm_virtual_machine_run_command' || rc.type === 'azurerm_virtual_machine_extension') && referencedAddress(rc.values.virtual_machine_id) === vm.address && JSON.stringify(rc.values).includes('New-SmbServerCertificateMapping')),
  );
}
