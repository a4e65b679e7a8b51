import { App, TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { SmbOverQuic } from 'azure-guardrails-cdktf';
import { everyConstruct } from '../support/every-construct';

const TAGS = { env: 'prod', owner: 'platform' };
/** Resources whose provider argument takes tags but whose Azure type has none: tagging them would fail at apply. */
const NOT_TAGGABLE_IN_AZURE: Record<string, string> = {
  // an extension resource of the Arc machine, which carries the tags
  'Microsoft.AzureStackHCI/virtualMachineInstances': 'the VM instance',
};

/** Every construct of the library, each given the tags, in one stack. */
function taggedStack(): { stack: TerraformStack; constructs: IConstruct[] } {
  const stack = new TerraformStack(new App(), 'tags');
  return { stack, constructs: everyConstruct(stack, { resourceGroupName: 'rg', location: 'westeurope', tags: TAGS }) };
}

/** The taggable children of the constructs whose tags are not exactly the constructs' tags, and the types checked. */
function untagged(constructs: IConstruct[], json: any): { missing: string[]; checked: string[] } {
  const checked = new Set<string>();
  const missing: string[] = [];
  for (const c of constructs) {
    for (const r of c.node.findAll() as any[]) {
      const block = json.resource?.[r.terraformResourceType]?.[r.friendlyUniqueId];
      // data sources and elements that are not resources
      if (typeof r.terraformResourceType !== 'string' || block === undefined) continue;
      const azureType = String(block.type ?? '').split('@')[0];
      if (!('tags' in r) || azureType in NOT_TAGGABLE_IN_AZURE) continue;
      checked.add(r.terraformResourceType);
      if (JSON.stringify(block.tags) !== JSON.stringify(TAGS)) missing.push(`${r.node.path} (${r.terraformResourceType})`);
    }
  }
  return { missing, checked: [...checked].sort() };
}

describe('tags', () => {
  test("every resource a construct creates whose Azure type takes tags carries the construct's tags", () => {
    const { stack, constructs } = taggedStack();
    const { missing, checked } = untagged(constructs, JSON.parse(Testing.synth(stack)));
    expect(missing).toEqual([]);
    // what was checked: the taggable children of every construct
    expect(checked).toEqual([
      'azurerm_arc_machine',
      'azurerm_automanage_configuration',
      'azurerm_key_vault_certificate',
      'azurerm_managed_disk',
      'azurerm_network_interface',
      'azurerm_network_security_group',
      'azurerm_stack_hci_marketplace_gallery_image',
      'azurerm_stack_hci_network_interface',
      'azurerm_stack_hci_virtual_hard_disk',
      'azurerm_virtual_machine_run_command',
      'azurerm_windows_virtual_machine',
    ]);
  });

  test('fails on a child whose tags differ from the construct tags', () => {
    const { stack, constructs } = taggedStack();
    const quic = constructs[1] as SmbOverQuic;
    quic.resource.addOverride('tags.owner', 'someone-else');
    expect(untagged(constructs, JSON.parse(Testing.synth(stack))).missing).toEqual(['tags/quic/Resource (azurerm_virtual_machine_run_command)']);
  });
});
