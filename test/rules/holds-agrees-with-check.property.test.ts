import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { AZURE_EDITION_VM_RULES, AzureEditionVmFacts, EXTENDED_NETWORK_RULES, ExtendedNetworkFacts, ExpressionBuilder, Rule, SMB_OVER_QUIC_RULES, SmbOverQuicFacts, TRUSTED_LAUNCH_VM_RULES, TrustedLaunchVmFacts, Unknown } from '../../constructs/rules';
import { isUndecided } from '../../constructs/core/condition';
import { notChecked } from '../../constructs/core/rule';
import { contractProblems } from '../support/finding-contract';
import { GEN1_ONLY_SIZES, GEN2_SIZES, MODEL_SKUS, NO_TRUSTED_LAUNCH_SIZES, OFFER, PUBLISHER } from '../model/azure-edition-facts';
import { POLICIES, SEED_IMAGES } from '../model/azure-local-facts';
import { configureSeed, runs } from '../support/seed';

configureSeed('holds-agrees-with-check.property');

/**
 * A rule says what must hold twice: `check` (at synth, with the details) and `holds` (the same condition, which
 * becomes a Terraform precondition when a value is a token). These properties replace random facts by tokens and
 * evaluate the precondition on the real values with a small test-side interpreter of the expression builder: the
 * precondition must fail exactly when `check` on the real values finds something, and `check` on the tokens must never
 * report what the real values would not.
 */
type Env = Readonly<Record<string, unknown>>;
type Expr = (env: Env) => unknown;

// Terraform's `(?i)` prefix is RE2's case-insensitive flag; JavaScript wants it as a flag.
const regex = (pattern: string) => (pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'iu') : new RegExp(pattern, 'u'));
const subject = (s: unknown): Expr => (env) => env[String(s)];
const EVALUATE: ExpressionBuilder = {
  contains: (values, s) => (env: Env) => values.includes(subject(s)(env) as string),
  lengthBetween: (s, min, max) => (env: Env) => {
    const n = Array.from(String(subject(s)(env))).length;
    return n >= min && n <= max;
  },
  matches: (s, pattern) => (env: Env) => typeof subject(s)(env) === 'string' && regex(pattern).test(subject(s)(env) as string),
  eq: (s, literal) => (env: Env) => subject(s)(env) === literal,
  lengthAtLeast: (s, min) => (env: Env) => (subject(s)(env) as unknown[]).length >= min,
  utf8LengthAtMost: (s, max) => (env: Env) => Buffer.byteLength(String(subject(s)(env)), 'utf8') <= max,
  not: (a) => (env: Env) => !(a as Expr)(env),
  and: (a, b) => (env: Env) => Boolean((a as Expr)(env)) && Boolean((b as Expr)(env)),
  or: (a, b) => (env: Env) => Boolean((a as Expr)(env)) || Boolean((b as Expr)(env)),
};

/** Replaces the chosen paths of the facts by tokens `var.<path>`, and returns the values Terraform would see. */
function tokenize<F extends object>(facts: F, paths: readonly string[], terraformValue: (path: string, v: unknown) => unknown = (_p, v) => v): { tokens: F; env: Env } {
  const tokens = structuredClone(facts) as Record<string, unknown>;
  const env: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let holder = tokens;
    for (const k of keys.slice(0, -1)) holder = (holder?.[k] ?? undefined) as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (typeof holder !== 'object' || holder === null || holder instanceof Unknown || holder[last] === undefined) continue;
    env[`var.${path}`] = terraformValue(path, holder[last]);
    holder[last] = new Unknown(`var.${path}`);
  }
  return { tokens: tokens as F, env };
}

