import { TerraformStack, Testing, TerraformVariable } from 'cdktf';
import { onlyViolation, refusedWith } from '../../support/refusals';
import { ValidationError, Violation, WindowsServerAzureEditionImage, WindowsServerAzureEditionVm } from '../../../constructs';
import { baseProps, newStack } from '../../support/base-props';
import { warningsOf } from '../../support/annotations';
import { PLANTED_LITERAL_PASSWORD } from '../../support/build-vm';
import { resourcesOfType } from '../../support/terraform-json';

/** Builds a VM with overrides (untyped, as a JavaScript user could). */
const build = (overrides: Record<string, unknown>) => (stack: TerraformStack) => new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), ...overrides } as any);
const violations = (overrides: Record<string, unknown>): Violation[] => refusedWith(build(overrides));
const only = (overrides: Record<string, unknown>, ruleId: string): Violation => onlyViolation(build(overrides), ruleId);

const DESKTOP_2022 = WindowsServerAzureEditionImage.DATACENTER_2022;

describe('rule messages', () => {
  test('a mis-cased Azure Edition sku with hotpatch off is kept, with a warning naming the exact one (Azure compares without case)', () => {
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.fromSku('2022-Datacenter-Azure-Edition-Core'), hotpatch: false });
    expect(warningsOf(vm)).toEqual([
      expect.stringMatching(/^\[WSAE-IMAGE-CASE\] sku '2022-Datacenter-Azure-Edition-Core' is spelled '2022-datacenter-azure-edition-core' in the Marketplace; .*fix: write '2022-datacenter-azure-edition-core'/),
    ]);
    expect(resourcesOfType(JSON.parse(Testing.synth(stack)), 'azurerm_windows_virtual_machine')[0].source_image_reference.sku).toBe('2022-Datacenter-Azure-Edition-Core');
    // azurerm's hotpatch list is exact: hotpatch on a mis-cased sku is refused, naming the image constants to use
    const v = only({ image: WindowsServerAzureEditionImage.fromSku('2022-Datacenter-Azure-Edition-Core'), hotpatch: true }, 'WIN-HOTPATCH-IMAGE');
    expect(v.message).toContain("(did you mean '2022-datacenter-azure-edition-core'? SKUs are compared case-sensitively)");
    expect(v.fix).toContain('WindowsServerAzureEditionImage.DATACENTER_2022_CORE, WindowsServerAzureEditionImage.DATACENTER_2022_CORE_SMALLDISK');
  });

  test('WSAE-IMAGE refuses another publisher and offer', () => {
    const found = violations({ image: WindowsServerAzureEditionImage.fromMarketplace({ publisher: 'MicrosoftWindowsDesktop', offer: 'windows-11', sku: 'win11-22h2-avd' }), hotpatch: false });
    expect(found.filter((v) => v.ruleId === 'WSAE-IMAGE').map((v) => v.attribute)).toEqual([
      'source_image_reference.publisher',
      'source_image_reference.offer',
      'source_image_reference.sku',
    ]);
  });

  test('WIN-HOTPATCH-IMAGE lists the 8 hotpatch images and the value given', () => {
    const v = only({ image: DESKTOP_2022, hotpatch: true }, 'WIN-HOTPATCH-IMAGE');
    expect(v.message).toBe("hotpatch is enabled but image 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition' is not a hotpatch-capable image");
    expect(v.allowed).toHaveLength(8);
    expect(v.allowed).toContain('MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-hotpatch');
  });

  test('WIN-HOTPATCH-CUSTOM-IMAGE refuses hotpatch on a custom image id', () => {
    const v = only({ image: WindowsServerAzureEditionImage.fromImageId('/subscriptions/x/images/golden'), hotpatch: true, patchMode: 'AutomaticByPlatform' }, 'WIN-HOTPATCH-CUSTOM-IMAGE');
    expect(v.message).toContain("custom image '/subscriptions/x/images/golden'");
  });

  test('WIN-HOTPATCH-IMAGE-PATCH-MODE refuses AutomaticByOS on a hotpatch image even with hotpatch off', () => {
    const v = only({ hotpatch: false, patchMode: 'AutomaticByOS' }, 'WIN-HOTPATCH-IMAGE-PATCH-MODE');
    expect(v.message).toContain("patch mode 'AutomaticByOS' is refused");
    expect(v.allowed).toEqual(['AutomaticByPlatform']);
  });

  test('WIN-HOTPATCH-PATCH-MODE and WIN-HOTPATCH-IMAGE-PATCH-MODE are reported together', () => {
    const ids = violations({ hotpatch: true, patchMode: 'Manual', automaticUpdates: false }).map((v) => v.ruleId);
    expect(ids).toEqual(['WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE']);
  });

  test('WIN-HOTPATCH-PATCH-MODE names the patch mode and the fix', () => {
    const stack = newStack();
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' }).stringValue;
    let error: ValidationError | undefined;
    try {
      new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.fromSku(sku), hotpatch: true, patchMode: 'AutomaticByOS' } as any);
      Testing.synth(stack);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.ruleIds).toEqual(['WIN-HOTPATCH-PATCH-MODE']);
    expect(error?.violations[0].message).toBe("hotpatch is enabled but patch mode is 'AutomaticByOS'");
    expect(error?.violations[0].fix).toBe("set patchMode: 'AutomaticByPlatform', or hotpatch: false");
  });

  test('WSAE-NETWORK-INTERFACES refuses an empty interface list', () => {
    expect(only({ networkInterfaceIds: [] }, 'WSAE-NETWORK-INTERFACES').message).toBe('no network interface id is given (0)');
  });

  test('WIN-HOTPATCH-VM-AGENT, WIN-PLATFORM-PATCH-VM-AGENT and WIN-EXTENSIONS-VM-AGENT name the agent', () => {
    const found = violations({ provisionVmAgent: false, allowExtensionOperations: true });
    expect(found.map((v) => v.ruleId)).toEqual(['WIN-HOTPATCH-VM-AGENT', 'WIN-PLATFORM-PATCH-VM-AGENT', 'WIN-EXTENSIONS-VM-AGENT']);
    expect(found[0].message).toBe('hotpatch is enabled but the VM agent is not provisioned (false)');
    expect(found[2].message).toContain('extension operations are allowed (true)');
  });

  test('WIN-HOTPATCH-BYPASS refuses bypassing platform safety checks while hotpatching', () => {
    const v = only({ bypassPlatformSafetyChecksOnUserSchedule: true }, 'WIN-HOTPATCH-BYPASS');
    expect(v.attribute).toBe('bypass_platform_safety_checks_on_user_schedule_enabled');
    expect(v.allowed).toEqual(['false']);
  });

  test('WIN-PATCH-MODE-UPDATES: AutomaticByPlatform needs automatic updates on', () => {
    const v = only({ automaticUpdates: false }, 'WIN-PATCH-MODE-UPDATES');
    expect(v.message).toBe("patch mode 'AutomaticByPlatform' requires automatic updates on, but they are off (false)");
  });

  test('WIN-PATCH-MODE-UPDATES: Manual needs automatic updates off', () => {
    const v = only({ image: DESKTOP_2022, patchMode: 'Manual' }, 'WIN-PATCH-MODE-UPDATES');
    expect(v.message).toContain("patch mode 'Manual' requires automatic updates off");
  });

  test('WIN-PATCH-MODE-UPDATES: AutomaticByOS needs automatic updates on', () => {
    only({ image: DESKTOP_2022, patchMode: 'AutomaticByOS', automaticUpdates: false }, 'WIN-PATCH-MODE-UPDATES');
  });

  test('WIN-ASSESSMENT-VM-AGENT refuses platform assessment without the agent', () => {
    const found = violations({ image: DESKTOP_2022, patchMode: 'AutomaticByOS', provisionVmAgent: false, patchAssessmentMode: 'AutomaticByPlatform' });
    expect(found.map((v) => v.ruleId)).toEqual(['WIN-ASSESSMENT-VM-AGENT']);
    expect(found[0].message).toContain("patch assessment mode is 'AutomaticByPlatform'");
  });

  test('WIN-REBOOT-SETTING-PATCH-MODE refuses a reboot setting outside platform patching', () => {
    const v = only({ image: DESKTOP_2022, patchMode: 'AutomaticByOS', rebootSetting: 'Always' }, 'WIN-REBOOT-SETTING-PATCH-MODE');
    expect(v.message).toBe("a reboot setting ('Always') is given but patch mode is 'AutomaticByOS'");
  });

  test('WIN-BYPASS-PATCH-MODE refuses the bypass outside platform patching', () => {
    const v = only({ image: DESKTOP_2022, patchMode: 'AutomaticByOS', bypassPlatformSafetyChecksOnUserSchedule: true }, 'WIN-BYPASS-PATCH-MODE');
    expect(v.message).toContain("patch mode is 'AutomaticByOS'");
  });

  test('WIN-GEN2-SIZE names the size and its family', () => {
    const v = only({ size: 'Standard_D2_v3' }, 'WIN-GEN2-SIZE');
    expect(v.message).toBe("size 'Standard_D2_v3' (Dv3 and Ev3 without premium storage family) cannot boot a generation 2 image");
  });

  test('WIN-COMPUTER-NAME explains every problem of the name', () => {
    const v = only({ name: 'file_server.00001' }, 'WIN-COMPUTER-NAME');
    expect(v.message).toBe('name \'file_server.00001\' (used as the computer name, since it is not set) is invalid: it has 17 characters (1 to 15 allowed), it contains "_" "."');
    expect(v.attribute).toBe('name');
    expect(v.fix).toBe('use 1 to 15 ASCII letters, digits or dashes, not only digits, not ending with a dash; or set the computer name explicitly');
  });

  test('WIN-COMPUTER-NAME refuses a trailing dash and a letter outside ASCII, as azurerm does', () => {
    expect(only({ computerName: 'web-' }, 'WIN-COMPUTER-NAME').message).toBe("computer name 'web-' is invalid: it ends with a dash");
    expect(only({ computerName: 'wéb01' }, 'WIN-COMPUTER-NAME').message).toBe('computer name \'wéb01\' is invalid: it contains "é"');
  });

  test('WIN-COMPUTER-NAME refuses an interpolated name whose literal part alone is too long, and keeps a precondition for one that may fit', () => {
    const stack = newStack();
    const props = baseProps(stack);
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' }).stringValue;
    const other = newStack();
    new WindowsServerAzureEditionVm(other, 'long', { ...baseProps(other), computerName: `${new TerraformVariable(other, 'prefix', { type: 'string' }).stringValue}-fileserver-0001` });
    expect(() => Testing.synth(other)).toThrow(/\[WIN-COMPUTER-NAME\].*its literal parts alone have 16 characters \(at most 15 allowed\)/);
    new WindowsServerAzureEditionVm(stack, 'short', { ...props, computerName: `${prefix}-web01` });
    // the precondition joins the parts: no template inside a function call, no cdktf warning about escape sequences
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const vm = resourcesOfType(JSON.parse(Testing.synth(stack)), 'azurerm_windows_virtual_machine')[0];
      expect(vm.lifecycle.precondition.find((p: any) => p.error_message.startsWith('[WIN-COMPUTER-NAME]')).condition).toBe(
        '${(can(regex("^[a-zA-Z0-9-]{0,14}[a-zA-Z0-9]$", join("", [var.prefix, "-web01"]))) && !can(regex("^[0-9]+$", join("", [var.prefix, "-web01"]))))}',
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('WIN-ADMIN-USERNAME refuses the names azurerm refuses, exact case, and accepts the others', () => {
    expect(only({ adminUsername: 'admin' }, 'WIN-ADMIN-USERNAME').message).toBe("admin user name 'admin' is invalid: it is a reserved name");
    expect(only({ adminUsername: 'ops.' }, 'WIN-ADMIN-USERNAME').message).toBe("admin user name 'ops.' is invalid: it ends with a dot");
    expect(only({ adminUsername: 'a-name-of-21-letters!' }, 'WIN-ADMIN-USERNAME').message).toBe("admin user name 'a-name-of-21-letters!' is invalid: it has 21 characters (at most 20)");
    const stack = newStack();
    expect(() => new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), adminUsername: 'Admin' })).not.toThrow();
  });

  test('a custom image patches by OS by default, and platform patching asked of it is a warning', () => {
    const image = WindowsServerAzureEditionImage.fromImageId('/subscriptions/x/images/golden');
    const build = (patchMode?: 'AutomaticByPlatform') => {
      const stack = newStack();
      const { hotpatch: _hotpatch, ...props } = baseProps(stack);
      const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...props, image, ...(patchMode ? { patchMode } : {}) });
      return { vm, patchMode: resourcesOfType(JSON.parse(Testing.synth(stack)), 'azurerm_windows_virtual_machine')[0].patch_mode };
    };
    const byDefault = build();
    const asked = build('AutomaticByPlatform');
    expect([byDefault.patchMode, asked.patchMode]).toEqual(['AutomaticByOS', 'AutomaticByPlatform']);
    const warnings = (c: WindowsServerAzureEditionVm) => warningsOf(c);
    expect(warnings(byDefault.vm)).toEqual([]);
    expect(warnings(asked.vm)).toEqual([expect.stringMatching(/^\[WIN-PLATFORM-PATCH-CUSTOM-IMAGE\] .*platform patching supports Marketplace images only/)]);
  });

  test('WIN-COMPUTER-NAME refuses a name of digits only', () => {
    expect(only({ computerName: '123456' }, 'WIN-COMPUTER-NAME').message).toContain('it is only digits');
  });

  test('WIN-ADMIN-PASSWORD-LITERAL refuses a literal and never shows it', () => {
    const stack = newStack();
    let error: ValidationError | undefined;
    try {
      new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), adminPassword: PLANTED_LITERAL_PASSWORD });
      Testing.synth(stack);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.ruleIds).toEqual(['WIN-ADMIN-PASSWORD-LITERAL']);
    expect(error?.message).toContain('the admin password is a literal string (value hidden)');
    expect(error?.message).not.toContain(PLANTED_LITERAL_PASSWORD);
    expect(JSON.stringify(error?.violations)).not.toContain(PLANTED_LITERAL_PASSWORD);
  });

  test('WIN-ENUM-VALUE names the attribute, the value and the allowed values', () => {
    const found = violations({ image: DESKTOP_2022, patchMode: 'automaticbyplatform', patchAssessmentMode: 'imagedefault' }).filter((v) => v.ruleId === 'WIN-ENUM-VALUE');
    expect(found.map((v) => v.message)).toEqual(["patch mode 'automaticbyplatform' is not a valid value", "patch assessment mode 'imagedefault' is not a valid value"]);
    expect(found[0].allowed).toEqual(['AutomaticByOS', 'AutomaticByPlatform', 'Manual']);
  });

  test('fails with every violation of the construct in one error, each line with id, path, fix and source', () => {
    const stack = newStack();
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), size: 'Basic_A1', name: 'a-very-long-computer-name', bypassPlatformSafetyChecksOnUserSchedule: true } as any);
    expect(() => Testing.synth(stack)).toThrow(
      /^3 invalid settings in test\/vm:\n {2}\[WIN-HOTPATCH-BYPASS\] hotpatch .*; fix: .*; source: .*\n {2}\[WIN-GEN2-SIZE\] size .*\n {2}\[WIN-COMPUTER-NAME\] name /,
    );
  });
});

