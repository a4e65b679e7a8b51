import { formatViolation, Violation } from './rule';

/** Stable codes of {@link ValidationError}. */
export type ValidationErrorCode = 'INVALID_CONFIGURATION' | 'NO_MATCHING_IMAGE';

/**
 * Thrown at synth (construction) time with every error-severity violation of one construct, so that a
 * user fixes them all in one pass.
 */
export class ValidationError extends Error {
  /** `INVALID_CONFIGURATION` for a construct's settings, `NO_MATCHING_IMAGE` for an image selection. */
  public readonly code: ValidationErrorCode;
  /** Every error of the construct (or selection), each with its rule, value, allowed values, fix and source. */
  public readonly violations: readonly Violation[];

  constructor(code: ValidationErrorCode, violations: readonly Violation[], headline?: string) {
    const path = violations[0]?.path;
    const onePlace = violations.every((v) => v.path === path);
    const head = headline ?? `${violations.length} invalid setting${violations.length === 1 ? '' : 's'} in ${onePlace ? (path ?? 'construct') : 'several constructs'}`;
    // the path is said once in the headline when every violation is in the same construct
    super([head + ':', ...violations.map((v) => '  ' + formatViolation(v, !(onePlace && headline === undefined)))].join('\n'));
    this.name = 'ValidationError';
    this.code = code;
    this.violations = violations;
  }

  /** The distinct rule ids of the violations, sorted. */
  get ruleIds(): string[] {
    return [...new Set(this.violations.map((v) => v.ruleId))].sort();
  }
}
