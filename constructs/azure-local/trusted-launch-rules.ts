import { and, eq, matches, not, or, truthy, unset } from '../core/condition';
import { computerNameProblems, COMPUTER_NAME_PATTERN, DIGITS_ONLY_PATTERN } from '../windows/computer-name';
import { Finding, findingIf, Rule, show } from '../core/rule';
import { HCI_SOURCES, SOURCES } from '../core/sources';
import { isKnown } from '../core/unknown';
import { GUEST_IMAGE_SUPPORT_POLICIES, supportPolicy } from './guest-image-support';
import { TrustedLaunchVmFacts } from './trusted-launch-facts';

type TlRule = Rule<TrustedLaunchVmFacts>;

const one = findingIf;

/** Computer name of an Azure Local VM: 1-15 letters, digits or hyphens. */
export const HCI_COMPUTER_NAME_PATTERN = '^[a-zA-Z0-9-]{1,15}$';

export const HCI_TL_SECURE_BOOT: TlRule = {
  id: 'HCI-TL-SECURE-BOOT',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'EnableTPM and SecureBootEnabled must be set to true for SecurityType to function; TrustedLaunch requires --enable-secure-boot true and --enable-vtpm true', source: 'Microsoft.AzureStackHCI virtualMachineInstances 2024-01-01 (azure-rest-api-specs, securityProfile); Create Arc virtual machines on Azure Local (ms.date 2025-12-30), https://learn.microsoft.com/azure/azure-local/manage/create-arc-virtual-machines' },
  ],
  title: 'trusted launch always has secure boot on',
  source: `${HCI_SOURCES.createArcVm}; ${HCI_SOURCES.vmInstanceApi}`,
  doc: 'A TrustedLaunch VM created with secure boot off fails. A request to turn it off is refused, not silently fixed.',
  holds: (f) => not(eq(f.secureBoot, false)),
  check: (f) =>
    one(f.secureBoot === false, () => ({ attribute: 'secureBoot', message: 'secure boot is turned off (false) on a trusted launch VM', value: 'false', allowed: ['true'], fix: 'remove secureBoot or set it to true' })),
};

export const HCI_TL_VTPM: TlRule = {
  id: 'HCI-TL-VTPM',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'EnableTPM and SecureBootEnabled must be set to true for SecurityType to function; TrustedLaunch requires --enable-secure-boot true and --enable-vtpm true', source: 'Microsoft.AzureStackHCI virtualMachineInstances 2024-01-01 (azure-rest-api-specs, securityProfile); Create Arc virtual machines on Azure Local (ms.date 2025-12-30), https://learn.microsoft.com/azure/azure-local/manage/create-arc-virtual-machines' },
  ],
  title: 'trusted launch always has the vTPM on',
  source: `${HCI_SOURCES.createArcVm}; ${HCI_SOURCES.vmInstanceApi}`,
  doc: 'A TrustedLaunch VM created without the vTPM fails (enableTPM defaults to false in the API, so it is always sent as true).',
  holds: (f) => not(eq(f.vtpm, false)),
  check: (f) => one(f.vtpm === false, () => ({ attribute: 'vtpm', message: 'the vTPM is turned off (false) on a trusted launch VM', value: 'false', allowed: ['true'], fix: 'remove vtpm or set it to true' })),
};

export const HCI_TL_SECURITY_TYPE: TlRule = {
  id: 'HCI-TL-SECURITY-TYPE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'AzureLocalTrustedLaunchVm builds trusted launch VMs; the security type is fixed when the VM is created', source: 'Trusted launch for Azure Arc VMs on Azure Local (ms.date 2023-11-13 to 2025-10-07), https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview' },
  ],
  title: 'the security type is TrustedLaunch and is fixed at creation',
  source: HCI_SOURCES.vmInstanceApi,
  doc:
    'The construct builds trusted launch VMs only. Security settings can be set at creation only (inferred: the update body has no ' +
    'securityProfile), so the construct also makes any change to them replace the VM rather than be ignored.',
  holds: (f) => eq(f.securityType, 'TrustedLaunch'),
  check: (f) =>
    one(isKnown(f.securityType) && f.securityType !== 'TrustedLaunch', () => ({
      attribute: 'securityType',
      message: `security type ${show(f.securityType)} is not trusted launch`,
      value: show(f.securityType),
      allowed: ['TrustedLaunch'],
      fix: "remove securityType; confidential VMs are a different construct (exact spelling 'TrustedLaunch')",
    })),
};

