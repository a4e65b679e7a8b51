import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkResources, CheckOptions } from '../../checker/check';
import { resourcesOfJson } from '../../checker/load';
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
  const findings = stackFindings(stack, Testing.synth(stack), options);
  return { errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning'), acknowledged: [] };
}

/**
 * The findings of a stack from its synthesized JSON: the rule catalog on every resource, with the construct that
 * holds it, and the warnings the library's constructs reported that the resource check did not repeat.
 */
export function stackFindings(stack: TerraformStack, json: string, options: CheckOptions = {}): StackFinding[] {
  const paths = constructPaths(stack);
  const findings: StackFinding[] = checkResources(resourcesOfJson(json, 'cdk.tf.json'), options)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, constructPath: paths.get(f.address) ?? stack.node.path, address: f.address, attribute: f.attribute, message: f.message, fix: f.fix, source: f.source }));
  // a construct's own warnings, unless the resource check said the same of the construct's resource
  const seen = new Set(findings.map((f) => `${f.ruleId} ${owner(f.constructPath)}`));
  for (const c of stack.node.findAll() as IConstruct[]) {
    for (const v of reportedWarnings(c as never)) {
      if (seen.has(`${v.ruleId} ${c.node.path}`)) continue;
      findings.push({ ruleId: v.ruleId, severity: v.severity, constructPath: c.node.path, attribute: v.attribute, message: v.message, fix: v.fix, source: v.source });
    }
  }
  return findings;
}

/** The construct that owns a resource: the construct whose main child (`Resource`) it is, else the resource's own path. */
const owner = (path: string) => path.replace(/\/Resource$/, '');

/** Terraform address → construct path, for every resource of the stack (duck-typed: the app's cdktf may be another copy). */
function constructPaths(stack: TerraformStack): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of stack.node.findAll() as any[]) {
    if (typeof c.terraformResourceType === 'string' && typeof c.friendlyUniqueId === 'string' && c.terraformGeneratorMetadata !== undefined) out.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c.node.path);
  }
  return out;
}
