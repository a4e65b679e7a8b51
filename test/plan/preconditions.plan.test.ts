import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureLocalTrustedLaunchVm, AzureLocalVmImage, SEED_23H2_IMAGES, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../constructs';

/**
 * The preconditions the constructs write, planned by Terraform itself (`tf-plan` of the shared oracle, offline) with
 * the values a user may give at plan: a valid value, each kind of invalid value, and `null`, which Terraform treats
 * as unset. Each row names the rule ids Terraform must refuse it with (none: it plans) and the fact behind it. No row
 * may fail on a precondition Terraform cannot evaluate ("argument must not be null", "Invalid function argument").
 * Needs terraform: run by .ci/run (`npm run plan-tables`), not by `npm test`.
 */
const ORACLE = resolve(process.env.ORACLE_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'oracle'));
const TF_PLAN = join(ORACLE, 'tf-plan');
const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

const NIC = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic1';
const AVAILABILITY_SET = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/availabilitySets/as';
const ARM = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers';

type Value = string | boolean | string[] | null;

/** Every input of the stack that a precondition reads, as a variable. */
const VARIABLES: Record<string, { type: string; valid: Value }> = {
  computer_name: { type: 'string', valid: 'web01' },
  size: { type: 'string', valid: 'Standard_D2s_v5' },
  image_sku: { type: 'string', valid: '2022-datacenter-azure-edition-core' },
  patch_mode: { type: 'string', valid: 'AutomaticByPlatform' },
  patch_assessment_mode: { type: 'string', valid: 'AutomaticByPlatform' },
  reboot_setting: { type: 'string', valid: 'IfRequired' },
  provision_vm_agent: { type: 'bool', valid: true },
  allow_extension_operations: { type: 'bool', valid: true },
  automatic_updates: { type: 'bool', valid: true },
  hotpatch: { type: 'bool', valid: true },
  bypass_safety_checks: { type: 'bool', valid: false },
  secure_boot: { type: 'bool', valid: true },
  vtpm: { type: 'bool', valid: true },
  admin_username: { type: 'string', valid: 'azureuser' },
  license_type: { type: 'string', valid: 'Windows_Server' },
  identity_type: { type: 'string', valid: 'SystemAssigned' },
  availability_set_id: { type: 'string', valid: null },
  zone: { type: 'string', valid: '1' },
  nic_ids: { type: 'list(string)', valid: [NIC] },
  vault_enabled_for_deployment: { type: 'bool', valid: true },
  hci_computer_name: { type: 'string', valid: 'tl-web01' },
  hci_secure_boot: { type: 'bool', valid: true },
  hci_vtpm: { type: 'bool', valid: true },
  hci_security_type: { type: 'string', valid: 'TrustedLaunch' },
  hci_guest_attestation: { type: 'bool', valid: false },
  hci_hyperv_generation: { type: 'string', valid: 'V2' },
};

/** One row: the values that differ from the valid ones, the rule ids Terraform must refuse them with, and the fact. */
interface Row {
  readonly values: Readonly<Record<string, Value>>;
  readonly refused: readonly string[];
  readonly fact: string;
  /** A null for a required argument: Terraform refuses it itself too, and the preconditions must still evaluate. */
  readonly requiredNull?: boolean;
}