export const HCI_IMAGE_MARKETPLACE: TlRule = {
  id: 'HCI-IMAGE-MARKETPLACE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the construct builds trusted launch VMs from the images the documentation supports: VM guest images obtained outside of Azure Marketplace are not supported', source: 'Trusted launch for Azure Arc VMs on Azure Local (ms.date 2023-11-13 to 2025-10-07), https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview' },
  ],
  title: 'the guest image comes from Azure Marketplace',
  source: HCI_SOURCES.trustedLaunchOverview,
  doc: 'Every version of the document: VM guest images obtained outside of Azure Marketplace are not supported.',
  check: (f) =>
    f.image.kind === 'custom'
      ? [{ attribute: 'image', message: `image ${show(f.image.id)} is a custom or vhd image, not an Azure Marketplace image`, value: show(f.image.id), fix: 'create the image with AzureLocalMarketplaceImage (azurerm_stack_hci_marketplace_gallery_image)' }]
      : [],
};

export const HCI_IMAGE_GEN2: TlRule = {
  id: 'HCI-IMAGE-GEN2',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the construct builds trusted launch VMs from generation 2 images, as every supported image is', source: 'Trusted launch for Azure Arc VMs on Azure Local (ms.date 2023-11-13 to 2025-10-07), https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview' },
  ],
  title: 'the guest image is generation 2',
  source: `${HCI_SOURCES.trustedLaunchOverview}; ${SOURCES.trustedLaunch}`,
  doc: 'Trusted launch is defined for generation 2 VMs and every listed image is "- Gen2" (inferred for the gallery image: hyperv_generation must be V2).',
  holds: (f) => (f.image.kind === 'marketplace' ? eq(f.image.hypervGeneration, 'V2') : true),
  check: (f) =>
    f.image.kind === 'marketplace' && isKnown(f.image.hypervGeneration) && f.image.hypervGeneration !== 'V2'
      ? [{ attribute: 'hyperv_generation', message: `image Hyper-V generation ${show(f.image.hypervGeneration)} is not generation 2`, value: show(f.image.hypervGeneration), allowed: ['V2'], fix: "create the gallery image with hypervGeneration 'V2'" }]
      : [],
};

export const HCI_IMAGE_SUPPORTED: TlRule = {
  id: 'HCI-IMAGE-SUPPORTED',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'the construct builds trusted launch VMs from the images of the chosen dated support policy', source: 'Trusted launch for Azure Arc VMs on Azure Local (ms.date 2023-11-13 to 2025-10-07): the 23H2 list, the 2025-03-18 and 2025-10 versions, https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview' },
  ],
  title: 'the guest image is in the chosen support policy',
  source: HCI_SOURCES.trustedLaunchOverview,
  doc: 'The default policy is the 23H2 list of four images; later, broader policies are opted into by name, each with its document date.',
  inputs: (f) => (f.image.kind === 'marketplace' ? { publisher: f.image.publisher, offer: f.image.offer, sku: f.image.sku, version: f.image.version } : {}),
  check(f) {
    const policy = supportPolicy(f.supportPolicy);
    if (!policy) {
      return [{ attribute: 'supportPolicy', message: `support policy ${show(f.supportPolicy)} is unknown`, value: show(f.supportPolicy), allowed: GUEST_IMAGE_SUPPORT_POLICIES.map((p) => p.name), fix: 'use one of the allowed policy names' }];
    }
    const i = f.image;
    if (i.kind !== 'marketplace' || !isKnown(i.publisher) || !isKnown(i.offer) || !isKnown(i.sku) || !isKnown(i.version)) return [];
    const reason = policy.unsupportedBecause({ publisher: i.publisher, offer: i.offer, sku: i.sku, version: i.version });
    return one(reason !== undefined, () => ({
      attribute: 'image',
      message: `${reason} (policy '${policy.name}': ${policy.summary})`,
      value: `'${i.publisher}:${i.offer}:${i.sku}:${i.version}'`,
      allowed: policy.images?.map((s) => `${s.publisher}:${s.offer}:${s.sku}:${s.version}`),
      fix: policy.images ? 'use one of the allowed images, or opt into a later support policy by name' : 'use a supported image or another support policy',
    }));
  },
};

