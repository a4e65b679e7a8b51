/**
 * User data or custom data of a VM: text the library encodes in base64, or a value already in base64. Azure wants
 * base64 in both attributes; a value of the wrong kind is the most common mistake.
 */
export class VmData {
  /** Text (a script, a configuration file); written base64-encoded. A token is encoded with Terraform's `base64encode`. */
  public static fromText(text: string): VmData {
    return new VmData('text', text);
  }

  /** A value already in base64, written as given. */
  public static fromBase64(value: string): VmData {
    return new VmData('base64', value);
  }

  private constructor(
    /** `text` (to encode) or `base64` (written as given). */
    public readonly kind: 'text' | 'base64',
    /** The text or the base64 value, as given. */
    public readonly value: string,
  ) {}
}