const ROWS: readonly Row[] = [
  { values: {}, refused: [], fact: 'a valid hotpatch VM on 2022 Azure Edition Core, trusted launch, a Key Vault enabled for deployment, a trusted launch VM on Azure Local' },
  // image
  { values: { image_sku: '2022-datacenter-azure-edition' }, refused: ['WIN-HOTPATCH-IMAGE'], fact: 'A2.4: hotpatch only on the 8 hotpatch SKUs; Desktop Experience 2022 is not one' },
  { values: { image_sku: '2022-datacenter-azure-edition', hotpatch: false }, refused: [], fact: 'A2.4: Desktop Experience 2022 without hotpatch' },
  { values: { image_sku: 'ubuntu-24_04' }, refused: ['WSAE-IMAGE', 'WIN-HOTPATCH-IMAGE'], fact: 'A1: the construct builds Azure Edition VMs only' },
  { values: { image_sku: null }, refused: ['WSAE-IMAGE', 'WIN-HOTPATCH-IMAGE'], requiredNull: true, fact: 'sku is required in source_image_reference' },
  // patch mode
  { values: { patch_mode: null }, refused: ['WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE', 'WIN-REBOOT-SETTING-PATCH-MODE'], fact: 'D9: an unset patch mode is AutomaticByOS, which azurerm refuses on a hotpatch image' },
  { values: { patch_mode: null, image_sku: '2022-datacenter-azure-edition', hotpatch: false, reboot_setting: null }, refused: [], fact: 'A2.4: an unset patch mode (AutomaticByOS) on a Desktop Experience image without hotpatch' },
  { values: { patch_mode: 'Manual' }, refused: ['WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE', 'WIN-PATCH-MODE-UPDATES', 'WIN-REBOOT-SETTING-PATCH-MODE'], fact: 'A2.4: hotpatch and a reboot setting need AutomaticByPlatform; Manual needs automatic updates off' },
  { values: { patch_mode: 'automaticbyplatform' }, refused: ['WIN-ENUM-VALUE', 'WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE', 'WIN-REBOOT-SETTING-PATCH-MODE'], fact: 'A2.4: azurerm compares patch modes case-sensitively' },
  { values: { patch_assessment_mode: null }, refused: [], fact: 'an unset assessment mode is ImageDefault' },
  { values: { patch_assessment_mode: 'Always' }, refused: ['WIN-ENUM-VALUE'], fact: 'patch_assessment_mode is AutomaticByPlatform or ImageDefault' },
  { values: { reboot_setting: null }, refused: [], fact: 'reboot_setting is optional' },
  { values: { reboot_setting: 'never' }, refused: ['WIN-ENUM-VALUE'], fact: 'reboot_setting is Always, IfRequired or Never, exact case' },
  // VM agent, extensions, updates, safety checks
  { values: { provision_vm_agent: false }, refused: ['WIN-HOTPATCH-VM-AGENT', 'WIN-PLATFORM-PATCH-VM-AGENT', 'WIN-ASSESSMENT-VM-AGENT', 'WIN-EXTENSIONS-VM-AGENT'], fact: 'A2.4: hotpatch, platform patching and assessment and extensions need the VM agent' },
  { values: { provision_vm_agent: null }, refused: [], fact: 'azurerm provisions the VM agent when provision_vm_agent is null' },
  { values: { allow_extension_operations: null, provision_vm_agent: false }, refused: ['WIN-HOTPATCH-VM-AGENT', 'WIN-PLATFORM-PATCH-VM-AGENT', 'WIN-ASSESSMENT-VM-AGENT', 'WIN-EXTENSIONS-VM-AGENT'], fact: 'azurerm allows extension operations when null, which needs the VM agent' },
  { values: { automatic_updates: false }, refused: ['WIN-PATCH-MODE-UPDATES'], fact: 'AutomaticByPlatform needs automatic updates on' },
  { values: { automatic_updates: null }, refused: [], fact: 'azurerm turns automatic updates on when null' },
  { values: { hotpatch: null }, refused: [], fact: 'hotpatching_enabled null is false' },
  { values: { bypass_safety_checks: true }, refused: ['WIN-HOTPATCH-BYPASS'], fact: 'Azure refuses hotpatch with the platform safety checks bypassed' },
  { values: { bypass_safety_checks: null }, refused: [], fact: 'bypass null is false' },
  { values: { bypass_safety_checks: true, hotpatch: false, image_sku: '2022-datacenter-azure-edition', patch_mode: 'AutomaticByOS', reboot_setting: null }, refused: ['WIN-BYPASS-PATCH-MODE'], fact: 'A2.4: bypassing the safety checks needs AutomaticByPlatform' },
  // sizes and trusted launch
  { values: { size: 'Standard_M8ms' }, refused: ['WIN-TRUSTED-LAUNCH-SIZE'], fact: 'D2: the M family does not run trusted launch yet' },
  { values: { size: 'Standard_M8ms', secure_boot: null, vtpm: null }, refused: [], fact: 'D2: secure boot and vTPM null are off: no trusted launch' },
  { values: { size: 'Standard_NV6ads_A10_v5' }, refused: [], fact: 'D2: NVadsA10_v5 runs trusted launch' },
  { values: { size: 'Standard_D2_v3' }, refused: ['WIN-GEN2-SIZE'], fact: 'C3: Dv3 boots generation 1 only' },
  { values: { size: 'Standard_D2ps_v5' }, refused: ['WIN-TRUSTED-LAUNCH-SIZE', 'WIN-ARM64-SIZE'], fact: 'D2: Dpsv5 does not run trusted launch yet, and is Arm64' },
  { values: { size: null }, refused: ['WIN-GEN2-SIZE', 'WIN-TRUSTED-LAUNCH-SIZE', 'WIN-ARM64-SIZE'], requiredNull: true, fact: 'size is required' },
  // names
  { values: { computer_name: 'web-' }, refused: ['WIN-COMPUTER-NAME'], fact: 'C1: no trailing dash' },
  { values: { computer_name: '12345' }, refused: ['WIN-COMPUTER-NAME'], fact: 'C1: not only digits' },
  { values: { computer_name: null }, refused: [], fact: 'C1: a null computer_name falls back to the VM name, which fits' },
  { values: { admin_username: 'admin' }, refused: ['WIN-ADMIN-USERNAME'], fact: 'C1: admin is a reserved name' },
  { values: { admin_username: null }, refused: ['WIN-ADMIN-USERNAME'], requiredNull: true, fact: 'admin_username is required' },
  // licence, identity, placement, interfaces
  { values: { license_type: 'windows_server' }, refused: ['WIN-LICENSE-TYPE'], fact: 'azurerm compares license_type case-sensitively' },
  { values: { license_type: null }, refused: [], fact: 'license_type is optional' },
  { values: { identity_type: 'systemassigned' }, refused: ['WIN-IDENTITY'], fact: 'identity.type is one of three exact values' },
  { values: { identity_type: null }, refused: [], requiredNull: true, fact: 'identity.type is required in the identity block' },
  { values: { availability_set_id: AVAILABILITY_SET }, refused: ['WIN-PLACEMENT'], fact: 'availability_set_id conflicts with zone' },
  { values: { availability_set_id: AVAILABILITY_SET, zone: null }, refused: [], fact: 'D1: a null zone is unset: no conflict' },
  { values: { availability_set_id: null, zone: null }, refused: [], fact: 'D1: both null, as a module writes them by default' },
  { values: { nic_ids: [] }, refused: ['WSAE-NETWORK-INTERFACES'], fact: 'network_interface_ids needs at least one' },
  { values: { nic_ids: null }, refused: ['WSAE-NETWORK-INTERFACES'], requiredNull: true, fact: 'network_interface_ids is required' },
  // Key Vault
  { values: { vault_enabled_for_deployment: false }, refused: ['WIN-SECRET-VAULT-DEPLOYMENT'], fact: 'C5: a vault that installs certificates is enabled for deployment' },
  { values: { vault_enabled_for_deployment: null }, refused: ['WIN-SECRET-VAULT-DEPLOYMENT'], fact: 'C5: enabled_for_deployment null is false' },
  // Azure Local
  { values: { hci_computer_name: '12345' }, refused: ['HCI-COMPUTER-NAME'], fact: 'C1: a Windows guest name is not only digits' },
  { values: { hci_computer_name: 'a-name-longer-than-15' }, refused: ['HCI-COMPUTER-NAME'], fact: 'C1: at most 15 characters' },
  { values: { hci_computer_name: null }, refused: [], fact: 'azapi drops a null property: the computer name is the VM name' },
  { values: { hci_secure_boot: false }, refused: ['HCI-TL-SECURE-BOOT'], fact: 'B3: trusted launch needs secure boot' },
  { values: { hci_secure_boot: null }, refused: ['HCI-TL-SECURE-BOOT'], fact: 'B3: secureBootEnabled unset is false in the API' },
  { values: { hci_vtpm: false }, refused: ['HCI-TL-VTPM'], fact: 'B3: trusted launch needs the vTPM' },
  { values: { hci_vtpm: null }, refused: ['HCI-TL-VTPM'], fact: 'B3: enableTPM unset is false in the API' },
  { values: { hci_security_type: 'Standard' }, refused: ['HCI-TL-SECURITY-TYPE'], fact: 'B3: the construct builds trusted launch VMs' },
  { values: { hci_security_type: null }, refused: ['HCI-TL-SECURITY-TYPE'], fact: 'B3: an unset security type is not trusted launch' },
  { values: { hci_guest_attestation: true }, refused: ['HCI-BOOT-INTEGRITY'], fact: 'B3: guest boot integrity verification is not available' },
  { values: { hci_guest_attestation: null }, refused: [], fact: 'guest attestation null is off' },
  { values: { hci_hyperv_generation: 'V1' }, refused: ['HCI-IMAGE-GEN2'], fact: 'B3: trusted launch images are generation 2' },
  { values: { hci_hyperv_generation: null }, refused: ['HCI-IMAGE-GEN2'], fact: 'B3: an image of unknown generation is not known to be generation 2' },
];