export const HCI_BOOT_INTEGRITY: TlRule = {
  id: 'HCI-BOOT-INTEGRITY',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'guest boot integrity verification is not available for trusted launch on Azure Local, so the construct refuses to promise it', source: 'Trusted launch for Azure Arc VMs on Azure Local (ms.date 2023-11-13 to 2025-10-07), https://learn.microsoft.com/azure/azure-local/manage/trusted-launch-vm-overview' },
  ],
  title: 'guest boot-integrity verification is not available',
  source: HCI_SOURCES.trustedLaunchOverview,
  doc: 'Since 2023-11-13 the document says guest boot integrity verification is not available; later versions also mention attestation, a contradiction resolved as unavailable.',
  holds: (f) => not(truthy(f.guestAttestation)),
  check: (f) =>
    one(f.guestAttestation === true, () => ({ attribute: 'guestAttestation', message: 'guest boot-integrity verification (attestation) is asked for (true) but Azure Local does not offer it', value: 'true', allowed: ['false'], fix: 'remove guestAttestation' })),
};

/** What is wrong with a computer name: a Windows guest is held to the Windows name facts, any other to the length and alphabet. */
function hciComputerNameProblems(name: string, guestOs: TrustedLaunchVmFacts['guestOs']): string[] {
  if (guestOs === 'Windows') return computerNameProblems(name);
  return new RegExp(HCI_COMPUTER_NAME_PATTERN).test(name) ? [] : ['it is not 1 to 15 letters, digits or hyphens'];
}

export const HCI_COMPUTER_NAME: TlRule = {
  id: 'HCI-COMPUTER-NAME',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'a Windows computer name has at most 15 characters, is not only digits and does not end with a hyphen', source: 'Naming rules for Azure resources, Microsoft.Compute (Windows computer name), https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules; Azure Verified Module avm-res-azurestackhci-virtualmachineinstance (VM name at most 15 characters)' },
  ],
  title: 'a Windows guest computer name is 1-15 letters, digits or hyphens, not only digits, not ending with a hyphen',
  source: `${HCI_SOURCES.azureLocalNaming}; ${SOURCES.windowsComputerName}`,
  doc:
    "The computer name defaults to the VM name. The limits are Windows' (NetBIOS): a Windows guest follows the same name facts as an Azure VM; " +
    'the API sets none, so a guest known to be Linux is not held to them, and a guest of unknown OS only to the length and alphabet.',
  holds: (f) =>
    f.guestOs === 'Linux'
      ? true
      : or(
          unset(f.computerName),
          f.guestOs === 'Windows'
            ? and(matches(f.computerName, COMPUTER_NAME_PATTERN, (s) => computerNameProblems(s).length === 0), not(matches(f.computerName, DIGITS_ONLY_PATTERN, (s) => /^[0-9]+$/.test(s))))
            : matches(f.computerName, HCI_COMPUTER_NAME_PATTERN, (s) => new RegExp(HCI_COMPUTER_NAME_PATTERN).test(s)),
        ),
  check(f) {
    if (f.guestOs === 'Linux' || !isKnown(f.computerName) || typeof f.computerName !== 'string') return [];
    const problems = hciComputerNameProblems(f.computerName, f.guestOs);
    return one(problems.length > 0, () => ({
      attribute: 'computerName',
      message: `computer name ${show(f.computerName)} is invalid: ${problems.join(', ')}`,
      value: show(f.computerName),
      fix: `use 1 to 15 letters, digits or hyphens${f.guestOs === 'Windows' ? ', not only digits, not ending with a hyphen' : ''} (set computerName explicitly when the VM name is longer)`,
    }));
  },
};

