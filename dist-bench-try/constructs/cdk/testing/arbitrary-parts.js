"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withoutUndefined = exports.mostly = exports.computerNameArbitrary = exports.BAD_COMPUTER_NAMES = exports.BAD_ADMIN_USERNAMES = exports.ADMIN_USERNAMES = exports.OTHER_SIZES = exports.TRUSTED_LAUNCH_SIZES = void 0;
exports.fastCheck = fastCheck;
/** fast-check, loaded when an arbitrary is first asked for: the rest of the testing entry point works without it. */
function fastCheck() {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require('fast-check');
    }
    catch {
        throw new Error('azure-guardrails-cdktf/testing: the arbitraries and assertGuardrailsProperty need fast-check 4 (npm install --save-dev fast-check)');
    }
}
/** Sizes that boot generation 2 images and run trusted launch on x64 (their size pages). */
exports.TRUSTED_LAUNCH_SIZES = ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D2ds_v5', 'Standard_D2as_v5', 'Standard_E4s_v5', 'Standard_F4s_v2', 'Standard_B2ms'];
/** Sizes the rules refuse with Azure Edition images: generation 1 only, no trusted launch, Arm64, and a name no catalog knows. */
exports.OTHER_SIZES = ['Standard_A2_v2', 'Standard_D2_v2', 'Basic_A1', 'Standard_M8ms', 'Standard_NC6s_v3', 'Standard_D2ps_v5', 'Standard_Unknown9'];
exports.ADMIN_USERNAMES = ['fleetadmin', 'platformadmin', 'opsadmin', 'azureuser'];
exports.BAD_ADMIN_USERNAMES = ['admin', 'Administrator', 'a-name-longer-than-twenty', 'ops.'];
exports.BAD_COMPUTER_NAMES = ['a-computer-name-too-long', '123456', 'web-', 'web_01'];
/** A name of 2 to 15 lower-case letters, digits and inner dashes, starting with a letter: a valid computer name. */
const computerNameArbitrary = (fc) => fc.stringMatching(/^[a-z][a-z0-9-]{0,13}[a-z0-9]$/);
exports.computerNameArbitrary = computerNameArbitrary;
/** Mostly a valid value, sometimes an invalid one: the whole space still shrinks towards valid settings. */
const mostly = (fc, valid, invalid, weight = 6) => fc.oneof({ weight, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
exports.mostly = mostly;
/** Drops the keys whose value is `undefined`, so that an absent setting stays absent when spread over props. */
const withoutUndefined = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
exports.withoutUndefined = withoutUndefined;
