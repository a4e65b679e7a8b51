import { Cond, isUndecided } from './condition';
import { Refusal } from './refusal';
import { isUnknown, Maybe } from './unknown';

/** `info` marks what a checker could not decide (a value known only at apply), never a problem. */
export type Severity = 'error' | 'warning' | 'info';

/** What one rule found wrong in one place. */
export interface Finding {
  /** The Terraform attribute (or construct prop) the finding is about. */
  readonly attribute: string;
  /** Lowercase sentence: what is wrong, with the value given. */
  readonly message: string;
  /** The value given, rendered for the reader; omitted for secrets. */
  readonly value?: string;
  /** The values that would be accepted, when the set is small enough to list. */
  readonly allowed?: readonly string[];
  /** What to change, in Terraform terms (attribute names as written). */
  readonly fix: string;
  /** What to change in a construct's props, when it reads differently from {@link Finding.fix}. @default the fix */
  readonly constructFix?: string;
}

/** A Terraform `lifecycle.precondition` that expresses a rule whose input is unknown at synth. */
export interface PreconditionSpec {
  /** The Terraform expression that must be true, as the {@link ExpressionBuilder} built it. */
  readonly condition: unknown;
  /** The rule's id and title. */
  readonly errorMessage: string;
}

/**
 * Builds Terraform expressions without tying the rules to cdktf: the constructs implement it with `Fn`,
 * a checker can implement it with plain strings.
 */
export interface ExpressionBuilder {
  /** `contains([values...], subject)` */
  contains(values: readonly string[], subject: unknown): unknown;
  /** `length(subject) >= min && length(subject) <= max` */
  lengthBetween(subject: unknown, min: number, max: number): unknown;
  /** `can(regex(pattern, subject))`: the whole subject matches when the pattern is anchored. */
  matches(subject: unknown, pattern: string): unknown;
  /** `subject == literal` */
  eq(subject: unknown, literal: string | boolean): unknown;
  /** `length(subject) >= min` */
  lengthAtLeast(subject: unknown, min: number): unknown;
  /** The subject's length in UTF-8 bytes is at most `max` (what Go's `len` counts in the provider's validation). */
  utf8LengthAtMost(subject: unknown, max: number): unknown;
  /** `!a` */
  not(a: unknown): unknown;
  /** `a && b` */
  and(a: unknown, b: unknown): unknown;
  /** `a || b` */
  or(a: unknown, b: unknown): unknown;
  /**
   * `subject == null ? atNull : otherwise`: Terraform reports the errors of the branch it takes only, so `otherwise`
   * may pass the subject to functions that refuse `null`.
   */
  ifNull(subject: unknown, atNull: boolean, otherwise: unknown): unknown;
}

/** One rule: a stable id, a source, and a pure check over facts of type F. */
export interface Rule<F> {
  /** Stable id, used in messages, docs and suppressions. */
  readonly id: string;
  /** `error` refuses the configuration, `warning` is reported, `info` only says what could not be decided. */
  readonly severity: Severity;
  /** Short lowercase title. */
  readonly title: string;
  /**
   * `true` for an error of the library's own policy (a configuration Azure and azurerm apply, such as a literal
   * password or a management port open to the Internet): it can be acknowledged with a reason. An error Azure or
   * azurerm refuse cannot be: acknowledging it would only move the failure to apply. Warnings can always be.
   * @default false
   */
  readonly policy?: boolean;
  /** Where the fact comes from (document, ms.date, or provider source file). */
  readonly source: string;
  /**
   * For an error: who refuses the configuration, when, in what words, and where that is written. An error rule without
   * one reports its findings as warnings. @default none
   */
  readonly refusals?: readonly Refusal[];
  /** Why the rule exists; says when the underlying fact is inferred or contested. */
  readonly doc: string;
  /** Returns one finding per problem; nothing when the facts are fine or not known. */
  check(facts: F): Finding[];
  /**
   * What must hold, stated once over facts: when it cannot be decided at synth (a token), it becomes a Terraform
   * precondition with the rule's id and title. When decided, `check` reports the details.
   */
  holds?(facts: F): Cond;
  /**
   * For a rule Terraform cannot express: the inputs it reads. When one is unknown at synth, a warning says the rule
   * could not be checked.
   */
  inputs?(facts: F): Readonly<Record<string, unknown>>;
}