export const HCI_ADMIN_PASSWORD_LITERAL: TlRule = {
  id: 'HCI-ADMIN-PASSWORD-LITERAL',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'a literal password ends up in the configuration, the state and the repository', source: 'this library\'s security policy' },
  ],
  policy: true,
  title: 'the admin password is never a literal',
  source: SOURCES.securityPolicy,
  doc: 'The password is sent in the azapi sensitive body; it must come from a sensitive variable without a default or a Key Vault secret. As for WIN-ADMIN-PASSWORD-LITERAL, a local value, a variable default or a function of a literal counts as a literal.',
  check: (f) =>
    one(f.adminPassword === 'literal', () => ({ attribute: 'adminPassword', message: 'the admin password is a literal string (value hidden)', fix: 'pass a sensitive TerraformVariable or a Key Vault secret value (a token), never a literal' })),
};

export const HCI_ARC_MACHINE: TlRule = {
  id: 'HCI-ARC-MACHINE',
  severity: 'error',
  refusals: [
    { by: 'Azure', when: 'apply', says: 'a VM instance is an extension resource of a Microsoft.HybridCompute machine of kind HCI with a SystemAssigned identity', source: 'Azure Local create-VM ARM template and the resourceUri of the virtualMachineInstances API, https://learn.microsoft.com/azure/azure-local/manage/create-arc-virtual-machines' },
  ],
  title: 'the VM instance extends an Arc machine of kind HCI with a system-assigned identity',
  source: HCI_SOURCES.arcMachine,
  doc: 'The VM instance is an extension resource of a Microsoft.HybridCompute machine of kind HCI with a SystemAssigned identity.',
  holds: (f) => (f.arcMachine ? and(eq(f.arcMachine.kind, 'HCI'), eq(f.arcMachine.identityType, 'SystemAssigned')) : true),
  check(f) {
    const a = f.arcMachine;
    if (!a) return [];
    const out: Finding[] = [];
    if (isKnown(a.kind) && a.kind !== 'HCI') out.push({ attribute: 'parent_id', message: `the parent Arc machine has kind ${show(a.kind)}`, value: show(a.kind), allowed: ['HCI'], fix: "create the Arc machine with kind 'HCI'" });
    if (isKnown(a.identityType) && a.identityType !== 'SystemAssigned') out.push({ attribute: 'parent_id', message: `the parent Arc machine has identity ${show(a.identityType)}`, value: show(a.identityType), allowed: ['SystemAssigned'], fix: "give the Arc machine identity { type = 'SystemAssigned' }" });
    return out;
  },
};

