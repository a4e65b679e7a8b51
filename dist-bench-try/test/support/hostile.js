"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.hostileValue = exports.TOKEN = void 0;
exports.mutation = mutation;
exports.mutate = mutate;
const fast_check_1 = __importDefault(require("fast-check"));
/** Stands for a Terraform token (a variable), created in the stack under test by {@link mutate}. */
exports.TOKEN = Symbol.for('test-token');
/** Values no prop should ever crash on. */
exports.hostileValue = fast_check_1.default.oneof(fast_check_1.default.constant(exports.TOKEN), fast_check_1.default.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 0, 1.5, '', ' ', true, false, [], {}), fast_check_1.default.constantFrom('AUTOMATICBYPLATFORM', 'automaticbyplatform', 'readwrite', 'v2', 'trustedlaunch', 'INTERNET', '*', '0.0.0.0/0'), fast_check_1.default.constantFrom('x'.repeat(100_000), '名前-サーバー', '🚀🔥', 'a\u0000b', '${var.injected}', "'; Remove-Item C:\\ -Recurse; '", '\n\r\t'), fast_check_1.default.constantFrom(Object.freeze({}), Object.freeze(['a']), JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, new Date(0), /re/, () => 1, Symbol('s'), 10n), fast_check_1.default.string({ unit: 'grapheme', maxLength: 20 }), fast_check_1.default.integer(), fast_check_1.default.double(), fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.string({ maxLength: 5 }), fast_check_1.default.integer(), fast_check_1.default.constant(null)), { maxLength: 3 }), fast_check_1.default.dictionary(fast_check_1.default.string({ maxLength: 5 }), fast_check_1.default.oneof(fast_check_1.default.string({ maxLength: 5 }), fast_check_1.default.integer()), { maxKeys: 3 }));
function mutation(keys) {
    return fast_check_1.default.record({
        path: fast_check_1.default.oneof({ weight: 6, arbitrary: fast_check_1.default.constantFrom(...keys) }, { weight: 1, arbitrary: fast_check_1.default.constantFrom(['__proto__'], ['constructor'], ['toString'], ['extra'], ['hotpach'], ['nme']) }),
        value: exports.hostileValue,
    });
}
/** Applies mutations to a deep copy of `base`, as own data properties (never through a prototype). */
function mutate(base, mutations, freeze, token) {
    const copy = (v) => (Array.isArray(v) ? [...v] : v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? { ...v } : v);
    const root = copy(base);
    for (const m of mutations) {
        let target = root;
        for (const key of m.path.slice(0, -1)) {
            const next = copy(target[key]);
            if (!next || typeof next !== 'object' || Object.isFrozen(next)) {
                target = {};
                break;
            }
            Object.defineProperty(target, key, { value: next, enumerable: true, writable: true, configurable: true });
            target = next;
        }
        const value = m.value === exports.TOKEN ? token() : m.value;
        Object.defineProperty(target, m.path[m.path.length - 1], { value, enumerable: true, writable: true, configurable: true });
    }
    return freeze ? Object.freeze(root) : root;
}
