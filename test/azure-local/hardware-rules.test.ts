import { Unknown } from '../../constructs/rules';
import { AZURE_LOCAL_HARDWARE_RULES, AzureLocalHardwareFacts } from '../../constructs/azure-local/hardware-rules';
import { evaluateWellFormed } from '../support/finding-contract';

const facts = (more: Partial<AzureLocalHardwareFacts> = {}): AzureLocalHardwareFacts => ({ memoryMb: 8192, privateIpAddresses: [], ...more });
const ids = (f: AzureLocalHardwareFacts) => evaluateWellFormed(AZURE_LOCAL_HARDWARE_RULES, f, 'vm').map((v) => `${v.ruleId} ${v.severity} ${v.attribute}`);

describe('memory and network interfaces of an Azure Local VM', () => {
  test('static memory, dynamic memory around the startup memory, and IPv4 addresses pass', () => {
    expect(ids(facts())).toEqual([]);
    for (const targetBuffer of [5, 20, 2000, undefined]) expect(ids(facts({ dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBuffer } }))).toEqual([]);
    expect(ids(facts({ privateIpAddresses: [{ attribute: 'privateIpAddress', address: '192.168.10.20' }, { attribute: 'x', address: new Unknown('var.ip') }] }))).toEqual([]);
  });

  test('fails a buffer outside 5 to 2000 percent, or not whole', () => {
    for (const targetBuffer of [4, 2001, 0, -5, 12.5]) {
      expect([targetBuffer, ids(facts({ dynamicMemory: { minimumMb: 4096, maximumMb: 16384, targetBuffer } }))]).toEqual([targetBuffer, ['HCI-DYNAMIC-MEMORY error hardwareProfile.dynamicMemoryConfig.targetMemoryBuffer']]);
    }
    const [v] = evaluateWellFormed(AZURE_LOCAL_HARDWARE_RULES, facts({ dynamicMemory: { minimumMb: 1, maximumMb: 2, targetBuffer: 2001 } }), 'vm');
    expect([v.message, v.constructFix]).toEqual(['the dynamic memory buffer is 2001%, outside 5 to 2000', 'set dynamicMemory.targetBufferPercent from 5 to 2000']);
  });

  test('warns of a minimum above the maximum, or a startup memory outside the range', () => {
    expect(ids(facts({ dynamicMemory: { minimumMb: 16384, maximumMb: 4096 } }))).toEqual(['HCI-DYNAMIC-MEMORY-RANGE warning hardwareProfile.dynamicMemoryConfig']);
    expect(ids(facts({ memoryMb: 2048, dynamicMemory: { minimumMb: 4096, maximumMb: 16384 } }))).toEqual(['HCI-DYNAMIC-MEMORY-RANGE warning hardwareProfile.memoryMB']);
    expect(ids(facts({ memoryMb: 32768, dynamicMemory: { minimumMb: 4096, maximumMb: 16384 } }))).toEqual(['HCI-DYNAMIC-MEMORY-RANGE warning hardwareProfile.memoryMB']);
    const [v] = evaluateWellFormed(AZURE_LOCAL_HARDWARE_RULES, facts({ memoryMb: 2048, dynamicMemory: { minimumMb: 4096, maximumMb: 16384 } }), 'vm');
    expect(v.message).toBe('the startup memory (2048 MB) is outside the dynamic memory range (4096 to 16384 MB)');
    expect(ids(facts({ memoryMb: new Unknown('var.memory'), dynamicMemory: { minimumMb: 4096, maximumMb: 16384 } }))).toEqual([]);
  });

  test('fails a static IP address that is not IPv4, on each interface', () => {
    expect(ids(facts({ privateIpAddresses: [{ attribute: 'privateIpAddress', address: '192.168.10.300' }, { attribute: 'additionalNetworkInterfaces[0].privateIpAddress', address: '2001:db8::4' }] }))).toEqual([
      'HCI-STATIC-IP error privateIpAddress',
      'HCI-STATIC-IP error additionalNetworkInterfaces[0].privateIpAddress',
    ]);
  });

  test('says which end of the range is missing, and the fix in props for a construct user', () => {
    const messages = (f: AzureLocalHardwareFacts) => evaluateWellFormed(AZURE_LOCAL_HARDWARE_RULES, f, 'vm').map((v) => [v.message, v.constructFix]);
    expect(messages(facts({ memoryMb: 8192, dynamicMemory: { minimumMb: new Unknown('var.min'), maximumMb: 4096 } }))).toEqual([['the startup memory (8192 MB) is outside the dynamic memory range (no minimum to 4096 MB)', 'set memoryMb between dynamicMemory.minimumMb and dynamicMemory.maximumMb']]);
    expect(messages(facts({ memoryMb: 2048, dynamicMemory: { minimumMb: 4096, maximumMb: new Unknown('var.max') } }))).toEqual([['the startup memory (2048 MB) is outside the dynamic memory range (4096 to no maximum MB)', 'set memoryMb between dynamicMemory.minimumMb and dynamicMemory.maximumMb']]);
    expect(messages(facts({ dynamicMemory: { minimumMb: 8192, maximumMb: 4096 } }))).toEqual([['the dynamic memory minimum (8192 MB) is above the maximum (4096 MB)', 'set dynamicMemory.minimumMb at most dynamicMemory.maximumMb']]);
    expect(messages(facts({ memoryMb: 8192, dynamicMemory: { minimumMb: 8192, maximumMb: 8192 } }))).toEqual([]);
  });

  test('fails a static address written as a number', () => {
    expect(ids(facts({ privateIpAddresses: [{ attribute: 'privateIpAddress', address: 5 as unknown as string }] }))).toEqual(['HCI-STATIC-IP error privateIpAddress']);
  });
});

