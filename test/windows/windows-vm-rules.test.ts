import { Unknown, WINDOWS_VM_RULES, WindowsVmFacts, AZURE_EDITION_VM_RULES, AzureEditionVmFacts } from '../../constructs/rules';
import { computerNameProblems } from '../../constructs/windows/computer-name';
import { preconditions, notChecked } from '../../constructs/core/rule';
import { evaluateWellFormed as evaluate } from '../support/finding-contract';
import { NON_NULL_STRING_EXPRESSIONS as STRING_EXPRESSIONS } from '../rules/string-expressions';

const T = (name: string) => new Unknown(`var.${name}`);
/** A string with interpolations, as the checker reads it from a configuration. */
const X = (template: string) => new Unknown(template);
const VALID: WindowsVmFacts = {
  imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core' },
  imageGeneration: 'V2',
  size: 'Standard_D2s_v5',
  computerName: 'vm01',
  adminPassword: 'expression',
  patchMode: 'AutomaticByPlatform',
  patchAssessmentMode: 'AutomaticByPlatform',
  hotpatchingEnabled: true,
  bypassPlatformSafetyChecks: false,
  provisionVmAgent: true,
  allowExtensionOperations: true,
  automaticUpdatesEnabled: true,
  secureBootEnabled: true,
  vtpmEnabled: true,
};
const DESKTOP = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition' };

const run = (change: Partial<WindowsVmFacts>) => evaluate(WINDOWS_VM_RULES, { ...VALID, ...change }, 'p');
const ids = (change: Partial<WindowsVmFacts>) => run(change).map((v) => v.ruleId);
const pre = (change: Partial<WindowsVmFacts>) => Object.fromEntries(preconditions(WINDOWS_VM_RULES, { ...VALID, ...change }, STRING_EXPRESSIONS).map((p) => [p.errorMessage.slice(1, p.errorMessage.indexOf(']')), p.condition]));