/** The disagreements between what a rule checks, what it says as a precondition and what it reports as not checked. */
function disagreements<F>(rules: readonly Rule<F>[], real: F, tokens: F, env: Env): string[] {
  const out: string[] = [];
  const claim = (rule: Rule<F>, what: string, ok: boolean) => {
    if (!ok) out.push(`${rule.id}: ${what}`);
  };
  for (const rule of rules) {
    const realFindings = rule.check(real);
    for (const finding of realFindings) out.push(...contractProblems(finding).map((p) => `${rule.id}: ${p}`));
    const fine = realFindings.length === 0;
    const tokenFindings = rule.check(tokens);
    claim(rule, 'reports with tokens what the real values do not break', tokenFindings.length === 0 || !fine);
    if (!rule.holds) {
      // a rule Terraform cannot express declares what it reads: unknown inputs are reported as not checked, and when
      // all inputs are known the tokens elsewhere change nothing
      const inputs = rule.inputs?.(tokens) ?? {};
      const anyUnknown = Object.values(inputs).some((v) => v instanceof Unknown);
      claim(rule, 'not-checked warning iff an input is unknown', notChecked([rule], tokens, 'p').length === (anyUnknown ? 1 : 0));
      // (a warning that seconds an error rule on the same input leaves the "not checked" report to that rule)
      const same = tokenFindings.map((f) => f.attribute).join() === realFindings.map((f) => f.attribute).join();
      if (!anyUnknown && rule.severity === 'error') claim(rule, 'with every input known, tokens elsewhere change the findings', same);
      continue;
    }
    claim(rule, 'holds on the real values disagrees with check', rule.holds(real) === fine);
    const h = rule.holds(tokens);
    if (isUndecided(h)) {
      claim(rule, 'the precondition on the real values disagrees with check', Boolean((h.build(EVALUATE) as Expr)(env)) === fine);
      claim(rule, 'reports findings although it becomes a precondition', tokenFindings.length === 0);
    } else {
      claim(rule, 'decided with tokens, but not as on the real values', h === fine);
      claim(rule, 'decided false with tokens, but reports nothing', tokenFindings.length > 0 === !h);
    }
  }
  return out;
}

const someOf = <T>(values: readonly T[]) => fc.constantFrom(...values);
const flag = fc.boolean();

const windowsFacts: fc.Arbitrary<AzureEditionVmFacts> = fc.record({
  imageReference: fc.option(
    fc.record({
      publisher: someOf([PUBLISHER, PUBLISHER.toLowerCase(), 'Canonical']),
      offer: someOf([OFFER, OFFER.toUpperCase()]),
      sku: someOf([...MODEL_SKUS, '2022-Datacenter-Azure-Edition-Core', '2019-datacenter', '2025-datacenter-azure-edition-hotpatch', 7 as unknown as string]),
    }),
    { nil: undefined },
  ),
  imageId: someOf([undefined, '/subscriptions/s/images/custom']),
  imageGeneration: someOf([undefined, 'V1', 'V2'] as const),
  size: someOf([...GEN1_ONLY_SIZES, ...GEN2_SIZES, ...NO_TRUSTED_LAUNCH_SIZES, 'Standard_Z9_v9']),
  computerName: someOf(['vm01', 'x', '1abc', 'a23456789012345', 'a234567890123456', '12345', 'web_01', 'app 1', '', 'ünïcode', 'web-', 'web-0', 'abcdefghi', 'abcdefghij']),
  computerNameKind: someOf([undefined, 'full', 'prefix'] as const),
  adminUsername: someOf([undefined, 'azureuser', 'Admin', 'admin', 'ops.', ' ', 'a-name-of-21-letters!', 'äöüäöüäöüäö']),
  adminPassword: someOf(['literal', 'expression', 'absent'] as const),
  patchMode: someOf<string>(['AutomaticByPlatform', 'AutomaticByOS', 'Manual', 'automaticbyplatform', 3 as unknown as string]),
  patchAssessmentMode: someOf(['AutomaticByPlatform', 'ImageDefault', 'imageDefault']),
  rebootSetting: someOf([undefined, 'Always', 'IfRequired', 'Never', 'never']),
  hotpatchingEnabled: flag,
  bypassPlatformSafetyChecks: flag,
  provisionVmAgent: flag,
  allowExtensionOperations: flag,
  automaticUpdatesEnabled: flag,
  secureBootEnabled: flag,
  vtpmEnabled: flag,
  automanage: flag,
  networkInterfaceCount: someOf([0, 1, 2]),
});
const WINDOWS_PATHS = [
  'imageReference.publisher', 'imageReference.offer', 'imageReference.sku', 'imageId', 'size', 'computerName', 'adminUsername', 'patchMode', 'patchAssessmentMode',
  'rebootSetting', 'hotpatchingEnabled', 'bypassPlatformSafetyChecks', 'provisionVmAgent', 'allowExtensionOperations', 'automaticUpdatesEnabled',
  'secureBootEnabled', 'vtpmEnabled', 'networkInterfaceCount',
];
// Terraform sees the network interface ids as a list; the facts count them.
const windowsTerraformValue = (path: string, v: unknown) => (path === 'networkInterfaceCount' ? Array.from({ length: v as number }, (_, i) => `nic${i}`) : v);

