import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { AZURE_EDITION_VM_RULES, AzureEditionVmFacts, EXTENDED_NETWORK_RULES, ExtendedNetworkFacts, ExpressionBuilder, Rule, SMB_OVER_QUIC_RULES, SmbOverQuicFacts, TRUSTED_LAUNCH_VM_RULES, TrustedLaunchVmFacts, Unknown } from '../../constructs/rules';
import { isUndecided, Undecided } from '../../constructs/core/condition';
import { VM_SETTINGS_RULES, VmSettingsFacts, WIN_PLACEMENT } from '../../constructs/windows/vm-settings-rules';
import { notChecked } from '../../constructs/core/rule';
import { contractProblems } from '../support/finding-contract';
import { ARM64_SIZES, CONFIDENTIAL_SIZES, GEN1_ONLY_SIZES, GEN2_SIZES, MODEL_SKUS, NO_TRUSTED_LAUNCH_SIZES, OFFER, PUBLISHER } from '../model/azure-edition-facts';
import { POLICIES, SEED_IMAGES } from '../model/azure-local-facts';
import { configureSeed, runs } from '../support/seed';
import { AZURE_LOCAL_NULLS, NullResolution, VM_SETTINGS_NULLS, WINDOWS_VM_NULLS } from '../model/terraform-nulls';

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

/** What Terraform answers when a function, an operator or a condition receives null: an error, never a verdict. */
class NullArgument extends Error {}
const nonNull = (what: string, v: unknown) => {
  if (v === null || v === undefined) throw new NullArgument(`${what}: argument must not be null`);
  return v;
};
const bool = (what: string, v: unknown) => nonNull(what, v) as boolean;

/**
 * A small interpreter of the expressions as cdktf writes them and Terraform evaluates them: `contains`, `length` and
 * `!` refuse null; `==` compares null; `can(regex(...))` turns any error into false; `&&` and `||` evaluate both sides
 * (HCL does not short-circuit); a conditional reports the errors of the branch it takes only. A boolean compared
 * with a literal is written as the value itself (`true`) or its negation (`false`), as cdktf renders it.
 */
const EVALUATE: ExpressionBuilder = {
  contains: (values, s) => (env: Env) => values.includes(nonNull('contains', subject(s)(env)) as string),
  lengthBetween: (s, min, max) => (env: Env) => {
    const n = Array.from(String(nonNull('length', subject(s)(env)))).length;
    return n >= min && n <= max;
  },
  matches: (s, pattern) => (env: Env) => typeof subject(s)(env) === 'string' && regex(pattern).test(subject(s)(env) as string),
  eq: (s, literal) => (env: Env) => {
    const v = subject(s)(env);
    if (literal === true) return bool('condition', v);
    if (literal === false) return !bool('!', v);
    return v === literal;
  },
  lengthAtLeast: (s, min) => (env: Env) => (nonNull('length', subject(s)(env)) as unknown[]).length >= min,
  utf8LengthAtMost: (s, max) => (env: Env) => Buffer.byteLength(String(nonNull('length', subject(s)(env))), 'utf8') <= max,
  not: (a) => (env: Env) => !bool('!', (a as Expr)(env)),
  and: (a, b) => (env: Env) => {
    const [x, y] = [bool('&&', (a as Expr)(env)), bool('&&', (b as Expr)(env))];
    return x && y;
  },
  or: (a, b) => (env: Env) => {
    const [x, y] = [bool('||', (a as Expr)(env)), bool('||', (b as Expr)(env))];
    return x || y;
  },
  ifNull: (s, atNull, otherwise) => (env: Env) => (subject(s)(env) === null ? atNull : typeof otherwise === "boolean" ? otherwise : (otherwise as Expr)(env)),
};

/** A precondition's verdict as Terraform gives it: true, false, or the error message of a null it cannot evaluate. */
function verdict(condition: unknown, env: Env): boolean | string {
  try {
    return bool('condition', (condition as Expr)(env));
  } catch (e) {
    if (e instanceof NullArgument) return e.message;
    throw e;
  }
}

/**
 * Replaces the chosen paths of the facts by tokens `var.<path>`, and returns the values Terraform would see. The paths
 * in `nulls` resolve to null: the real facts then hold what the provider uses for an unset attribute, and the token
 * carries it as its `whenNull`, as the library's extraction does.
 */
