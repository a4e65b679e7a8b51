import { cidrContains, ipv4ToNumber, isFqdn, isIpv4, isIpv6, networkOf, parseCidr, sameNetwork } from '../../constructs/core/net';
import { gen1OnlyFamily } from '../../constructs/windows/vm-sizes';
import { nestedVirtualizationSupport } from '../../constructs/windows/nested-virtualization';

describe('network literals', () => {
  test.each([
    ['0.0.0.0', true], ['255.255.255.255', true], ['10.0.0.1', true], ['256.0.0.1', false], ['10.0.0', false], ['10.0.0.1.2', false],
    ['01.0.0.1', false], ['1.2.3.a', false], ['', false], ['1..2.3', false], ['1000.0.0.1', false],
  ])('isIpv4(%p) is %p', (s, ok) => expect(isIpv4(s)).toBe(ok));

  test.each([['2001:db8::10', true], ['::1', true], ['fe80::1::2', false], ['2001:db8:g::1', false], ['10.0.0.1', false], ['abc', false], ['2001:db8:0:0:0:0:0:1', true]])('isIpv6(%p) is %p', (s, ok) => expect(isIpv6(s)).toBe(ok));

  test.each([
    ['files.contoso.com', true], ['a.b', true], ['files.contoso.com.', true], ['x'.repeat(63) + '.com', true], ['x'.repeat(64) + '.com', false],
    ['files', false], ['-a.com', false], ['a-.com', false], ['a..com', false], ['a.123', false], ['a_b.com', false], ['', false], ['.', false],
    [`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`, false], [`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`, true], ['a-b.c0m', true], ['A.B', true],
    // 253 characters is the longest name (a trailing dot does not count); the top-level label may hold digits
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, true], [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}.`, true],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`, false], ['files.a1', true], ['files.1a', true],
  ])('isFqdn(%p) is %p', (s, ok) => expect(isFqdn(s)).toBe(ok));

  test('parses CIDRs and compares networks', () => {
    expect(parseCidr('10.10.1.7/24')).toEqual({ address: ipv4ToNumber('10.10.1.7'), prefix: 24 });
    expect([parseCidr('10.10.1.0/33'), parseCidr('10.10.1.0'), parseCidr('x/24'), parseCidr('10.1.0/24'), parseCidr('10.10.1.0/2a'), parseCidr('x/10.10.1.0/24')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(parseCidr('0.0.0.0/0')).toEqual({ address: 0, prefix: 0 });
    expect(ipv4ToNumber('1.2.3.4')).toBe(16909060);
    expect(networkOf(parseCidr('10.10.1.7/24')!)).toBe(ipv4ToNumber('10.10.1.0'));
    expect(networkOf(parseCidr('10.10.1.7/32')!)).toBe(ipv4ToNumber('10.10.1.7'));
    expect(sameNetwork(parseCidr('10.10.1.7/24')!, parseCidr('10.10.1.200/24')!)).toBe(true);
    expect(sameNetwork(parseCidr('10.10.1.0/24')!, parseCidr('10.10.1.0/25')!)).toBe(false);
    expect(sameNetwork(parseCidr('10.10.1.0/24')!, parseCidr('10.10.2.0/24')!)).toBe(false);
    expect([cidrContains(parseCidr('10.10.1.0/24')!, '10.10.1.255'), cidrContains(parseCidr('10.10.1.0/24')!, '10.10.2.0'), cidrContains(parseCidr('10.10.1.0/24')!, 'x')]).toEqual([true, false, false]);
  });
});

describe('size families', () => {
  test.each([
    ['Basic_A0', 'Basic A and Standard A (A0-A11)'], ['Standard_A11', 'Basic A and Standard A (A0-A11)'], ['STANDARD_A1', 'Basic A and Standard A (A0-A11)'],
    ['Standard_A2_v2', 'Av2'], ['Standard_A8m_v2', 'Av2'], ['Standard_D2_v2', 'D (v1) and Dv2 without premium storage'], ['Standard_D14', 'D (v1) and Dv2 without premium storage'],
    ['Standard_D2_v2_Promo', 'D (v1) and Dv2 without premium storage'], ['Standard_D16_v3', 'Dv3 and Ev3 without premium storage'], ['Standard_E2_v3', 'Dv3 and Ev3 without premium storage'],
    ['Standard_DS2_v2', undefined], ['Standard_D2s_v3', undefined], ['Standard_D2s_v5', undefined], ['Standard_A2m_v3', undefined], ['xStandard_A1', undefined], ['Standard_A1x', undefined],
    ['Standard_D2_v4', undefined], ['Standard_B2ms', undefined], ['Standard_A', undefined], ['Standard_D_v3', undefined],
  ])('gen1OnlyFamily(%p) is %p', (size, family) => expect(gen1OnlyFamily(size)?.family).toBe(family));

  test.each([
    ['Standard_D4s_v3', true], ['Standard_E4_v3', true], ['Standard_D8ds_v4', true], ['Standard_E2d_v4', true], ['Standard_D4s_v5', true], ['Standard_E2_v5', true],
    ['Standard_D4as_v5', true], ['Standard_E8ads_v5', true], ['Standard_F8s_v2', true],
    ['Standard_A4_v2', false], ['Basic_A1', false], ['Standard_A4m_v2', false], ['Standard_B2ms', false], ['Standard_B2s_v2', false], ['Standard_DS2_v2', false], ['Standard_D2_v2_Promo', false],
    ['Standard_D4as_v4', false], ['Standard_E4a_v4', false], ['Standard_DC2s_v2', false], ['Standard_DC4ds_v3', false],
    ['Standard_NC6s_v3', undefined], ['Standard_F8_v2', undefined], ['xStandard_D4s_v5', undefined], ['Standard_D4s_v5x', undefined], ['Standard_M8ms', undefined],
  ])('nestedVirtualizationSupport(%p) is %p', (size, supported) => expect(nestedVirtualizationSupport(size).supported).toBe(supported));

  test('every family names a source', () => {
    const { GEN1_ONLY_FAMILIES } = require('../../constructs/windows/vm-sizes');
    const { NESTED_VIRTUALIZATION_SOURCE } = require('../../constructs/windows/nested-virtualization');
    for (const f of GEN1_ONLY_FAMILIES) expect(f.source).toMatch(/generation|Generation/);
    expect(NESTED_VIRTUALIZATION_SOURCE).toContain('Nested Virtualization');
    expect(nestedVirtualizationSupport('Standard_D4s_v5').family).toBe('Dv5, Dsv5, Ddv5, Ddsv5, Ev5, Esv5, Edv5, Edsv5');
    expect(nestedVirtualizationSupport('Standard_B2ms').family).toBe('B (burstable)');
  });
});
