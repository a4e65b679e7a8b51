"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.tlVmConfig = void 0;
const fast_check_1 = __importDefault(require("fast-check"));
const azure_local_facts_1 = require("../model/azure-local-facts");
const OTHER_IMAGES = [
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-24h2-avd', version: '26100.2314.241107' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-11', sku: 'win11-23h2-avd', version: '22631.4460.241107' },
    { publisher: 'microsoftwindowsdesktop', offer: 'windows-10', sku: 'win10-22h2-avd-g2', version: '19045.5131.241107' },
    { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition', version: '20348.2849.241107' },
    { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: '20348.2849.241107' },
    { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: '26100.2314.241107' },
    { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: '22.04.202411070' },
];
/** Seed images at another version, and with the publisher in its canonical case. */
const SEED_VARIANTS = azure_local_facts_1.SEED_IMAGES.flatMap((s) => [
    { ...s, version: 'latest' },
    { ...s, publisher: 'MicrosoftWindowsDesktop' },
]);
const ref = fast_check_1.default.oneof({ weight: 4, arbitrary: fast_check_1.default.constantFrom(...azure_local_facts_1.SEED_IMAGES) }, { weight: 2, arbitrary: fast_check_1.default.constantFrom(...OTHER_IMAGES) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(...SEED_VARIANTS) });
const image = fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.record({ kind: fast_check_1.default.constantFrom('in-stack', 'existing'), ref, generation: fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constant('V2') }, { weight: 1, arbitrary: fast_check_1.default.constant('V1') }) }) }, { weight: 1, arbitrary: fast_check_1.default.constant({ kind: 'custom' }) });
const opt = (arb, unset = 3) => fast_check_1.default.oneof({ weight: unset, arbitrary: fast_check_1.default.constant(undefined) }, { weight: 1, arbitrary: arb });
const name = fast_check_1.default.oneof({ weight: 8, arbitrary: fast_check_1.default.constantFrom('tl-vm-01', 'a', 'HCI-VM-000000001', 'vm-0') }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('tl-vm-000000000001', 'tl_vm', 'tl.vm', '') }, { weight: 1, arbitrary: fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...'abZ09-_. é'), maxLength: 17 }) });
/** The whole input space of an AzureLocalTrustedLaunchVm. */
exports.tlVmConfig = fast_check_1.default
    .record({
    image,
    policy: opt(fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constantFrom(...azure_local_facts_1.POLICIES) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('latest', '2025-10-07') }), 1),
    securityType: opt(fast_check_1.default.constantFrom('TrustedLaunch', 'ConfidentialVM', 'trustedlaunch', 'Standard')),
    secureBoot: opt(fast_check_1.default.boolean()),
    vtpm: opt(fast_check_1.default.boolean()),
    guestAttestation: opt(fast_check_1.default.boolean()),
    name,
    computerName: opt(fast_check_1.default.oneof(name.map((value) => ({ kind: 'literal', value })), fast_check_1.default.constant({ kind: 'token' }))),
    passwordLiteral: fast_check_1.default.oneof({ weight: 10, arbitrary: fast_check_1.default.constant(false) }, { weight: 1, arbitrary: fast_check_1.default.constant(true) }),
    dataDisks: fast_check_1.default.integer({ min: 0, max: 2 }),
    memoryMb: opt(fast_check_1.default.constantFrom(4096, 8192, 16384)),
    dynamicMemory: opt(fast_check_1.default.record({ min: fast_check_1.default.constantFrom(1024, 4096, 16384), max: fast_check_1.default.constantFrom(8192, 32768, 2048), buffer: fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constantFrom(5, 20, 2000) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(4, 2001, 0, 12.5) }) }, { requiredKeys: ['min', 'max'] }), 2),
    ips: opt(fast_check_1.default.array(fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constant(undefined) }, { weight: 4, arbitrary: fast_check_1.default.constantFrom('192.168.10.20', '10.0.0.4') }, { weight: 1, arbitrary: fast_check_1.default.constantFrom('192.168.10.300', '2001:db8::4', 'host01') }), { minLength: 1, maxLength: 3 })),
})
    .map((c) => {
    const out = {};
    for (const [k, v] of Object.entries(c))
        if (v !== undefined)
            out[k] = v;
    return out;
});