describe('warnings and tokens', () => {
  test('WSAE-AUTOMANAGE-RETIREMENT is a warning, not an error', () => {
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), automanage: { configuration: { name: 'bp' } } });
    const warnings = warningsOf(vm);
    expect(warnings).toHaveLength(1);
    // cdktf prints an annotation with its construct path: the text does not repeat it
    expect(warnings[0]).toContain('[WSAE-AUTOMANAGE-RETIREMENT] Automanage Best Practices retires on 2027-09-30');
  });

  const preconditionsOf = (stack: any) => {
    const vm = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_windows_virtual_machine)[0] as any;
    return Object.fromEntries((vm.lifecycle?.precondition ?? []).map((p: any) => [/^\[([A-Z0-9-]+)\]/.exec(p.error_message)![1], p.condition]));
  };

  test('a sku known only at apply becomes preconditions: an Azure Edition sku, and a hotpatch sku when hotpatch is on', () => {
    const stack = newStack();
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' }).stringValue;
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.fromSku(sku), hotpatch: true });
    const p = preconditionsOf(stack);
    expect(Object.keys(p).sort()).toEqual(['WIN-HOTPATCH-IMAGE', 'WSAE-IMAGE']);
    expect(p['WIN-HOTPATCH-IMAGE']).toBe(
      '${tobool((var.sku == null) ? false : contains(["2022-datacenter-azure-edition-core", "2022-datacenter-azure-edition-core-smalldisk", "2022-datacenter-azure-edition-hotpatch", "2022-datacenter-azure-edition-hotpatch-smalldisk", "2025-datacenter-azure-edition", "2025-datacenter-azure-edition-smalldisk", "2025-datacenter-azure-edition-core", "2025-datacenter-azure-edition-core-smalldisk"], var.sku))}',
    );
  });

  test('a patch mode known only at apply becomes preconditions on its values and on what it requires', () => {
    const stack = newStack();
    const patchMode = new TerraformVariable(stack, 'patch_mode', { type: 'string' }).stringValue;
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2022, patchMode, automaticUpdates: false } as any);
    const p = preconditionsOf(stack);
    expect(p['WIN-ENUM-VALUE']).toBe('${tobool((var.patch_mode == null) ? true : contains(["AutomaticByOS", "AutomaticByPlatform", "Manual"], var.patch_mode))}');
    // automatic updates are off, so only Manual is possible
    expect(p['WIN-PATCH-MODE-UPDATES']).toBe('${!(tobool((var.patch_mode == null) ? false : (var.patch_mode == "AutomaticByPlatform")) || tobool((var.patch_mode == null) ? true : (var.patch_mode == "AutomaticByOS")))}');
  });

  test('booleans known only at apply become preconditions too', () => {
    const stack = newStack();
    const agent = new TerraformVariable(stack, 'agent', { type: 'bool' }).booleanValue;
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), provisionVmAgent: agent, allowExtensionOperations: false } as any);
    const p = preconditionsOf(stack);
    expect(p['WIN-HOTPATCH-VM-AGENT']).toBe('${!tobool((var.agent == null) ? false : !var.agent)}');
    expect(p['WIN-PLATFORM-PATCH-VM-AGENT']).toBe('${!tobool((var.agent == null) ? false : !var.agent)}');
  });

  test('a computer name known only at apply becomes a precondition with the same rule as a pattern', () => {
    const stack = newStack();
    const computerName = new TerraformVariable(stack, 'computer_name', { type: 'string' }).stringValue;
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), computerName });
    expect(preconditionsOf(stack)['WIN-COMPUTER-NAME']).toBe('${(tobool((var.computer_name == null) ? true : can(regex("^[a-zA-Z0-9-]{0,14}[a-zA-Z0-9]$", var.computer_name))) && !tobool((var.computer_name == null) ? false : can(regex("^[0-9]+$", var.computer_name))))}');
  });

  test('a rule Terraform cannot express is a warning when its input is known only at apply', () => {
    const { SmbOverQuic, SmbOverQuicCertificate } = require('../../../constructs');
    const stack = newStack();
    const vm = new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), image: WindowsServerAzureEditionImage.DATACENTER_2025 });
    const names = new TerraformVariable(stack, 'names', { type: 'list(string)' }).listValue;
    const quic = new SmbOverQuic(stack, 'quic', { vm, serverNames: names, certificate: SmbOverQuicCertificate.create({ keyVaultId: 'kv', name: 'c' }), networkSecurityGroup: { name: 'nsg', resourceGroupName: 'rg' }, allowedSourceAddressPrefixes: ['Internet'] });
    const warnings = warningsOf(quic);
    expect(warnings.filter((w: string) => w.startsWith('[SMBQ-SERVER-NAMES]'))).toEqual([expect.stringContaining('could not be checked at synth: serverNames is known only at apply')]);
    const run = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_virtual_machine_run_command)[0] as any;
    expect(run.parameter[1]).toEqual({ name: 'ServerNames', value: '${join(",", var.names)}' });
  });
});