const seedImage = someOf(SEED_IMAGES);
const localFacts: fc.Arbitrary<TrustedLaunchVmFacts> = fc.record({
  image: fc.oneof(
    fc.record({
      kind: fc.constant('marketplace' as const),
      image: seedImage,
      publisher: someOf(['microsoftwindowsdesktop', 'MicrosoftWindowsServer', 'canonical']),
      sku: someOf(['win11-24h2-ent', '2022-datacenter-azure-edition', 'ubuntu']),
      useSeed: flag,
      hypervGeneration: someOf(['V2', 'V1', 'v2']),
    }).map(({ kind, image, publisher, sku, useSeed, hypervGeneration }) => ({ kind, ...(useSeed ? image : { ...image, publisher, sku }), hypervGeneration })),
    fc.record({ kind: fc.constant('custom' as const), id: someOf(['/subscriptions/s/galleryImages/x']) }),
  ),
  supportPolicy: someOf(POLICIES),
  securityType: someOf(['TrustedLaunch', 'trustedlaunch', 'ConfidentialVM', 'Standard']),
  secureBoot: flag,
  vtpm: flag,
  guestAttestation: flag,
  guestOs: someOf([undefined, 'Windows', 'Linux'] as const),
  computerName: someOf(['vm01', 'vm_01', 'a234567890123456', '-a', '']),
  adminPassword: someOf(['literal', 'expression', 'absent'] as const),
  arcMachine: fc.option(fc.record({ kind: someOf(['HCI', 'hci', 'AVS']), identityType: someOf([undefined, 'SystemAssigned', 'UserAssigned']) }), { nil: undefined }),
});
const LOCAL_PATHS = ['image.publisher', 'image.offer', 'image.sku', 'image.version', 'image.hypervGeneration', 'image.id', 'securityType', 'secureBoot', 'vtpm', 'guestAttestation', 'computerName', 'arcMachine.kind', 'arcMachine.identityType'];