function tokenize<F extends object>(
  facts: F,
  paths: readonly string[],
  terraformValue: (path: string, v: unknown) => unknown = (_p, v) => v,
  nulls: { readonly paths: readonly string[]; readonly resolution: Readonly<Record<string, NullResolution>> } = { paths: [], resolution: {} },
): { real: F; tokens: F; env: Env; requiredNull: boolean } {
  const real = structuredClone(facts) as Record<string, unknown>;
  const tokens = structuredClone(facts) as Record<string, unknown>;
  const env: Record<string, unknown> = {};
  let requiredNull = false;
  for (const path of paths) {
    const keys = path.split('.');
    const holderIn = (root: Record<string, unknown>) => {
      let holder = root;
      for (const k of keys.slice(0, -1)) holder = (holder?.[k] ?? undefined) as Record<string, unknown>;
      return holder;
    };
    const holder = holderIn(tokens);
    const last = keys[keys.length - 1];
    if (typeof holder !== 'object' || holder === null || holder instanceof Unknown || holder[last] === undefined) continue;
    const resolution = nulls.resolution[path];
    if (nulls.paths.includes(path) && resolution !== undefined) {
      env[`var.${path}`] = null;
      if (resolution === 'required') {
        requiredNull = true;
        holder[last] = new Unknown(`var.${path}`);
      } else {
        holderIn(real)[last] = resolution.value;
        holder[last] = new Unknown(`var.${path}`, resolution.value);
      }
      continue;
    }
    env[`var.${path}`] = terraformValue(path, holder[last]);
    holder[last] = new Unknown(`var.${path}`);
  }
  return { real: real as F, tokens: tokens as F, env, requiredNull };
}