/** The findings for the body keys the API type does not declare. */
const unknownKeyFindings = (f: TrustedLaunchVmFacts, what: string): Finding[] =>
  (f.unknownBodyKeys ?? []).map((k) => ({
    attribute: `body.properties.${k.path}`,
    message: `key '${k.path.split('.').pop()}' of body.properties.${k.path.split('.').slice(0, -1).join('.')} is not known to the API: ${what}${k.resembles ? ` (the API's key is '${k.resembles}')` : ''}`,
    value: `'${k.path.split('.').pop()}'`,
    fix: k.resembles ? `write '${k.resembles}' (exact case)` : 'remove it; the known keys are enableTPM, securityType and uefiSettings.secureBootEnabled',
  }));

export const HCI_BODY_UNKNOWN_KEY: TlRule = {
  id: 'HCI-BODY-UNKNOWN-KEY',
  severity: 'error',
  refusals: [
    { by: 'azapi', when: 'plan', says: 'Invalid configuration: `<key>` is not expected here. Do you mean `<key>`?', source: 'azapi v2.5.0 internal/services/azapi_resource.go L434-L439 (ValidateConfig), internal/azure/utils/error.go L33-L36 (ErrorShouldNotDefine)' },
  ],
  title: 'the security profile of the VM instance body uses the keys the API type declares',
  source: `${HCI_SOURCES.vmInstanceArmTypes}; ${HCI_SOURCES.azapiSchemaValidation}`,
  doc:
    "azapi validates a body known at plan against the API type (schema_validation_enabled, on by default) and refuses a property the type does not declare, " +
    'such as the snake_case security_type, enable_tpm or uefi_settings some modules write. The keys are the same from API 2024-01-01 to 2025-09-01-preview.',
  check: (f) => (f.bodyValidated === false ? [] : unknownKeyFindings(f, 'azapi refuses it at plan')),
};

export const HCI_BODY_IGNORED_KEY: TlRule = {
  id: 'HCI-BODY-IGNORED-KEY',
  severity: 'warning',
  title: 'the security profile of an unvalidated VM instance body uses the keys the API type declares',
  source: `${HCI_SOURCES.vmInstanceArmTypes}; ${HCI_SOURCES.azapiSchemaValidation}`,
  doc:
    'With schema validation off, or a body azapi cannot validate at plan (it holds values known only at apply), a key the API type does not declare is sent and ' +
    'the API does not act on it: the setting it was meant to make (trusted launch, the vTPM, secure boot) is not made, and nothing refuses the VM.',
  check: (f) => (f.bodyValidated === false ? unknownKeyFindings(f, 'the API does not act on it, so the setting is not made') : []),
};

/** Rules of one trusted-launch Arc VM. */
export const TRUSTED_LAUNCH_VM_RULES: readonly Rule<TrustedLaunchVmFacts>[] = [
  HCI_BODY_UNKNOWN_KEY,
  HCI_BODY_IGNORED_KEY,
  HCI_TL_SECURITY_TYPE,
  HCI_TL_SECURE_BOOT,
  HCI_TL_VTPM,
  HCI_BOOT_INTEGRITY,
  HCI_IMAGE_MARKETPLACE,
  HCI_IMAGE_GEN2,
  HCI_IMAGE_SUPPORTED,
  HCI_COMPUTER_NAME,
  HCI_ADMIN_PASSWORD_LITERAL,
  HCI_ARC_MACHINE,
];

const advisory = (id: string, title: string, message: string, fix: string, doc: string): Rule<unknown> => ({
  id,
  severity: 'warning',
  title,
  source: HCI_SOURCES.trustedLaunchOverview,
  doc,
  check: () => [{ attribute: 'cluster', message, fix }],
});

export const HCI_IGVM_AGENT = advisory('HCI-IGVM-AGENT', 'IgvmAgent runs on every cluster node', 'trusted launch VMs need the IgvmAgent service on every node of the cluster', 'check Get-Service IgvmAgent on each node',
    'Trusted launch needs the IgvmAgent service on each cluster node (guidance added in the 2025 versions of the overview). Terraform cannot see the nodes, so this is a reminder on every stack with a trusted launch VM.',
  );

export const HCI_LIVE_MIGRATION_UNENCRYPTED = advisory('HCI-LIVE-MIGRATION-UNENCRYPTED', 'live-migration traffic is not encrypted', 'live migration traffic of trusted launch VMs is not encrypted', 'protect the live migration network with IPsec or another network-layer encryption',
    'The overview states that live-migration traffic of trusted launch VMs is not encrypted and recommends network-layer encryption such as IPsec.',
  );

export const HCI_VM_FILES_ACCESS = advisory('HCI-VM-FILES-ACCESS', 'VM state files stay restricted to host administrators', 'Hyper-V stores the VM guest state in files on the host, readable by host administrators only by default', 'keep the storage path of the VM files restricted to host administrators',
    'The guest state lives in two files on the host (guest state and runtime state), protected by the guest state protection key; access to them is meant for host administrators only.',
  );

export const HCI_BACKUP_DR = advisory('HCI-BACKUP-DR', 'backup and disaster recovery are limited', 'Azure Backup and Azure Site Recovery do not support trusted launch Arc VMs; a VM restored elsewhere is no longer managed from Azure, and cannot start without its guest state protection key', 'back up the guest state protection key (mocctl) with any Hyper-V based backup',
    'The March 2025 overview lists no support for Azure Backup, Azure Site Recovery, Veeam or Commvault; the October 2025 version allows backup tools that follow Hyper-V approaches if the guest state protection key is backed up too (the VM cannot start without it), still without Azure Site Recovery. A VM restored to another instance is no longer managed through Azure Arc.',
  );

/** Advisories that hold for every trusted-launch VM; reported once per stack. */
export const TRUSTED_LAUNCH_ADVISORIES: readonly Rule<unknown>[] = [HCI_IGVM_AGENT, HCI_LIVE_MIGRATION_UNENCRYPTED, HCI_VM_FILES_ACCESS, HCI_BACKUP_DR];