/** The stack: one Azure Edition VM, one Key Vault certificate, one Azure Local VM, every input a variable. */
function synthesizedStack(): Record<string, any> {
  const app = new App();
  const stack = new TerraformStack(app, 'preconditions');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const v = (name: string) => new TerraformVariable(stack, name, { type: VARIABLES[name].type, nullable: true });
  const s = (name: string) => v(name).stringValue;
  const b = (name: string) => v(name).booleanValue as unknown as boolean;
  const vault = new KeyVault(stack, 'kv', { name: 'kv-plan', location: 'westeurope', resourceGroupName: 'rg', tenantId: '00000000-0000-0000-0000-000000000000', skuName: 'standard', enabledForDeployment: v('vault_enabled_for_deployment').booleanValue });
  const password = new TerraformVariable(stack, 'admin_password', { type: 'string', sensitive: true }).stringValue;
  const vm = new WindowsServerAzureEditionVm(stack, 'vm', {
    name: 'wsae-plan-01',
    resourceGroupName: 'rg',
    location: 'westeurope',
    computerName: s('computer_name'),
    size: s('size'),
    image: WindowsServerAzureEditionImage.fromSku(s('image_sku')),
    patchMode: s('patch_mode'),
    patchAssessmentMode: s('patch_assessment_mode'),
    rebootSetting: s('reboot_setting'),
    provisionVmAgent: b('provision_vm_agent'),
    allowExtensionOperations: b('allow_extension_operations'),
    automaticUpdates: b('automatic_updates'),
    hotpatch: b('hotpatch'),
    bypassPlatformSafetyChecksOnUserSchedule: b('bypass_safety_checks'),
    secureBoot: b('secure_boot'),
    vtpm: b('vtpm'),
    adminUsername: s('admin_username'),
    adminPassword: password,
    licenseType: s('license_type'),
    identity: { type: s('identity_type') },
    availabilitySetId: s('availability_set_id'),
    zone: s('zone'),
    networkInterfaceIds: v('nic_ids').listValue,
  } as any);
  vm.addKeyVaultCertificate(vault.id, 'https://kv-plan.vault.azure.net/secrets/smb/0123456789abcdef0123456789abcdef');
  new AzureLocalTrustedLaunchVm(stack, 'hci-vm', {
    name: 'tl-plan-01',
    computerName: s('hci_computer_name'),
    resourceGroupName: 'rg',
    location: 'westeurope',
    customLocationId: `${ARM}/Microsoft.ExtendedLocation/customLocations/cl`,
    image: AzureLocalVmImage.fromExistingMarketplaceImage(`${ARM}/Microsoft.AzureStackHCI/marketplaceGalleryImages/win11`, { ...SEED_23H2_IMAGES[0], hypervGeneration: s('hci_hyperv_generation') as 'V2' }),
    logicalNetworkId: `${ARM}/Microsoft.AzureStackHCI/logicalNetworks/lnet`,
    adminUsername: 'localadmin',
    adminPassword: password,
    securityType: s('hci_security_type'),
    secureBoot: b('hci_secure_boot'),
    vtpm: b('hci_vtpm'),
    guestAttestation: b('hci_guest_attestation'),
  } as any);
  return JSON.parse(Testing.synth(stack));
}