/** A finding with its rule and the place it was found. */
export interface Violation extends Finding {
  /** The id of the rule that found it. */
  readonly ruleId: string;
  /** The rule's severity. */
  readonly severity: Severity;
  /** The rule's source. */
  readonly source: string;
  /** Construct path, or Terraform address for a checker. */
  readonly path: string;
}

/** The entries of a known list as `name[i]` inputs, so that an unknown entry is reported by its index. */
export function listInputs(name: string, list: Maybe<readonly unknown[]>): Record<string, unknown> {
  return isUnknown(list) ? {} : Object.fromEntries(list.map((v, i) => [`${name}[${i}]`, v]));
}

/** The result of a check that finds nothing, shared: most checks of most constructs find nothing. */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

/** One finding when the condition holds, none otherwise: the shape of most checks. */
export function findingIf(condition: boolean, finding: () => Finding): Finding[] {
  return condition ? [finding()] : NO_FINDINGS;
}

/** The severity a rule's findings are reported with: an error without a refusal is a warning. */
export function severityOf(rule: Pick<Rule<never>, 'severity' | 'refusals'>): Severity {
  return rule.severity === 'error' && !(rule.refusals && rule.refusals.length > 0) ? 'warning' : rule.severity;
}

/** Runs the rules on the facts of one place (a construct path or a Terraform address): every finding, with its rule. */
export function evaluate<F>(rules: readonly Rule<F>[], facts: F, path: string): Violation[] {
  const out: Violation[] = [];
  // indexed loops: most of a fleet's constructs run before V8 optimizes this, and an iterator per rule costs there
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const found = rule.check(facts);
    if (found.length === 0) continue;
    const severity = severityOf(rule as Rule<never>);
    for (let i = 0; i < found.length; i++) {
      // a property before the spread: a literal that opens with a spread gets a hidden class of its own each time
      // (CONTRIBUTING.md, Benchmarks)
      out.push({ ruleId: rule.id, ...found[i], severity, source: rule.source, path });
    }
  }
  return out;
}

/** Preconditions for the rules whose condition is undecided at synth. */
export function preconditions<F>(rules: readonly Rule<F>[], facts: F, x: ExpressionBuilder): PreconditionSpec[] {
  const out: PreconditionSpec[] = [];
  for (const rule of rules) {
    const c = rule.holds?.(facts);
    if (c !== undefined && isUndecided(c)) out.push({ condition: c.build(x), errorMessage: `[${rule.id}] ${rule.title}.` });
  }
  return out;
}

/** Warnings for the rules that read an unknown input and cannot say it as a precondition. */
export function notChecked<F>(rules: readonly Rule<F>[], facts: F, path: string): Violation[] {
  const out: Violation[] = [];
  for (const rule of rules) {
    if (rule.holds || !rule.inputs) continue;
    const unknown = Object.entries(rule.inputs(facts)).filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length === 0) continue;
    out.push({
      ruleId: rule.id,
      severity: 'warning',
      source: rule.source,
      path,
      attribute: unknown.join(', '),
      message: `could not be checked at synth: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} known only at apply (${rule.title})`,
      fix: `make sure the values at apply satisfy: ${rule.title}`,
    });
  }
  return out;
}

/** Renders a known value for a message; unknown values are never guessed. */
export function show(value: Maybe<unknown>): string {
  if (value === undefined) return 'unset';
  if (typeof value === 'string') return `'${value.length > 200 ? value.slice(0, 200) + '…' : value}'`;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return 'an unknown value';
  return String(value);
}

/**
 * One line for a violation: id, path, message, allowed values, fix and source. Without the path where the reader
 * already sees it (a cdktf annotation is printed with its construct path; an error names its construct once).
 */
export function formatViolation(v: Violation, withPath = true): string {
  const parts = [withPath ? `[${v.ruleId}] ${v.path}: ${v.message}` : `[${v.ruleId}] ${v.message}`];
  if (v.allowed && v.allowed.length > 0) parts.push(`allowed: ${v.allowed.map((a) => `'${a}'`).join(', ')}`);
  parts.push(`fix: ${v.fix}`);
  parts.push(`source: ${v.source}`);
  return parts.join('; ');
}
