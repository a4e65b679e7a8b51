"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.agreesWithModel = agreesWithModel;
const fast_check_1 = __importDefault(require("fast-check"));
const seed_1 = require("./seed");
/**
 * The two checks of a public arbitrary against the test models: valid-only settings are valid by the model and the
 * library finds no error in them; over the whole space the library refuses exactly what the model refuses, and both
 * verdicts occur.
 */
function agreesWithModel(arbitrary, actual, expected, counts) {
    test('valid-only settings are valid by the model, and the guardrails find no error', () => {
        fast_check_1.default.assert(fast_check_1.default.property(arbitrary({ validOnly: true }), (s) => {
            expect(expected(s)).toEqual([]);
            expect(actual(s)).toEqual([]);
        }), { numRuns: (0, seed_1.runs)(counts.validOnly) });
    });
    test('over the whole space, the guardrails refuse exactly what the model refuses', () => {
        let refused = 0;
        fast_check_1.default.assert(fast_check_1.default.property(arbitrary(), (s) => {
            const want = expected(s);
            if (want.length > 0)
                refused++;
            expect(actual(s)).toEqual(want);
        }), { numRuns: (0, seed_1.runs)(counts.whole) });
        expect(refused).toBeGreaterThan(0);
        expect(refused).toBeLessThan((0, seed_1.runs)(counts.whole));
    });
}