describe('configurations Azure applies synthesize (no false refusal)', () => {
  const synthesizes = (overrides: Record<string, unknown>) => {
    const stack = newStack();
    build(overrides)(stack);
    return JSON.parse(Testing.synth(stack));
  };
  const preconditionIds = (json: any) => (Object.values(json.resource.azurerm_windows_virtual_machine)[0] as any).lifecycle?.precondition?.map((p: any) => /^\[([A-Z0-9-]+)\]/.exec(p.error_message)![1]) ?? [];

  test('trusted launch on the later GPU series the trusted launch page supports (NVadsA10_v5, NCv3, NCasT4_v3)', () => {
    for (const size of ['Standard_NV6ads_A10_v5', 'Standard_NC6s_v3', 'Standard_NC4as_T4_v3']) expect(() => synthesizes({ size })).not.toThrow();
  });

  test('fails trusted launch on a series the page lists as not supported, and an x64 image on an Arm64 size', () => {
    expect(only({ size: 'Standard_ND96asr_v4' }, 'WIN-TRUSTED-LAUNCH-SIZE').message).toBe("size 'Standard_ND96asr_v4' (NDasrA100_v4 and NDm_A100_v4) cannot run trusted launch, which secure boot or vTPM turns on");
    expect(violations({ size: 'Standard_D2ps_v6' }).map((v) => v.ruleId)).toEqual(['WIN-ARM64-SIZE']);
  });

  test('a data disk at LUN 63, and an Ultra Disk copied from a snapshot', () => {
    expect(() => synthesizes({ size: 'Standard_D16s_v5', dataDisks: [{ name: 'data', lun: 63, sizeGb: 64 }] })).not.toThrow();
    const json = synthesizes({ zone: '1', dataDisks: [{ name: 'ultra', lun: 0, sizeGb: 64, storageAccountType: 'UltraSSD_LRS', sourceResourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/snapshots/ultra-snap' }] });
    expect((Object.values(json.resource.azurerm_managed_disk)[0] as any).create_option).toBe('Copy');
  });

  test('fails a data disk at LUN 64, which Azure refuses', () => {
    expect(only({ size: 'Standard_D16s_v5', dataDisks: [{ name: 'data', lun: 64, sizeGb: 64 }] }, 'WIN-DATA-DISK-LUN').message).toBe("data disk 'data' has LUN 64, not a whole number from 0 to 63");
  });

  test('an availability set and a zone from variables that may be null: a precondition that both are not set, not a refusal', () => {
    const stack = newStack();
    const availabilitySetId = new TerraformVariable(stack, 'availability_set_id', { type: 'string', nullable: true }).stringValue;
    const zone = new TerraformVariable(stack, 'zone', { type: 'string', nullable: true }).stringValue;
    new WindowsServerAzureEditionVm(stack, 'vm', { ...baseProps(stack), availabilitySetId, zone } as any);
    const json = JSON.parse(Testing.synth(stack));
    expect(preconditionIds(json)).toContain('WIN-PLACEMENT');
    const placement = (Object.values(json.resource.azurerm_windows_virtual_machine)[0] as any).lifecycle.precondition.find((p: any) => p.error_message.startsWith('[WIN-PLACEMENT]'));
    expect(placement.condition).toBe('${(tobool((var.availability_set_id == null) ? true : false) || tobool((var.zone == null) ? true : false))}');
  });

  test('fails an availability set with a zone, both written', () => {
    expect(only({ availabilitySetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/availabilitySets/as', zone: '1' }, 'WIN-PLACEMENT').message).toBe('availability_set_id and zone are both set, which azurerm refuses together');
  });
});
