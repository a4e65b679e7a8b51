import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkResources } from '../../constructs/checker/check';
import { streamJsonDocument } from '../../constructs/checker/json-stream';
import { loadInputs, resourcesOfJson } from '../../constructs/checker/load';
import { InputError } from '../../constructs/checker/terraform-config';
import { configureSeed, runs } from '../support/seed';

configureSeed('json-stream');
const dir = mkdtempSync(join(tmpdir(), 'azguard-stream-'));
let n = 0;
const file = (text: string | Buffer) => {
  const path = join(dir, `f${n++}.tf.json`);
  writeFileSync(path, text);
  return path;
};

describe('a JSON file read as a stream', () => {
  test('gives the document JSON.parse gives, keys such as __proto__ included as data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('', '  ', '\n'), async (value, space) => {
        const text = JSON.stringify(value, null, space);
        const { document } = await streamJsonDocument(file(text));
        expect(document).toEqual(JSON.parse(text));
      }),
      { numRuns: runs(300) },
    );
    const { document } = await streamJsonDocument(file('{"__proto__": {"polluted": true}, "constructor": 1}'));
    expect(Object.keys(document as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
  });

  test('counts the block names written twice, as the text reader does, without lines', async () => {
    const text = '{"resource": {"azurerm_windows_virtual_machine": {"vm": {"size": "a"}, "vm": {"size": "b"}}, "azurerm_windows_virtual_machine": {}}, "resource": {}}';
    const { duplicates } = await streamJsonDocument(file(text));
    expect([...duplicates]).toEqual([['azurerm_windows_virtual_machine.vm', 2], ['azurerm_windows_virtual_machine', 2], ['resource', 2]]);
    expect(JSON.stringify(resourcesOfJson('{"variable": {"a": {}}, "variable": {}}', 'x.tf.json'))).not.toContain('written');
  });

  test('builds any depth without recursion', async () => {
    const depth = 200_000;
    const { document } = await streamJsonDocument(file('['.repeat(depth) + ']'.repeat(depth)));
    let d = 0;
    for (let v: any = document; Array.isArray(v) && v.length > 0; v = v[0]) d++;
    expect(d).toBe(depth - 1);
  });

  test('fails invalid JSON and bytes that are not UTF-8 with the file name', async () => {
    const bad = file('{"resource": {');
    await expect(streamJsonDocument(bad)).rejects.toThrow(InputError);
    await expect(streamJsonDocument(bad)).rejects.toThrow(/invalid JSON/);
    const latin1 = file(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(streamJsonDocument(latin1)).rejects.toThrow('is not UTF-8 text');
  });
});

describe('loadInputs streams large JSON files', () => {
  const config = {
    resource: {
      azurerm_windows_virtual_machine: {
        vm: { name: 'vm', size: 'Standard_D2s_v5', admin_password: '${var.pw}', patch_mode: 'AutomaticByOS', hotpatching_enabled: true, os_disk: { storage_account_type: 'Premium_LRS' }, source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: 'latest' } },
      },
    },
  };
  const withoutLines = (fs: ReturnType<typeof checkResources>) => fs.map(({ line: _line, ...f }) => f);

  test('gives the findings of the text reader, lines aside', async () => {
    const path = file(JSON.stringify(config, null, 2));
    const text = await loadInputs([path], () => '');
    const streamed = await loadInputs([path], () => '', undefined, 0);
    expect(withoutLines(checkResources(streamed.resources))).toEqual(withoutLines(checkResources(text.resources)));
    expect(checkResources(streamed.resources).map((f) => f.ruleId)).toContain('WIN-HOTPATCH-IMAGE');
  });

  test('reports a block written twice in a streamed file', async () => {
    const path = file('{"resource": {"azurerm_windows_virtual_machine": {"vm": {"size": "a"}, "vm": {"size": "b"}}}}');
    const { resources } = await loadInputs([path], () => '', undefined, 0);
    expect(resources.filter((r) => r.problem).map((r) => [r.address, r.line, r.problem])).toEqual([
      ['azurerm_windows_virtual_machine.vm', undefined, 'the resource block is written 2 times; JSON keeps only the last, so the others were not read, and Terraform refuses duplicate blocks'],
    ]);
  });
});