/** A required argument that is null is refused by Terraform itself: each precondition must still evaluate. */
function unevaluable<F>(rules: readonly Rule<F>[], tokens: F, env: Env): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    const h = rule.holds?.(tokens);
    if (h === undefined || !isUndecided(h)) continue;
    const v = verdict(h.build(EVALUATE), env);
    if (typeof v === 'string') out.push(`${rule.id}: ${v}`);
  }
  return out;
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
      claim(rule, 'the precondition on the real values disagrees with check', verdict(h.build(EVALUATE), env) === fine);
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
  size: someOf([...GEN1_ONLY_SIZES, ...GEN2_SIZES, ...NO_TRUSTED_LAUNCH_SIZES, ...CONFIDENTIAL_SIZES, ...ARM64_SIZES, 'Standard_Z9_v9']),
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
  securityEncryptionType: someOf([undefined, 'VMGuestStateOnly', 'DiskWithVMGuestState']),
  automanage: flag,
  networkInterfaceCount: someOf([0, 1, 2]),
});
const WINDOWS_PATHS = [
  'imageReference.publisher', 'imageReference.offer', 'imageReference.sku', 'imageId', 'size', 'computerName', 'adminUsername', 'patchMode', 'patchAssessmentMode',
  'rebootSetting', 'hotpatchingEnabled', 'bypassPlatformSafetyChecks', 'provisionVmAgent', 'allowExtensionOperations', 'automaticUpdatesEnabled',
  'secureBootEnabled', 'vtpmEnabled', 'securityEncryptionType', 'networkInterfaceCount',
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

const vmSettingsFacts: fc.Arbitrary<VmSettingsFacts> = fc.record({
  licenseType: someOf([undefined, 'Windows_Server', 'windows_server', 'None']),
  identityType: someOf([undefined, 'SystemAssigned', 'UserAssigned', 'SystemAssigned, UserAssigned', 'systemassigned']),
  identityIdCount: someOf([0, 1, 2]),
  zone: someOf([undefined, '1']),
  availabilitySetId: someOf([undefined, '/subscriptions/s/availabilitySets/a']),
  proximityPlacementGroupId: someOf([undefined, '/subscriptions/s/proximityPlacementGroups/p']),
  capacityReservationGroupId: someOf([undefined, '/subscriptions/s/capacityReservationGroups/c']),
  virtualMachineScaleSetId: someOf([undefined, '/subscriptions/s/virtualMachineScaleSets/v']),
});
const VM_SETTINGS_PATHS = Object.keys(VM_SETTINGS_NULLS);

/** The disagreements of the rules with some tokens resolving to null (an unset attribute). */
function nullDisagreements<F extends object>(rules: readonly Rule<F>[], facts: F, paths: readonly string[], nullPaths: readonly string[], resolution: Readonly<Record<string, NullResolution>>, value?: (path: string, v: unknown) => unknown): string[] {
  const { real, tokens, env, requiredNull } = tokenize(facts, paths, value, { paths: nullPaths, resolution });
  return requiredNull ? unevaluable(rules, tokens, env) : disagreements(rules, real, tokens, env);
}

describe('rules say the same thing at synth and as preconditions', () => {
  test.prop([windowsFacts, fc.subarray(WINDOWS_PATHS)], { numRuns: runs(3_000) })('Windows and Azure Edition rules: precondition verdict = check verdict on the real values', (facts, paths) => {
    const { real, tokens, env } = tokenize(facts, paths, windowsTerraformValue);
    expect(disagreements(AZURE_EDITION_VM_RULES, real, tokens, env)).toEqual([]);
  });

  test.prop([localFacts, fc.subarray(LOCAL_PATHS)], { numRuns: runs(2_000) })('Azure Local trusted launch rules: precondition verdict = check verdict on the real values', (facts, paths) => {
    const { real, tokens, env } = tokenize(facts, paths);
    expect(disagreements(TRUSTED_LAUNCH_VM_RULES, real, tokens, env)).toEqual([]);
  });

  test.prop([smbFacts, fc.subarray(SMB_PATHS)], { numRuns: runs(2_000) })('SMB over QUIC rules: tokens hide nothing but the inputs they report as not checked', (facts, paths) => {
    const { real, tokens, env } = tokenize(facts, paths);
    expect(disagreements(SMB_OVER_QUIC_RULES, real, tokens, env)).toEqual([]);
  });

  test.prop([xnetFacts, fc.subarray(XNET_PATHS)], { numRuns: runs(2_000) })('Extended Network rules: tokens hide nothing but the inputs they report as not checked', (facts, paths) => {
    const { real, tokens, env } = tokenize(facts, paths);
    expect(disagreements(EXTENDED_NETWORK_RULES, real, tokens, env)).toEqual([]);
  });
});

describe('a token that resolves to null is unset: it never refuses what the unset attribute would pass, and every precondition evaluates', () => {
  test.prop([windowsFacts, fc.subarray(WINDOWS_PATHS), fc.subarray(WINDOWS_PATHS)], { numRuns: runs(3_000) })('Windows and Azure Edition rules with null tokens', (facts, paths, nullPaths) => {
    expect(nullDisagreements(AZURE_EDITION_VM_RULES, facts, paths, nullPaths, WINDOWS_VM_NULLS, windowsTerraformValue)).toEqual([]);
  });

  test.prop([vmSettingsFacts, fc.subarray(VM_SETTINGS_PATHS), fc.subarray(VM_SETTINGS_PATHS)], { numRuns: runs(2_000) })('licence, identity and placement rules with null tokens, conflict pairs included', (facts, paths, nullPaths) => {
    expect(nullDisagreements(VM_SETTINGS_RULES, facts, paths, nullPaths, VM_SETTINGS_NULLS, (p, v) => (p === 'identityIdCount' ? Array.from({ length: v as number }, (_, i) => `id${i}`) : v))).toEqual([]);
  });

  test.prop([localFacts, fc.subarray(LOCAL_PATHS), fc.subarray(LOCAL_PATHS)], { numRuns: runs(2_000) })('Azure Local trusted launch rules with null tokens', (facts, paths, nullPaths) => {
    expect(nullDisagreements(TRUSTED_LAUNCH_VM_RULES, facts, paths, nullPaths, AZURE_LOCAL_NULLS)).toEqual([]);
  });

  test('a placement pair of two variables that may be null is a precondition, not a refusal', () => {
    const tokens: VmSettingsFacts = { availabilitySetId: new Unknown('var.availability_set_id'), zone: new Unknown('var.zone') };
    expect(WIN_PLACEMENT.check(tokens)).toEqual([]);
    const h = WIN_PLACEMENT.holds!(tokens);
    expect(isUndecided(h)).toBe(true);
    const at = (a: unknown, z: unknown) => verdict((h as Undecided).build(EVALUATE), { 'var.availability_set_id': a, 'var.zone': z });
    expect([at(null, null), at('/as', null), at(null, '1'), at('/as', '1')]).toEqual([true, true, true, false]);
  });

  test('the interpreter reads Terraform regex flags and lists as Terraform does', () => {
    const env = { 'var.s': 'Standard_D2_V3', 'var.l': ['a'] };
    expect((EVALUATE.matches('var.s', '(?i)^standard_d[0-9]+_v3$') as Expr)(env)).toBe(true);
    expect((EVALUATE.matches('var.s', '^standard_d[0-9]+_v3$') as Expr)(env)).toBe(false);
    expect((EVALUATE.lengthAtLeast('var.l', 2) as Expr)(env)).toBe(false);
  });
});
