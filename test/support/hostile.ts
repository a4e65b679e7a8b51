import fc from 'fast-check';

/** Stands for a Terraform token (a variable), created in the stack under test by {@link mutate}. */
export const TOKEN = Symbol.for('test-token');

/** Values no prop should ever crash on. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(TOKEN),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 0, 1.5, '', ' ', true, false, [], {}),
  fc.constantFrom('AUTOMATICBYPLATFORM', 'automaticbyplatform', 'readwrite', 'v2', 'trustedlaunch', 'INTERNET', '*', '0.0.0.0/0'),
  fc.constantFrom('x'.repeat(100_000), '名前-サーバー', '🚀🔥', 'a\u0000b', '${var.injected}', "'; Remove-Item C:\\ -Recurse; '", '\n\r\t'),
  fc.constantFrom<unknown>(Object.freeze({}), Object.freeze(['a']), JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, new Date(0), /re/, () => 1, Symbol('s'), 10n),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
);

/** A change to a props object: a known key, a nested key, a typo, an extra key, or a prototype key. */
export interface Mutation {
  readonly path: readonly string[];
  readonly value: unknown;
}

export function mutation(keys: readonly (readonly string[])[]): fc.Arbitrary<Mutation> {
  return fc.record({
    path: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...keys) },
      { weight: 1, arbitrary: fc.constantFrom<readonly string[]>(['__proto__'], ['constructor'], ['toString'], ['extra'], ['hotpach'], ['nme']) },
    ),
    value: hostileValue,
  });
}

/** Applies mutations to a deep copy of `base`, as own data properties (never through a prototype). */
export function mutate(base: Record<string, unknown>, mutations: readonly Mutation[], freeze: boolean, token: () => unknown): Record<string, unknown> {
  const copy = (v: unknown): unknown => (Array.isArray(v) ? [...v] : v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? { ...(v as object) } : v);
  const root = copy(base) as Record<string, unknown>;
  for (const m of mutations) {
    let target: Record<string, unknown> = root;
    for (const key of m.path.slice(0, -1)) {
      const next = copy(target[key]);
      if (!next || typeof next !== 'object' || Object.isFrozen(next)) {
        target = {};
        break;
      }
      Object.defineProperty(target, key, { value: next, enumerable: true, writable: true, configurable: true });
      target = next as Record<string, unknown>;
    }
    const value = m.value === TOKEN ? token() : m.value;
    Object.defineProperty(target, m.path[m.path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  }
  return freeze ? Object.freeze(root) : root;
}
