import fc from 'fast-check';
import { ModelImage, POLICIES, SEED_IMAGES } from '../model/azure-local-facts';
import { TlVmConfig } from '../model/azure-local-model';

const OTHER_IMAGES: ModelImage[] = [
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '26100.2314.241107' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-23h2-avd', version: '22631.4460.241107' },
  { publisher: 'microsoftwindowsdesktop', offer: 'windows-10', sku: 'win10-22h2-avd-g2', version: '19045.5131.241107' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '20348.2849.241107' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: '20348.2849.241107' },
  { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '26100.2314.241107' },
  { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: '22.04.202411070' },
];
/** Seed images at another version, and with the publisher in its canonical case. */
const SEED_VARIANTS: ModelImage[] = SEED_IMAGES.flatMap((s) => [
  { ...s, version: 'latest' },
  { ...s, publisher: 'MicrosoftWindowsDesktop' },
]);

const ref = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEED_IMAGES) }, { weight: 2, arbitrary: fc.constantFrom(...OTHER_IMAGES) }, { weight: 1, arbitrary: fc.constantFrom(...SEED_VARIANTS) });

const image: fc.Arbitrary<TlVmConfig['image']> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constantFrom<'in-stack' | 'existing'>('in-stack', 'existing'), ref, generation: fc.oneof({ weight: 6, arbitrary: fc.constant<'V2'>('V2') }, { weight: 1, arbitrary: fc.constant<'V1'>('V1') }) }) },
  { weight: 1, arbitrary: fc.constant<TlVmConfig['image']>({ kind: 'custom' }) },
);

const opt = <T>(arb: fc.Arbitrary<T>, unset = 3): fc.Arbitrary<T | undefined> => fc.oneof({ weight: unset, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const name = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('tl-vm-01', 'a', 'HCI-VM-000000001', 'vm-0') },
  { weight: 1, arbitrary: fc.constantFrom('tl-vm-000000000001', 'tl_vm', 'tl.vm', '') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'abZ09-_. é'), maxLength: 17 }) },
);

/** The whole input space of an AzureLocalTrustedLaunchVm. */
export const tlVmConfig: fc.Arbitrary<TlVmConfig> = fc
  .record({
    image,
    policy: opt(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...POLICIES) }, { weight: 1, arbitrary: fc.constantFrom('latest', '2025-10-07') }), 1),
    securityType: opt(fc.constantFrom('TrustedLaunch', 'ConfidentialVM', 'trustedlaunch', 'Standard')),
    secureBoot: opt(fc.boolean()),
    vtpm: opt(fc.boolean()),
    guestAttestation: opt(fc.boolean()),
    name,
    computerName: opt(fc.oneof(name.map((value) => ({ kind: 'literal' as const, value })), fc.constant({ kind: 'token' as const }))),
    passwordLiteral: fc.oneof({ weight: 10, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    dataDisks: fc.integer({ min: 0, max: 2 }),
    memoryMb: opt(fc.constantFrom(4096, 8192, 16384)),
    dynamicMemory: opt(
      fc.record(
        { min: fc.constantFrom(1024, 4096, 16384), max: fc.constantFrom(8192, 32768, 2048), buffer: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(5, 20, 2000) }, { weight: 1, arbitrary: fc.constantFrom(4, 2001, 0, 12.5) }) },
        { requiredKeys: ['min', 'max'] },
      ),
      2,
    ),
    ips: opt(fc.array(fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: fc.constantFrom('192.168.10.20', '10.0.0.4') }, { weight: 1, arbitrary: fc.constantFrom('192.168.10.300', '2001:db8::4', 'host01') }), { minLength: 1, maxLength: 3 })),
  })
  .map((c) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (v !== undefined) out[k] = v;
    return out as unknown as TlVmConfig;
  });
