"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VmData = void 0;
/**
 * User data or custom data of a VM: text the library encodes in base64, or a value already in base64. Azure wants
 * base64 in both attributes; a value of the wrong kind is the most common mistake.
 */
class VmData {
    kind;
    value;
    /** Text (a script, a configuration file); written base64-encoded. A token is encoded with Terraform's `base64encode`. */
    static fromText(text) {
        return new VmData('text', text);
    }
    /** A value already in base64, written as given. */
    static fromBase64(value) {
        return new VmData('base64', value);
    }
    constructor(
    /** `text` (to encode) or `base64` (written as given). */
    kind, 
    /** The text or the base64 value, as given. */
    value) {
        this.kind = kind;
        this.value = value;
    }
}
exports.VmData = VmData;
