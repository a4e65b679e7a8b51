import { scaleSetFacts, windowsVmFacts } from '../../constructs/checker/extract';
import { TfResource } from '../../constructs/checker/terraform-config';

const resource = (type: string, values: Record<string, unknown>): TfResource => ({ file: 'main.tf', address: `${type}.r`, type, name: 'r', values });

// The defaults the checker assumes for unset attributes, from the resources' schemas in azurerm
// (internal/services/compute/windows_virtual_machine_resource.go and the scale set resources: patch_mode AutomaticByOS,
// patch_assessment_mode ImageDefault, hotpatching off; the VM agent, extensions and automatic updates on; secure boot
// and vTPM off): a changed default changes verdicts, so each one is pinned here.
describe('the provider defaults the checker assumes', () => {
  test('azurerm_windows_virtual_machine', () => {
    expect(windowsVmFacts(resource('azurerm_windows_virtual_machine', {}))).toMatchObject({
      patchMode: 'AutomaticByOS',
      patchAssessmentMode: 'ImageDefault',
      hotpatchingEnabled: false,
      bypassPlatformSafetyChecks: false,
      provisionVmAgent: true,
      allowExtensionOperations: true,
      automaticUpdatesEnabled: true,
      secureBootEnabled: false,
      vtpmEnabled: false,
      computerNameAttribute: 'name',
    });
  });

  test('azurerm_orchestrated_virtual_machine_scale_set (Flexible): the Windows settings under os_profile.windows_configuration', () => {
    const facts = scaleSetFacts(resource('azurerm_orchestrated_virtual_machine_scale_set', { os_profile: [{ windows_configuration: [{}] }] }));
    expect(facts).toMatchObject({
      orchestration: 'Flexible',
      patchMode: 'AutomaticByOS',
      patchAssessmentMode: 'ImageDefault',
      hotpatchingEnabled: false,
      provisionVmAgent: true,
      allowExtensionOperations: true,
      automaticUpdatesEnabled: true,
      secureBootEnabled: false,
      vtpmEnabled: false,
    });
  });

  test('azurerm_windows_virtual_machine_scale_set (Uniform): no patch mode attribute, so the patch rules do not apply', () => {
    const facts = scaleSetFacts(resource('azurerm_windows_virtual_machine_scale_set', {}));
    expect(facts).toMatchObject({ orchestration: 'Uniform', hotpatchingEnabled: false, provisionVmAgent: true, automaticUpdatesEnabled: true, secureBootEnabled: false, vtpmEnabled: false });
    expect(String((facts.patchMode as { expression?: unknown }).constructor.name)).toBe('Unknown');
  });

  test('a value that is set wins over the default, in either azurerm major\'s name', () => {
    expect(windowsVmFacts(resource('azurerm_windows_virtual_machine', { patch_mode: 'Manual', enable_automatic_updates: false, secure_boot_enabled: true })))
      .toMatchObject({ patchMode: 'Manual', automaticUpdatesEnabled: false, secureBootEnabled: true });
  });
});