describe('Windows VM rules on facts', () => {
  test('valid facts pass every rule and need no precondition', () => {
    expect(run({})).toEqual([]);
    expect(pre({})).toEqual({});
  });

  test.each<[string, Partial<WindowsVmFacts>, string[]]>([
    ['hotpatch on the desktop image', { imageReference: DESKTOP }, ['WIN-HOTPATCH-IMAGE']],
    ['hotpatch with a wrong publisher', { imageReference: { ...VALID.imageReference!, publisher: 'microsoftwindowsserver' } }, ['WIN-HOTPATCH-IMAGE']],
    ['hotpatch with a wrong offer and an unknown sku', { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'windowsserver', sku: T('sku') } }, ['WIN-HOTPATCH-IMAGE']],
    ['hotpatch with an unknown publisher and a desktop sku', { imageReference: { ...DESKTOP, publisher: T('publisher') } }, ['WIN-HOTPATCH-IMAGE']],
    ['hotpatch with an unknown publisher and a hotpatch sku', { imageReference: { ...VALID.imageReference!, publisher: T('publisher') } }, []],
    ['hotpatch with an unknown offer and a hotpatch sku', { imageReference: { ...VALID.imageReference!, offer: T('offer') } }, []],
    ['hotpatch off on the desktop image', { imageReference: DESKTOP, hotpatchingEnabled: false }, []],
    ['hotpatch on a custom image', { imageReference: undefined, imageId: '/images/x' }, ['WIN-HOTPATCH-CUSTOM-IMAGE', 'WIN-PLATFORM-PATCH-CUSTOM-IMAGE']],
    // an image id known only at apply may resolve to null: a precondition, never a refusal
    ['hotpatch on an image id known at apply', { imageReference: undefined, imageId: T('id') }, []],
    ['a custom image patched by OS', { imageReference: undefined, imageId: '/images/x', hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, []],
    ['trusted launch on an M size', { size: 'Standard_M416ms_v2' }, ['WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on a constrained M size', { size: 'Standard_M8-2ms' }, ['WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on a confidential DC size', { size: 'Standard_DC4ads_v5' }, ['WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on a confidential EC size', { size: 'standard_ec2es_v5' }, ['WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on an original NV size', { size: 'Standard_NV12' }, ['WIN-GEN2-SIZE', 'WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on later GPU series (NVadsA10_v5, NCv3, NCasT4_v3)', { size: 'Standard_NV6ads_A10_v5' }, []],
    ['trusted launch on NCv3', { size: 'Standard_NC6s_v3' }, []],
    ['trusted launch on NCasT4_v3', { size: 'Standard_NC4as_T4_v3' }, []],
    ['trusted launch on NDasrA100_v4', { size: 'Standard_ND96asr_v4' }, ['WIN-TRUSTED-LAUNCH-SIZE']],
    ['an M size without trusted launch', { size: 'Standard_M8ms', secureBootEnabled: false, vtpmEnabled: false }, []],
    ['an SGX DC size with trusted launch', { size: 'Standard_DC2s_v3' }, []],
    ['an Arm64 size for an x64 Windows Server image', { size: 'Standard_D2ps_v5', secureBootEnabled: false, vtpmEnabled: false }, ['WIN-ARM64-SIZE']],
    ['an Arm64 Dpdsv5 size with trusted launch', { size: 'Standard_D4pds_v5' }, ['WIN-TRUSTED-LAUNCH-SIZE', 'WIN-ARM64-SIZE']],
    ['an Arm64 Epdsv5 size with trusted launch: the page does not list it', { size: 'Standard_E4pds_v5' }, ['WIN-ARM64-SIZE']],
    ['an Arm64 v6 size with trusted launch: supported, only the x64 image is wrong', { size: 'Standard_D2ps_v6' }, ['WIN-ARM64-SIZE']],
    ['an Arm64 size for another publisher', { size: 'Standard_D2pls_v5', secureBootEnabled: false, vtpmEnabled: false, imageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server-arm64' }, hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, []],
    ['an isolated Ev3 size (generation 1)', { size: 'Standard_E64i_v3' }, ['WIN-GEN2-SIZE']],
    ['an NC v1 size (generation 1, no trusted launch)', { size: 'Standard_NC6' }, ['WIN-GEN2-SIZE', 'WIN-TRUSTED-LAUNCH-SIZE']],
    ['trusted launch on a generation 1 image', { imageReference: { ...DESKTOP, sku: '2019-Datacenter' }, imageGeneration: 'V1', hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, ['WIN-TRUSTED-LAUNCH-GEN1-IMAGE']],
    ['a generation 1 image without trusted launch', { imageReference: { ...DESKTOP, sku: '2019-Datacenter' }, imageGeneration: 'V1', hotpatchingEnabled: false, patchMode: 'AutomaticByOS', secureBootEnabled: false, vtpmEnabled: false }, []],
    ['a reserved admin name', { adminUsername: 'administrator' }, ['WIN-ADMIN-USERNAME']],
    ['a reserved admin name in another case', { adminUsername: 'Administrator' }, []],
    ['an admin name of 21 characters', { adminUsername: 'abcdefghijklmnopqrstu' }, ['WIN-ADMIN-USERNAME']],
    ['an admin name of 20 characters', { adminUsername: 'abcdefghijklmnopqrst' }, []],
    ['an admin name of 11 characters but 22 bytes', { adminUsername: 'äöüäöüäöüäö' }, ['WIN-ADMIN-USERNAME']],
    ['an admin name with a trailing dot', { adminUsername: 'ops.' }, ['WIN-ADMIN-USERNAME']],
    ['a blank admin name', { adminUsername: '  ' }, ['WIN-ADMIN-USERNAME']],
    ['an admin name known at apply', { adminUsername: T('u') }, []],
    ['a scale set prefix of 9 ending with a dash', { computerName: 'web-srv0-', computerNameKind: 'prefix' }, []],
    ['a scale set prefix of 10', { computerName: 'web-srv-01', computerNameKind: 'prefix' }, ['WIN-COMPUTER-NAME']],
    ['a full name ending with a dash', { computerName: 'web-srv0-' }, ['WIN-COMPUTER-NAME']],
    ['an interpolated name whose literal part is too long', { computerName: X('${var.env}-fileserver-0001') }, ['WIN-COMPUTER-NAME']],
    ['an interpolated name with an underscore', { computerName: X('${var.env}_web') }, ['WIN-COMPUTER-NAME']],
    ['an interpolated name ending with a dash', { computerName: X('web-${var.n}-') }, ['WIN-COMPUTER-NAME']],
    ['an interpolated name that may fit', { computerName: X('${var.env}-web-${var.n}') }, []],
    ['an interpolated prefix whose literal part is too long', { computerName: X('${var.env}webservers'), computerNameKind: 'prefix' }, ['WIN-COMPUTER-NAME']],
    ['a name with a template directive is left to terraform', { computerName: X('%{ if var.a }aaaaaaaaaaaaaaaaaaaa%{ endif }') }, []],
    ['hotpatch image with AutomaticByOS and hotpatch off', { hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, ['WIN-HOTPATCH-IMAGE-PATCH-MODE']],
    ['hotpatch image with Manual', { patchMode: 'Manual', automaticUpdatesEnabled: false }, ['WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE']],
    ['desktop image with hotpatch and AutomaticByOS', { imageReference: DESKTOP, patchMode: 'AutomaticByOS' }, ['WIN-HOTPATCH-IMAGE', 'WIN-HOTPATCH-PATCH-MODE']],
    ['no agent', { provisionVmAgent: false, allowExtensionOperations: false, patchAssessmentMode: 'ImageDefault' }, ['WIN-HOTPATCH-VM-AGENT', 'WIN-PLATFORM-PATCH-VM-AGENT']],
    ['bypass while hotpatching', { bypassPlatformSafetyChecks: true }, ['WIN-HOTPATCH-BYPASS']],
    ['updates off under AutomaticByPlatform', { automaticUpdatesEnabled: false }, ['WIN-PATCH-MODE-UPDATES']],
    ['updates off under AutomaticByOS', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', automaticUpdatesEnabled: false }, ['WIN-PATCH-MODE-UPDATES']],
    ['updates on under Manual', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual', automaticUpdatesEnabled: true }, ['WIN-PATCH-MODE-UPDATES']],
    ['updates off under Manual', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual', automaticUpdatesEnabled: false }, []],
    ['assessment without agent', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', provisionVmAgent: false, allowExtensionOperations: false }, ['WIN-ASSESSMENT-VM-AGENT']],
    ['reboot setting outside platform patching', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', rebootSetting: 'Never' }, ['WIN-REBOOT-SETTING-PATCH-MODE']],
    // a reboot setting known only at apply may resolve to null (unset): a precondition, never a refusal
    ['unknown reboot setting outside platform patching', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', rebootSetting: T('r') }, []],
    ['a confidential VM on a DC size with vTPM and secure boot', { size: 'Standard_DC2as_v5', securityEncryptionType: 'DiskWithVMGuestState' }, []],
    ['a confidential VM with secure boot off and VMGuestStateOnly', { size: 'Standard_DC2as_v5', securityEncryptionType: 'VMGuestStateOnly', secureBootEnabled: false }, []],
    ['fails a confidential VM with the vTPM off', { size: 'Standard_EC4ads_v5', securityEncryptionType: 'VMGuestStateOnly', vtpmEnabled: false }, ['WIN-CONFIDENTIAL-VM-SECURITY']],
    ['fails a confidential VM with DiskWithVMGuestState and secure boot off', { size: 'Standard_DC2as_v5', securityEncryptionType: 'DiskWithVMGuestState', secureBootEnabled: false }, ['WIN-CONFIDENTIAL-VM-SECURITY']],
    ['fails a confidential VM on a size that is not confidential', { size: 'Standard_D2as_v5', securityEncryptionType: 'VMGuestStateOnly' }, ['WIN-CONFIDENTIAL-VM-SIZE']],
    ['reboot setting under platform patching', { rebootSetting: 'IfRequired' }, []],
    ['bypass outside platform patching', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', bypassPlatformSafetyChecks: true }, ['WIN-BYPASS-PATCH-MODE']],
    ['extensions without agent', { imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual', automaticUpdatesEnabled: false, patchAssessmentMode: 'ImageDefault', provisionVmAgent: false }, ['WIN-EXTENSIONS-VM-AGENT']],
    ['gen1 size with a gen2 image', { size: 'Standard_D2_v3', secureBootEnabled: false, vtpmEnabled: false }, ['WIN-GEN2-SIZE']],
    ['gen1 size with secure boot only', { size: 'Standard_D2_v3', imageGeneration: undefined, vtpmEnabled: false }, ['WIN-GEN2-SIZE']],
    ['gen1 size with vTPM only', { size: 'Standard_D2_v3', imageGeneration: undefined, secureBootEnabled: false }, ['WIN-GEN2-SIZE']],
    ['gen1 size, gen1 image, no trusted launch', { size: 'Standard_D2_v3', imageGeneration: undefined, secureBootEnabled: false, vtpmEnabled: false }, []],
    ['long computer name', { computerName: 'a234567890123456' }, ['WIN-COMPUTER-NAME']],
    ['15-character computer name', { computerName: 'a23456789012345' }, []],
    ['literal password', { adminPassword: 'literal' }, ['WIN-ADMIN-PASSWORD-LITERAL']],
    ['absent password', { adminPassword: 'absent' }, []],
    ['mis-cased reboot setting', { rebootSetting: 'never' }, ['WIN-ENUM-VALUE']],
    ['non-string patch mode', { patchMode: 3 as unknown as string }, ['WIN-ENUM-VALUE', 'WIN-HOTPATCH-IMAGE-PATCH-MODE', 'WIN-HOTPATCH-PATCH-MODE']],
  ])('%s', (_name, change, expected) => expect(ids(change)).toEqual(expected));

  test('messages show the value, the allowed values and the fix', () => {
    const [v] = run({ imageReference: { ...DESKTOP, sku: '2022-Datacenter-Azure-Edition-Core' } });
    expect(v.message).toBe("hotpatch is enabled but image 'MicrosoftWindowsServer:WindowsServer:2022-Datacenter-Azure-Edition-Core' is not a hotpatch-capable image (did you mean '2022-datacenter-azure-edition-core'? SKUs are compared case-sensitively)");
    expect(v.value).toBe("'MicrosoftWindowsServer:WindowsServer:2022-Datacenter-Azure-Edition-Core'");
    expect(v.fix).toBe('use one of the allowed images (exact case), or set hotpatching_enabled = false');
    expect(v.constructFix).toMatch(/^use a hotpatch image \(WindowsServerAzureEditionImage\.DATACENTER_2022_CORE, .*WindowsServerAzureEditionImage\.DATACENTER_2025_CORE_SMALLDISK\), or set hotpatch: false$/);
    expect(run({ imageReference: { publisher: 'x', offer: 'WindowsServer', sku: T('sku') } })[0].message).toBe("hotpatch is enabled but image 'x:WindowsServer:(unknown)' is not a hotpatch-capable image");
    expect(run({ imageReference: { ...VALID.imageReference!, publisher: 'Microsoft' } })[0].message).toBe("hotpatch is enabled but image 'Microsoft:WindowsServer:2022-datacenter-azure-edition-core' is not a hotpatch-capable image");
    const custom = run({ imageReference: undefined, imageId: '/img' })[0];
    expect([custom.message, custom.attribute, custom.value]).toEqual(["hotpatch is enabled on a custom image '/img'", 'source_image_id', "'/img'"]);
    const updates = run({ automaticUpdatesEnabled: false })[0];
    expect([updates.message, updates.allowed, updates.fix, updates.attribute]).toEqual(["patch mode 'AutomaticByPlatform' requires automatic updates on, but they are off (false)", ['true'], 'set automatic_updates_enabled = true, or patch_mode = "Manual"', 'automatic_updates_enabled']);
    expect(updates.constructFix).toBe("set automaticUpdates: true, or patchMode: 'Manual'");
    const manual = run({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual' })[0];
    expect([manual.message, manual.allowed, manual.fix]).toEqual(["patch mode 'Manual' requires automatic updates off, but they are on (true)", ['false'], 'set automatic_updates_enabled = false, or patch_mode = "AutomaticByPlatform"']);
    const gen2 = run({ size: 'Standard_A2_v2', imageGeneration: undefined })[0];
    expect([gen2.message, gen2.value]).toEqual(["size 'Standard_A2_v2' (Av2 family) cannot boot a generation 2 trusted launch VM", "'Standard_A2_v2'"]);
    const name = run({ computerName: '1234' })[0];
    expect([name.message, name.attribute, name.value]).toEqual(["computer name '1234' is invalid: it is only digits", 'computer_name', "'1234'"]);
    expect(run({ computerName: '1234567890123456' })[0].message).toBe("computer name '1234567890123456' is invalid: it has 16 characters (1 to 15 allowed), it is only digits");
    expect(run({ size: 'Standard_A2_v2', imageGeneration: 'V2', secureBootEnabled: false, vtpmEnabled: false })[0].message).toBe("size 'Standard_A2_v2' (Av2 family) cannot boot a generation 2 image");
    expect([computerNameProblems(''), computerNameProblems('1234567890123456'), computerNameProblems('web 01_a_\u0007'), computerNameProblems('ünïcode-01')]).toEqual([
      ['it has 0 characters (1 to 15 allowed)'],
      ['it has 16 characters (1 to 15 allowed)', 'it is only digits'],
      ['it contains " " "_" "\\u0007"'],
      ['it contains "ü" "ï"'],
    ]);
    expect(run({ computerName: X('${var.env}-fileserver-0001') })[0]).toMatchObject({ attribute: 'computer_name', message: "computer name '${var.env}-fileserver-0001' is invalid: its literal parts alone have 16 characters (at most 15 allowed)" });
    expect(run({ computerName: 'webservers', computerNameKind: 'prefix', computerNameAttribute: 'name' })[0]).toMatchObject({
      attribute: 'name',
      message: "name 'webservers' (used as the computer name prefix, since it is not set) is invalid: it has 10 characters (1 to 9 allowed)",
      fix: 'use 1 to 9 ASCII letters, digits or dashes, not only digits; or set the computer name prefix explicitly',
    });
    const arm = run({ size: 'Standard_D2ps_v5', secureBootEnabled: false, vtpmEnabled: false })[0];
    expect([arm.ruleId, arm.message, arm.fix]).toEqual(['WIN-ARM64-SIZE', "size 'Standard_D2ps_v5' is an Arm64 size, but image '2022-datacenter-azure-edition-core' of MicrosoftWindowsServer is x64", "choose an x64 size, such as 'Standard_D2s_v5'"]);
    const tl = run({ size: 'Standard_M8ms' })[0];
    expect([tl.ruleId, tl.message]).toEqual(['WIN-TRUSTED-LAUNCH-SIZE', "size 'Standard_M8ms' (M) cannot run trusted launch, which secure boot or vTPM turns on"]);
    const gen1 = run({ imageReference: { ...DESKTOP, sku: '2019-Datacenter' }, imageGeneration: 'V1', hotpatchingEnabled: false, patchMode: 'AutomaticByOS', secureBootEnabled: false })[0];
    expect([gen1.ruleId, gen1.attribute, gen1.message]).toEqual(['WIN-TRUSTED-LAUNCH-GEN1-IMAGE', 'vtpm_enabled', "secure boot or vTPM is on, but image '2019-Datacenter' is generation 1"]);
    const user = run({ adminUsername: 'root' })[0];
    expect([user.ruleId, user.attribute, user.message]).toEqual(['WIN-ADMIN-USERNAME', 'admin_username', "admin user name 'root' is invalid: it is a reserved name"]);
    const enums = run({ patchAssessmentMode: 'x', rebootSetting: 7 as unknown as string }).filter((v) => v.ruleId === 'WIN-ENUM-VALUE');
    expect(enums.map((e) => [e.attribute, e.message, e.allowed])).toEqual([
      ['patch_assessment_mode', "patch assessment mode 'x' is not a valid value", ['AutomaticByPlatform', 'ImageDefault']],
      ['reboot_setting', 'reboot setting must be a string, got 7', ['Always', 'IfRequired', 'Never']],
    ]);
    for (const v of [...run({ provisionVmAgent: false, bypassPlatformSafetyChecks: true, rebootSetting: 'Always', patchMode: 'AutomaticByOS', patchAssessmentMode: 'AutomaticByPlatform' })]) {
      expect(v.message).toMatch(/^[a-z]/);
      expect(v.fix.length).toBeGreaterThan(15);
    }
  });

  test('unknown inputs are never errors', () => {
    expect(ids({ patchMode: T('pm'), provisionVmAgent: T('a'), automaticUpdatesEnabled: T('u'), size: T('s'), computerName: T('c'), hotpatchingEnabled: T('h'), bypassPlatformSafetyChecks: T('b'), patchAssessmentMode: T('am') })).toEqual([]);
    expect(ids({ imageReference: { publisher: T('p'), offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core' } })).toEqual([]);
  });

  test('undecided conditions become preconditions with the rule id', () => {
    expect(pre({ patchMode: T('pm') })).toEqual({
      'WIN-ENUM-VALUE': 'contains([AutomaticByOS,AutomaticByPlatform,Manual], var.pm)',
      'WIN-HOTPATCH-IMAGE-PATCH-MODE': 'var.pm == AutomaticByPlatform',
      'WIN-HOTPATCH-PATCH-MODE': 'var.pm == AutomaticByPlatform',
      // automatic updates are on, so only Manual is excluded
      'WIN-PATCH-MODE-UPDATES': '!(var.pm == Manual)',
    });
    // a hotpatch image: whether hotpatch is on does not matter to the image rule
    expect(pre({ hotpatchingEnabled: T('h') })['WIN-HOTPATCH-IMAGE']).toBeUndefined();
    expect(pre({ hotpatchingEnabled: T('h'), imageReference: DESKTOP })['WIN-HOTPATCH-IMAGE']).toBe('!(var.h == true)');
    expect(pre({ provisionVmAgent: T('a') })['WIN-HOTPATCH-VM-AGENT']).toBe('!(var.a == false)');
    expect(pre({ bypassPlatformSafetyChecks: T('b') })['WIN-HOTPATCH-BYPASS']).toBe('!(var.b == true)');
    expect(pre({ automaticUpdatesEnabled: T('u') })['WIN-PATCH-MODE-UPDATES']).toBe('!(var.u == false)');
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual', automaticUpdatesEnabled: T('u') })['WIN-PATCH-MODE-UPDATES']).toBe('!(var.u == true)');
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', rebootSetting: 'Always' })).toEqual({});
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: T('pm'), rebootSetting: 'Always' })['WIN-REBOOT-SETTING-PATCH-MODE']).toBe('var.pm == AutomaticByPlatform');
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: T('pm'), bypassPlatformSafetyChecks: true })['WIN-BYPASS-PATCH-MODE']).toBe('var.pm == AutomaticByPlatform');
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', patchAssessmentMode: T('am') })['WIN-ASSESSMENT-VM-AGENT']).toBeUndefined();
    expect(pre({ imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', provisionVmAgent: T('a') })['WIN-ASSESSMENT-VM-AGENT']).toBe('(!(var.a == false))'.slice(1, -1));
    expect(pre({ allowExtensionOperations: T('e'), provisionVmAgent: false, imageReference: DESKTOP, hotpatchingEnabled: false, patchMode: 'Manual', automaticUpdatesEnabled: false, patchAssessmentMode: 'ImageDefault' })['WIN-EXTENSIONS-VM-AGENT']).toBe('!(var.e == true)');
    expect(pre({ size: T('s') })['WIN-GEN2-SIZE']).toBe('!(((((re((?i)^(basic_a\\d+|standard_a\\d+)$, var.s) || re((?i)^standard_a\\d+m?_v2$, var.s)) || re((?i)^standard_d\\d+i?(_v2)?(_promo)?$, var.s)) || re((?i)^standard_[de]\\d+i?_v3$, var.s)) || re((?i)^standard_(nc\\d+r?|nv\\d+|np\\d+s)$, var.s)))');
    expect(pre({ adminUsername: T('u') })['WIN-ADMIN-USERNAME']).toBe('(((bytes(var.u) <= 20 && !(re(\\.$, var.u))) && !(re(^\\s*$, var.u))) && !(contains([administrator,admin,user,user1,test,user2,test1,user3,admin1,1,123,a,actuser,adm,admin2,aspnet,backup,console,david,guest,john,owner,root,server,sql,support,support_388945a0,sys,test2,test3,user4,user5], var.u)))');
    expect(pre({ size: T('s'), imageGeneration: undefined, secureBootEnabled: false, vtpmEnabled: false })['WIN-GEN2-SIZE']).toBeUndefined();
    expect(pre({ computerName: T('c') })['WIN-COMPUTER-NAME']).toBe('(re(^[a-zA-Z0-9-]{0,14}[a-zA-Z0-9]$, var.c) && !(re(^[0-9]+$, var.c)))');
    expect(pre({ computerName: T('c'), computerNameKind: 'prefix' })['WIN-COMPUTER-NAME']).toBe('(re(^[a-zA-Z0-9-]{1,9}$, var.c) && !(re(^[0-9]+$, var.c)))');
    expect(pre({ imageReference: { ...VALID.imageReference!, sku: T('sku') } })).toEqual({
      'WIN-HOTPATCH-IMAGE': 'contains([2022-datacenter-azure-edition-core,2022-datacenter-azure-edition-core-smalldisk,2022-datacenter-azure-edition-hotpatch,2022-datacenter-azure-edition-hotpatch-smalldisk,2025-datacenter-azure-edition,2025-datacenter-azure-edition-smalldisk,2025-datacenter-azure-edition-core,2025-datacenter-azure-edition-core-smalldisk], var.sku)',
    });
  });
});

describe('Azure Edition rules on facts', () => {
  const AE: AzureEditionVmFacts = { ...VALID, automanage: false, networkInterfaceCount: 1 };
  const aeIds = (c: Partial<AzureEditionVmFacts>) => evaluate(AZURE_EDITION_VM_RULES, { ...AE, ...c }, 'p').map((v) => `${v.ruleId}${v.severity === 'warning' ? '!' : ''}`);
  test.each<[Partial<AzureEditionVmFacts>, string[]]>([
    [{}, []],
    [{ automanage: true }, ['WSAE-AUTOMANAGE-RETIREMENT!']],
    [{ networkInterfaceCount: 0 }, ['WSAE-NETWORK-INTERFACES']],
    [{ networkInterfaceCount: T('n') }, []],
    [{ imageReference: { publisher: 'MicrosoftWindowsDesktop', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition' }, hotpatchingEnabled: false }, ['WSAE-IMAGE']],
    // Azure compares publisher, offer and SKU without case: a mis-cased one is a warning, not a refusal
    [{ imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'windowsserver', sku: '2022-datacenter-azure-edition' }, hotpatchingEnabled: false }, ['WSAE-IMAGE-CASE!']],
    [{ imageReference: { publisher: 'microsoftwindowsserver', offer: 'WindowsServer', sku: '2022-DATACENTER-AZURE-EDITION-CORE' }, hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, ['WSAE-IMAGE-CASE!', 'WSAE-IMAGE-CASE!']],
    [{ imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-Datacenter-Azure-Edition-Core' }, hotpatchingEnabled: true }, ['WSAE-IMAGE-CASE!', 'WIN-HOTPATCH-IMAGE']],
    [{ imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'windows-server', sku: '2022-datacenter-azure-edition' }, hotpatchingEnabled: false }, ['WSAE-IMAGE']],
    [{ imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter' }, hotpatchingEnabled: false }, ['WSAE-IMAGE']],
    [{ imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: T('s') }, hotpatchingEnabled: false }, []],
    [{ imageReference: undefined, imageId: '/img', hotpatchingEnabled: false }, ['WIN-PLATFORM-PATCH-CUSTOM-IMAGE!']],
    [{ imageReference: undefined, imageId: '/img', hotpatchingEnabled: false, patchMode: 'AutomaticByOS' }, []],
  ])('%p → %p', (c, expected) => expect(aeIds(c)).toEqual(expected));

  test('messages', () => {
    const vs = evaluate(AZURE_EDITION_VM_RULES, { ...AE, hotpatchingEnabled: false, imageReference: { publisher: 'p', offer: 'o', sku: '2022-datacenter-azure' } }, 'p').filter((v) => v.ruleId === 'WSAE-IMAGE');
    expect(vs.map((v) => [v.attribute, v.message, v.allowed?.length, v.fix])).toEqual([
      ['source_image_reference.publisher', "publisher 'p' is not the Azure Edition publisher", 1, "use 'MicrosoftWindowsServer'"],
      ['source_image_reference.offer', "offer 'o' is not the Azure Edition offer", 1, "use 'WindowsServer'"],
      ['source_image_reference.sku', "sku '2022-datacenter-azure' is not a Windows Server Azure Edition sku", 10, 'use a WindowsServerAzureEditionImage constant (such as WindowsServerAzureEditionImage.DATACENTER_2025_CORE) or one of the allowed skus'],
    ]);
    const [cased] = evaluate(AZURE_EDITION_VM_RULES, { ...AE, hotpatchingEnabled: false, patchMode: 'AutomaticByOS', imageReference: { ...VALID.imageReference!, sku: '2022-DATACENTER-AZURE-EDITION' } }, 'p');
    expect([cased.ruleId, cased.attribute, cased.message, cased.allowed, cased.fix]).toEqual([
      'WSAE-IMAGE-CASE',
      'source_image_reference.sku',
      "sku '2022-DATACENTER-AZURE-EDITION' is spelled '2022-datacenter-azure-edition' in the Marketplace; Azure accepts it, but azurerm's hotpatch checks compare exactly",
      ['2022-datacenter-azure-edition'],
      "write '2022-datacenter-azure-edition'",
    ]);
    const casedNames = evaluate(AZURE_EDITION_VM_RULES, { ...AE, hotpatchingEnabled: false, imageReference: { publisher: 'MICROSOFTWINDOWSSERVER', offer: 'windowsServer', sku: '2022-datacenter-azure-edition' } }, 'p');
    expect(casedNames.map((v) => [v.attribute, v.message, v.fix])).toEqual([
      ['source_image_reference.publisher', "publisher 'MICROSOFTWINDOWSSERVER' is spelled 'MicrosoftWindowsServer' in the Marketplace; Azure accepts it, but azurerm's hotpatch checks compare exactly", "write 'MicrosoftWindowsServer'"],
      ['source_image_reference.offer', "offer 'windowsServer' is spelled 'WindowsServer' in the Marketplace; Azure accepts it, but azurerm's hotpatch checks compare exactly", "write 'WindowsServer'"],
    ]);
    expect(preconditions(AZURE_EDITION_VM_RULES, { ...AE, hotpatchingEnabled: false, imageReference: { publisher: T('p'), offer: 'WindowsServer', sku: '2022-datacenter-azure-edition' } }, STRING_EXPRESSIONS).find((p) => p.errorMessage.startsWith('[WSAE-IMAGE]'))?.condition).toBe('re((?i)^MicrosoftWindowsServer$, var.p)');
    const [plain] = evaluate(AZURE_EDITION_VM_RULES, { ...AE, hotpatchingEnabled: false, imageReference: { ...DESKTOP, sku: '2022-datacenter' } }, 'p');
    expect(plain.message).toBe("sku '2022-datacenter' is not a Windows Server Azure Edition sku");
    const [nic] = evaluate(AZURE_EDITION_VM_RULES, { ...AE, networkInterfaceCount: 0 }, 'p');
    expect([nic.message, nic.attribute, nic.value]).toEqual(['no network interface id is given (0)', 'network_interface_ids', '0']);
    const [retire] = evaluate(AZURE_EDITION_VM_RULES, { ...AE, automanage: true }, 'p');
    expect(retire.message).toBe('Automanage Best Practices retires on 2027-09-30; new configuration profiles fail after that date');
    expect(preconditions(AZURE_EDITION_VM_RULES, { ...AE, networkInterfaceCount: T('n') }, STRING_EXPRESSIONS).map((p) => p.condition)).toEqual(['len(var.n) >= 1']);
    expect(notChecked(AZURE_EDITION_VM_RULES, { ...AE, size: T('s') }, 'p')).toEqual([]);
  });
});