/** What Terraform said of one row's plan. */
interface Planned {
  readonly dir: string;
  readonly status: string;
  readonly diagnostics: readonly { severity: string; summary: string; detail: string }[];
}

const EVALUATION_ERRORS = /must not be null|Invalid function argument|Operation failed|Invalid operand|Unsuitable value|Invalid condition result|Error in function call/;

(hasTerraform ? describe : describe.skip)('preconditions planned by Terraform with valid, invalid and null values', () => {
  let results: Map<string, Planned>;

  beforeAll(() => {
    const base = synthesizedStack();
    const root = mkdtempSync(join(process.env.AZG_TEST_TMP ?? tmpdir(), 'plan-tables-'));
    const dirs = ROWS.map((row, i) => {
      const dir = join(root, `row-${String(i).padStart(2, '0')}`);
      mkdirSync(dir);
      const doc = structuredClone(base);
      // each row's values as the variables' defaults: a null default is a null value, as a module's optional input
      for (const [name, spec] of Object.entries(VARIABLES)) doc.variable[name].default = name in row.values ? row.values[name] : spec.valid;
      doc.variable.admin_password.default = null;
      delete doc.variable.admin_password.sensitive;
      writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
      return dir;
    });
    // tf-plan exits 1 when a stack is refused, which most rows are: 2 and above are usage or internal errors
    const run = spawnSync(TF_PLAN, ['--json', ...dirs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ORACLE_REQUIRE_TERRAFORM: '1' } });
    if (run.status !== 0 && run.status !== 1) throw new Error(`tf-plan exited ${run.status}: ${run.stderr}`);
    results = new Map((JSON.parse(run.stdout) as Planned[]).map((p) => [resolve(p.dir), p]));
    for (const [i, dir] of dirs.entries()) (ROWS[i] as { dir?: string }).dir = resolve(dir);
  }, 1_200_000);

  test.each(ROWS.map((row) => [row.fact, row] as const))('%s', (_fact, row) => {
    const planned = results.get((row as { dir?: string }).dir!);
    expect(planned).toBeDefined();
    const errors = planned!.diagnostics.filter((d) => d.severity === 'error');
    // every precondition evaluates: no null reaches a function or an operator
    expect(errors.filter((d) => EVALUATION_ERRORS.test(`${d.summary} ${d.detail}`)).map((d) => `${d.summary}: ${d.detail}`)).toEqual([]);
    const refused = [...new Set(errors.map((d) => /^\[([A-Z0-9-]+)\]/.exec(d.detail ?? '')?.[1]).filter((id): id is string => id !== undefined))].sort();
    const others = errors.filter((d) => !/^\[[A-Z0-9-]+\]/.test(d.detail ?? ''));
    if (row.requiredNull) {
      // Terraform may refuse the missing argument before it evaluates the preconditions; any it evaluates refuses
      expect(planned!.status).toBe('failed');
      expect(refused.filter((id) => !row.refused.includes(id))).toEqual([]);
    } else {
      expect(refused).toEqual([...row.refused].sort());
      expect(others.map((d) => `${d.summary}: ${d.detail}`)).toEqual([]);
      expect(planned!.status).toBe(row.refused.length === 0 ? 'planned' : 'failed');
    }
  });
});
