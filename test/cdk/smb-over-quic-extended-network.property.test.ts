import { test } from '@fast-check/jest';
import { ValidationError } from '../../constructs';
import { expectedXnetErrors, expectedXnetWarnings, XnetConfig } from '../model/extended-network-model';
import { expectedSmbErrors, expectedSmbWarnings, SERVER_AUTH, SmbConfig } from '../model/smb-model';
import { buildSmb, buildXnet, EXISTING_SECRET_ID, warningIds } from '../support/build-smb-xnet';
import { inboundVerdict, nsgRules, openToInternet } from '../support/nsg';
import { configureSeed, runs } from '../support/seed';
import { resourcesOfType } from '../support/terraform-json';
import { smbConfig, xnetConfig } from '../support/smb-xnet-arbitraries';

configureSeed('smb-xnet.property');

function checkSmb(json: any, c: SmbConfig): void {
  expect(openToInternet(json, 445)).toEqual([]);
  expect([inboundVerdict(json, 'Tcp', 445, 'Internet'), inboundVerdict(json, 'Tcp', 3389, 'Internet')]).toEqual(['Deny', 'Deny']);
  const [vm] = resourcesOfType(json, 'azurerm_windows_virtual_machine');
  const certificates = vm.secret.flatMap((s: any) => s.certificate);
  expect(certificates.every((x: any) => x.store === 'My')).toBe(true);
  const certs = resourcesOfType(json, 'azurerm_key_vault_certificate');
  if (c.certificate.kind === 'new') {
    expect(certs).toHaveLength(1);
    const x509 = certs[0].certificate_policy.x509_certificate_properties;
    expect(x509.extended_key_usage).toContain(SERVER_AUTH);
    expect(x509.key_usage).toContain('digitalSignature');
    expect(x509.subject_alternative_names.dns_names).toEqual(c.serverNames);
    const key = certs[0].certificate_policy.key_properties;
    if (key.key_type.startsWith('RSA')) expect(key.key_size).toBeGreaterThanOrEqual(2048);
    else expect(['P-256', 'P-384', 'P-521']).toContain(key.curve);
    expect(certificates[0].url).toMatch(/^\$\{azurerm_key_vault_certificate\..*\.secret_id\}$/);
  } else {
    expect(certs).toHaveLength(0);
    expect(certificates[0].url).toBe(EXISTING_SECRET_ID);
  }
  const inbound = nsgRules(json).filter((r) => r.direction === 'Inbound' && r.access === 'Allow');
  expect(inbound.map((r) => `${r.protocol}/${r.destination_port_range}`).sort()).toEqual(c.kdcProxy ? ['Tcp/443', 'Udp/443'] : ['Udp/443']);
  // a single source (a service tag included) in the singular field, several in the plural one
  for (const r of inbound) expect([r.source_address_prefix, r.source_address_prefixes]).toEqual(c.sources.length === 1 ? [c.sources[0], undefined] : [undefined, c.sources]);
  // a vault read by a data source is checked by terraform at plan: a precondition on the VM names its setting
  const preconditions = JSON.stringify(vm.lifecycle?.precondition ?? []);
  expect(preconditions.includes('data.azurerm_key_vault.kv.enabled_for_deployment')).toBe(c.vault === 'data');
  const [run] = resourcesOfType(json, 'azurerm_virtual_machine_run_command');
  expect(run.parameter[0]).toEqual({ name: 'Thumbprint', value: expect.stringMatching(/^\$\{/) });
  expect(run.parameter[1]).toEqual({ name: 'ServerNames', value: c.serverNames.join(',') });
  for (const n of c.serverNames) expect(run.source.script).not.toContain(n);
  expect(run.source.script).not.toContain('admin_password');
  expect(run.source.script).not.toContain('${');
}

function checkXnet(json: any, c: XnetConfig): void {
  expect(openToInternet(json, 445)).toEqual([]);
  const [vm] = resourcesOfType(json, 'azurerm_windows_virtual_machine');
  expect(vm.source_image_reference.sku.startsWith('2022-')).toBe(true);
  expect(vm.network_interface_ids).toHaveLength(2);
  const nics = resourcesOfType(json, 'azurerm_network_interface');
  expect(nics.map((n) => n.ip_configuration[0].subnet_id).sort()).toEqual([c.extended.id, c.routable.id].sort());
  const port = String(c.vxlanPort ?? 4789);
  const vxlanIn = nsgRules(json).filter((r) => r.direction === 'Inbound' && r.access === 'Allow' && r.destination_port_range === port);
  expect(vxlanIn.map((r) => [r.protocol, r.source_address_prefix])).toEqual([['Udp', `${c.applianceAddress}/32`]]);
  // VXLAN reaches the appliance from the on-premises appliance only: a host of the virtual network, which Azure's
  // default rules allow, another address and the Internet are denied
  const vxlan = Number(port);
  expect(inboundVerdict(json, 'Udp', vxlan, c.applianceAddress)).toBe('Allow');
  expect(['VirtualNetwork', 'AzureLoadBalancer', 'Internet', '203.0.113.9', c.applianceAddress.replace(/\d+$/, (d) => String((Number(d) + 1) % 256))].map((s) => inboundVerdict(json, 'Udp', vxlan, s))).toEqual(['Deny', 'Deny', 'Deny', 'Deny', 'Deny']);
  // SMB and RDP are never opened from the Internet
  expect([inboundVerdict(json, 'Tcp', 445, 'Internet'), inboundVerdict(json, 'Tcp', 3389, 'Internet')]).toEqual(['Deny', 'Deny']);
  expect(Object.keys(json.output)).toHaveLength(4);
}

describe('SmbOverQuic over generated configurations', () => {
  test.prop([smbConfig], { numRuns: runs(3_000) })('synthesizes exactly the valid configurations; never opens TCP 445; the certificate is a server certificate for every name', (c) => {
    const expected = expectedSmbErrors(c);
    const r = buildSmb(c);
    if (expected.length === 0) {
      if (r.error) throw r.error;
      checkSmb(r.json, c);
      expect(warningIds(r.stack!)).toEqual(expectedSmbWarnings(c));
    } else {
      expect(r.error).toBeInstanceOf(ValidationError);
      expect((r.error as ValidationError).ruleIds).toEqual(expected);
    }
  });
});

describe('AzureExtendedNetwork over generated configurations', () => {
  test.prop([xnetConfig], { numRuns: runs(3_000) })('synthesizes exactly the valid configurations; VXLAN only from the on-premises appliance; two NICs', (c) => {
    const expected = expectedXnetErrors(c);
    const r = buildXnet(c);
    if (expected.length === 0) {
      if (r.error) throw r.error;
      checkXnet(r.json, c);
      expect(warningIds(r.stack!)).toEqual(expectedXnetWarnings(c));
    } else {
      expect(r.error).toBeInstanceOf(ValidationError);
      expect((r.error as ValidationError).ruleIds).toEqual(expected);
    }
  });
});
