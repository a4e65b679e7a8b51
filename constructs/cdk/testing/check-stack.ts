import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkResources, CheckOptions } from '../../checker/check';
import { resourcesOfConfig } from '../../checker/terraform-config';
import { Severity } from '../../core/rule';
import { reportedWarnings } from '../internal/apply-rules';

/** One finding on a user's stack, in the terms of the construct tree and of the synthesized Terraform. */
export interface StackFinding {
  /** The rule's id, e.g. `WIN-HOTPATCH-IMAGE`. */
  readonly ruleId: string;
  /** `error` or `warning`. */
  readonly severity: Severity;
  /** The construct the finding is about, e.g. `app/web/vm`. */
  readonly constructPath: string;
  /** The Terraform address of the resource, e.g. `azurerm_windows_virtual_machine.web_vm_1A2B3C4D`, when it is one resource. */
  readonly address?: string;
  /** The attribute (Terraform name) or construct prop the finding is about. */
  readonly attribute: string;
  /** What is wrong, with the value given. */
  readonly message: string;
  /** What to change. */
  readonly fix: string;
  /** The rule's source. */
  readonly source: string;
}

/** The guardrail findings of a stack, split by severity. */
export interface StackCheck {
  /** Findings that Azure or azurerm would refuse (or the library's policy refuses). */
  readonly errors: readonly StackFinding[];
  /** Findings worth reading that do not refuse the stack. */
  readonly warnings: readonly StackFinding[];
  /** Findings acknowledged with a reason; empty until acknowledgements are supported. */
  readonly acknowledged: readonly StackFinding[];
}

/**
 * Applies the guardrails to a stack as it will be synthesized: the rule catalog on every resource of the synthesized
 * JSON (raw provider resources and attributes changed by `addOverride` included, exactly as `azguard check` reads
 * them), plus the warnings the library's constructs reported. Findings are structured: no annotation text to parse.
 */
export function checkStack(stack: TerraformStack, options: CheckOptions = {}): StackCheck {
  const findings = stackFindings(stack, JSON.parse(Testing.synth(stack)), options);
  return { errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning'), acknowledged: [] };
}

/**
 * The findings of a stack from its synthesized configuration: the rule catalog on every resource, with the construct
 * that holds it, and the warnings the library's constructs reported that the resource check did not repeat.
 */
export function stackFindings(stack: TerraformStack, configuration: unknown, options: CheckOptions = {}, withConstructWarnings = true): StackFinding[] {
  const { paths, byPath } = constructIndex(stack);
  const resourceFindings: StackFinding[] = checkResources(resourcesOfConfig(configuration, 'cdk.tf.json', () => undefined), options)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, constructPath: paths.get(f.address) ?? stack.node.path, address: f.address, attribute: f.attribute, message: f.message, fix: f.fix, source: f.source }));
  // a warning the construct that owns the resource gave already is said once, by the construct
  const saidByOwner = (f: StackFinding) => f.severity === 'warning' && reportedWarnings(byPath.get(owner(f.constructPath)) as never).some((v) => v.ruleId === f.ruleId);
  const findings = resourceFindings.filter((f) => !saidByOwner(f));
  if (!withConstructWarnings) return findings;
  for (const c of byPath.values()) {
    for (const v of reportedWarnings(c as never)) {
      findings.push({ ruleId: v.ruleId, severity: v.severity, constructPath: c.node.path, attribute: v.attribute, message: v.message, fix: v.fix, source: v.source });
    }
  }
  return findings;
}

/** The construct that owns a resource: the construct whose main child (`Resource`) it is, else the resource's own path. */
const owner = (path: string) => path.replace(/\/Resource$/, '');

/** Terraform address → construct path of every resource, and path → construct (duck-typed: the app's cdktf may be another copy). */
function constructIndex(stack: TerraformStack): { paths: Map<string, string>; byPath: Map<string, IConstruct> } {
  const paths = new Map<string, string>();
  const byPath = new Map<string, IConstruct>();
  for (const c of stack.node.findAll() as any[]) {
    byPath.set(c.node.path, c);
    if (typeof c.terraformResourceType === 'string' && typeof c.friendlyUniqueId === 'string' && c.terraformGeneratorMetadata !== undefined) paths.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c.node.path);
  }
  return { paths, byPath };
}
