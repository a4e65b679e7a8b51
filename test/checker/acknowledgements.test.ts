import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { hclAcknowledgements } from '../../constructs/checker/acknowledgements';
import { main } from '../../constructs/cli/azguard';

const RDP_RULE = (name: string) => `resource "azurerm_network_security_rule" "${name}" {
  name                        = "${name}"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
}
`;

async function check(hcl: string, ...flags: string[]): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'azguard-ack-'));
  writeFileSync(join(dir, 'main.tf'), hcl);
  let out = '';
  const code = await main(['check', ...flags, dir], { stdout: (s) => (out += s), stderr: (s) => (out += s), stdin: () => '' });
  return { code, out };
}

describe('acknowledgements in HCL comments', () => {
  test('a comment above or inside a resource block belongs to it, and to no other block', () => {
    const text = [
      '# azguard:acknowledge NET-RDP-FROM-INTERNET lab only, torn down nightly',
      'resource "azurerm_network_security_rule" "a" {',
      '  // azguard:acknowledge NET-SMB-FROM-INTERNET   legacy file share, closes in March  ',
      '  name = "a"',
      '}',
      '# azguard:acknowledge WIN-ADMIN-PASSWORD-LITERAL stays with the block below',
      '',
      'resource "azurerm_windows_virtual_machine" "b" {}',
      'locals {',
      '  # azguard:acknowledge NET-RDP-FROM-INTERNET not for any resource',
      '}',
      'resource "azurerm_network_security_rule" "c" {',
      '}',
    ].join('\n');
    const found = hclAcknowledgements(text);
    expect(Object.fromEntries([...found].map(([k, v]) => [k, v.map((a) => `${a.ruleId}: ${a.reason}`)]))).toEqual({
      'azurerm_network_security_rule.a': ['NET-RDP-FROM-INTERNET: lab only, torn down nightly', 'NET-SMB-FROM-INTERNET: legacy file share, closes in March'],
      'azurerm_windows_virtual_machine.b': ['WIN-ADMIN-PASSWORD-LITERAL: stays with the block below'],
    });
  });

  test('an acknowledged finding does not fail the check; --verbose, JSON and SARIF show it with its reason', async () => {
    const hcl = `# azguard:acknowledge NET-RDP-FROM-INTERNET break-glass access for the lab, ticket OPS-1234\n${RDP_RULE('lab')}${RDP_RULE('prod')}`;
    const text = await check(hcl);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^ERROR \S+main\.tf:15 azurerm_network_security_rule\.prod destination_port_range: \[NET-RDP-FROM-INTERNET\]/m);
    expect(text.out).not.toMatch(/azurerm_network_security_rule\.lab/);
    expect(text.out).toContain('1 errors, 0 warnings, 1 acknowledged (--verbose lists them)');
    expect((await check(hcl, '--verbose')).out).toMatch(/^ACKNOWLEDGED \S+main\.tf:2 azurerm_network_security_rule\.lab .*; reason: break-glass access for the lab, ticket OPS-1234 \(acknowledged on azurerm_network_security_rule\.lab\)$/m);
    const sarif = JSON.parse((await check(hcl, '--format', 'sarif')).out);
    expect(sarif.runs[0].results.map((r: any) => [r.locations[0].logicalLocations[0].fullyQualifiedName, r.suppressions?.[0]?.justification])).toEqual([
      ['azurerm_network_security_rule.lab', 'break-glass access for the lab, ticket OPS-1234'],
      ['azurerm_network_security_rule.prod', undefined],
    ]);
    // the rule's help says who refuses it
    expect(sarif.runs[0].tool.driver.rules[0].help.text).toContain('Refused by this library at synth: no inbound RDP (TCP 3389) from the Internet');
  });

  test('fails on an acknowledgement of an error Azure refuses, of an unknown rule or without a reason; warns on one that matches nothing', async () => {
    const hcl = [
      '# azguard:acknowledge WIN-HOTPATCH-IMAGE it works on my machine',
      '# azguard:acknowledge NET-RDP-FROM-INTERNET',
      '# azguard:acknowledge NET-RDP-FROM-THE-MOON a reason long enough',
      '# azguard:acknowledge NET-SMB-FROM-INTERNET no SMB rule here at all',
      RDP_RULE('lab'),
    ].join('\n');
    const json = JSON.parse((await check(hcl, '--format', 'json')).out);
    expect(json.findings.map((f: any) => `${f.severity} ${f.ruleId} ${f.attribute}: ${f.message}`)).toEqual([
      'error NET-RDP-FROM-INTERNET destination_port_range: the rule allows TCP 3389 (RDP) from the Internet (sources Internet)',
      'error AZG-ACKNOWLEDGEMENT acknowledgement WIN-HOTPATCH-IMAGE: ruleId: WIN-HOTPATCH-IMAGE cannot be acknowledged: hotpatch only on a hotpatch-capable image, and Azure or azurerm refuse the configuration at plan or apply, so an acknowledgement would only move the failure there',
      'error AZG-ACKNOWLEDGEMENT acknowledgement NET-RDP-FROM-INTERNET: reason: the acknowledgement of NET-RDP-FROM-INTERNET gives no reason; at least 10 characters are needed',
      "error AZG-ACKNOWLEDGEMENT acknowledgement NET-RDP-FROM-THE-MOON: ruleId: no rule has the id 'NET-RDP-FROM-THE-MOON'",
      'warning AZG-ACKNOWLEDGEMENT-UNUSED acknowledgement NET-SMB-FROM-INTERNET: ruleId: the acknowledgement of NET-SMB-FROM-INTERNET on azurerm_network_security_rule.lab matches no finding',
    ]);
    expect(json.summary).toMatchObject({ errors: 4, warnings: 1, acknowledged: 0 });
  });
});
