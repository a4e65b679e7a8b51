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
  const findings = stackFindings(stack, JSON.parse(Testing.synth(stack)), options).map((t) => t.finding);
  return { errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning'), acknowledged: [] };
}

/** A finding and the construct it is about. */
export interface TargetedFinding {
  readonly finding: StackFinding;
  readonly construct: IConstruct;
}

/**
 * The findings of a stack from its synthesized configuration: the rule catalog on every resource, with the construct
 * that holds it, and the warnings the library's constructs reported. A resource warning that the construct owning the
 * resource gave already is said once, by the construct.
 */
export function stackFindings(stack: TerraformStack, configuration: unknown, options: CheckOptions = {}, withConstructWarnings = true): TargetedFinding[] {
  const constructs = stack.node.findAll() as IConstruct[];
  // Terraform address → resource construct (duck-typed: on CDK Terrain the app's classes may come from another copy)
  const byAddress = new Map<string, IConstruct>();
  for (const c of constructs as any[]) {
    if (typeof c.terraformResourceType === 'string' && typeof c.friendlyUniqueId === 'string' && c.terraformGeneratorMetadata !== undefined) byAddress.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
  }
  const out: TargetedFinding[] = [];
  for (const f of checkResources(resourcesOfConfig(configuration, 'cdk.tf.json', () => undefined), options)) {
    if (f.severity === 'info') continue;
    const construct = byAddress.get(f.address) ?? stack;
    // the construct whose main child (`Resource`) the resource is
    const owner = construct.node.id === 'Resource' && construct.node.scope ? construct.node.scope : construct;
    if (f.severity === 'warning' && reportedWarnings(owner as never).some((v) => v.ruleId === f.ruleId)) continue;
    out.push({ construct, finding: { ruleId: f.ruleId, severity: f.severity, constructPath: construct.node.path, address: f.address, attribute: f.attribute, message: f.message, fix: f.fix, source: f.source } });
  }
  if (!withConstructWarnings) return out;
  for (const c of constructs) {
    for (const v of reportedWarnings(c as never)) {
      out.push({ construct: c, finding: { ruleId: v.ruleId, severity: v.severity, constructPath: c.node.path, attribute: v.attribute, message: v.message, fix: v.fix, source: v.source } });
    }
  }
  return out;
}