const listOf = <T>(values: readonly T[]) => fc.array(someOf(values), { maxLength: 3 });
const smbFacts: fc.Arbitrary<SmbOverQuicFacts> = fc.record({
  imageSupportsSmbOverQuic: flag,
  imageSupportsClientAccessControl: flag,
  imageName: fc.constant("'2025-datacenter-azure-edition'"),
  serverNames: listOf<string>(['files.contoso.com', 'FILES.contoso.com', '10.0.0.1', '2001:db8::1', 'files', 5 as unknown as string]),
  newCertificate: fc.option(
    fc.record({
      keyType: someOf(['RSA', 'RSA-HSM', 'EC', 'EC-HSM', 'DSA']),
      keySize: someOf([undefined, 1024, 2048, 4096]),
      curve: someOf([undefined, 'P-256', 'P-256K', 'P-521']),
      extendedKeyUsage: listOf(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
      keyUsage: listOf(['digitalSignature', 'keyEncipherment']),
    }),
    { nil: undefined },
  ),
  clientAccessControl: flag,
  allowedClientCertificateSha256: listOf(['A'.repeat(64), 'abc', 'g'.repeat(64)]),
  allowedSourceAddressPrefixes: listOf(['Internet', '10.0.0.0/8']),
  kdcProxy: flag,
  windowsAdminCenterGatewayPort: someOf([undefined, 443, 6516]),
});
const SMB_PATHS = [
  'serverNames', 'serverNames.0', 'serverNames.1', 'newCertificate.keyType', 'newCertificate.keySize', 'newCertificate.curve', 'newCertificate.extendedKeyUsage.0',
  'newCertificate.keyUsage.0', 'allowedClientCertificateSha256', 'allowedClientCertificateSha256.0', 'allowedSourceAddressPrefixes', 'windowsAdminCenterGatewayPort',
];

const subnet = (ids: string[], prefixes: string[]) => fc.record({ id: someOf(ids), name: someOf(['snet', 'GatewaySubnet', 'gatewaysubnet']), addressPrefix: someOf(prefixes) });
const xnetFacts: fc.Arbitrary<ExtendedNetworkFacts> = fc.record({
  imageSupportsExtendedNetwork: flag,
  imageName: fc.constant("'2022-datacenter-azure-edition-core'"),
  size: someOf(['Standard_D4s_v5', 'Standard_B2ms', 'Standard_M8ms', 'Standard_A4_v2']),
  routableSubnet: subnet(['r', 'e'], ['10.20.2.0/24', '10.10.1.0/24', 'x']),
  extendedSubnet: subnet(['e'], ['10.10.1.0/24', '10.10.1.128/25', 'x']),
  onPremisesSubnetPrefix: someOf(['10.10.1.0/24', '10.10.1.0/25', '10.10.0.0/16', 'x']),
  onPremisesApplianceAddress: someOf(['192.168.50.10', '300.1.1.1']),
  vxlanPort: someOf([4789, 0, 1, 65535, 65536, 1.5]),
  extendedAddresses: listOf(['10.10.1.5', '10.10.2.1', 'x']),
});
const XNET_PATHS = [
  'size', 'routableSubnet.id', 'routableSubnet.name', 'routableSubnet.addressPrefix', 'extendedSubnet.id', 'extendedSubnet.name', 'extendedSubnet.addressPrefix',
  'onPremisesSubnetPrefix', 'onPremisesApplianceAddress', 'vxlanPort', 'extendedAddresses', 'extendedAddresses.0', 'extendedAddresses.1',
];

describe('rules say the same thing at synth and as preconditions', () => {
  test.prop([windowsFacts, fc.subarray(WINDOWS_PATHS)], { numRuns: runs(3_000) })('Windows and Azure Edition rules: precondition verdict = check verdict on the real values', (facts, paths) => {
    const { tokens, env } = tokenize(facts, paths, windowsTerraformValue);
    expect(disagreements(AZURE_EDITION_VM_RULES, facts, tokens, env)).toEqual([]);
  });

  test.prop([localFacts, fc.subarray(LOCAL_PATHS)], { numRuns: runs(2_000) })('Azure Local trusted launch rules: precondition verdict = check verdict on the real values', (facts, paths) => {
    const { tokens, env } = tokenize(facts, paths);
    expect(disagreements(TRUSTED_LAUNCH_VM_RULES, facts, tokens, env)).toEqual([]);
  });

  test.prop([smbFacts, fc.subarray(SMB_PATHS)], { numRuns: runs(2_000) })('SMB over QUIC rules: tokens hide nothing but the inputs they report as not checked', (facts, paths) => {
    const { tokens, env } = tokenize(facts, paths);
    expect(disagreements(SMB_OVER_QUIC_RULES, facts, tokens, env)).toEqual([]);
  });

  test.prop([xnetFacts, fc.subarray(XNET_PATHS)], { numRuns: runs(2_000) })('Extended Network rules: tokens hide nothing but the inputs they report as not checked', (facts, paths) => {
    const { tokens, env } = tokenize(facts, paths);
    expect(disagreements(EXTENDED_NETWORK_RULES, facts, tokens, env)).toEqual([]);
  });

  test('the interpreter reads Terraform regex flags and lists as Terraform does', () => {
    const env = { 'var.s': 'Standard_D2_V3', 'var.l': ['a'] };
    expect((EVALUATE.matches('var.s', '(?i)^standard_d[0-9]+_v3$') as Expr)(env)).toBe(true);
    expect((EVALUATE.matches('var.s', '^standard_d[0-9]+_v3$') as Expr)(env)).toBe(false);
    expect((EVALUATE.lengthAtLeast('var.l', 2) as Expr)(env)).toBe(false);
  });
});
