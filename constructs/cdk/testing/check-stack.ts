import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkResources, CheckOptions } from '../../checker/check';
import { resourcesOfConfig } from '../../checker/terraform-config';
import { Severity } from '../../core/rule';
import { AZG_ACKNOWLEDGEMENT_UNUSED } from '../../core/acknowledgement';
import { evaluate } from '../../core/rule';
import { acknowledgementOf, acknowledgementsIn, recordedFindings, withoutRefusal } from '../internal/construct-findings';

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
  /** Set when an acknowledgement waives the finding. */
  readonly acknowledgement?: StackFindingAcknowledgement;
}

/** The acknowledgement that waives a finding. */
export interface StackFindingAcknowledgement {
  /** The reason given. */
  readonly reason: string;
  /** The construct it was given on. */
  readonly constructPath: string;
}

/** The guardrail findings of a stack, split by severity; acknowledged findings apart, whatever their severity. */
export interface StackCheck {
  /** Findings that Azure or azurerm would refuse (or the library's policy refuses), not acknowledged. */
  readonly errors: readonly StackFinding[];
  /** Findings worth reading that do not refuse the stack, not acknowledged. */
  readonly warnings: readonly StackFinding[];
  /** Findings waived by `AzureGuardrails.acknowledge`, each with its reason. */
  readonly acknowledged: readonly StackFinding[];
}

/**
 * Applies the guardrails to a stack as it will be synthesized: what the library's constructs found in their props, the
 * rule catalog on every resource of the synthesized JSON (raw provider resources and attributes changed by
 * `addOverride` included, exactly as `azguard check` reads them), and the acknowledgements given. Findings are
 * structured: no annotation text to parse, and an invalid stack is reported instead of thrown.
 */
export function checkStack(stack: TerraformStack, options: CheckOptions = {}): StackCheck {
  const findings = stackFindings(stack, JSON.parse(withoutRefusal(() => Testing.synth(stack))), options).map((t) => t.finding);
  const open = findings.filter((f) => !f.acknowledgement);
  return { errors: open.filter((f) => f.severity === 'error'), warnings: open.filter((f) => f.severity === 'warning'), acknowledged: findings.filter((f) => f.acknowledgement) };
}

/** A finding, the construct it is about, and where it comes from. */
export interface TargetedFinding {
  readonly finding: StackFinding;
  readonly construct: IConstruct;
  /** `resource` from the rule catalog on the synthesized JSON, `construct` from a construct's props, `acknowledgement` an unused one. */
  readonly origin: 'resource' | 'construct' | 'acknowledgement';
}

/**
 * The findings of a stack from its synthesized configuration: the rule catalog on every resource, with the construct
 * that holds it; what the library's constructs found; and each acknowledgement that waives nothing. A resource finding
 * that the construct owning the resource found already is said once, by the construct.
 */
export function stackFindings(stack: TerraformStack, configuration: unknown, options: CheckOptions = {}): TargetedFinding[] {
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
    if (recordedFindings(owner).some((v) => v.ruleId === f.ruleId)) continue;
    out.push(targeted(construct, 'resource', f, f.address, f.acknowledgement && { reason: f.acknowledgement.reason, constructPath: f.acknowledgement.scope }));
  }
  for (const c of constructs) {
    for (const v of recordedFindings(c)) {
      const a = acknowledgementOf(c, v.ruleId);
      out.push(targeted(c, 'construct', v, undefined, a && { reason: a.reason, constructPath: a.scope.node.path }));
    }
  }
  // an acknowledgement is used when a finding of its rule is on its construct or below
  const under = (scope: IConstruct, path: string) => path === scope.node.path || path.startsWith(scope.node.path + '/');
  for (const a of acknowledgementsIn(stack)) {
    if (out.some((t) => t.finding.ruleId === a.ruleId && under(a.scope, t.construct.node.path))) continue;
    for (const v of evaluate([AZG_ACKNOWLEDGEMENT_UNUSED], { acknowledgement: a, scope: a.scope.node.path }, a.scope.node.path)) {
      out.push(targeted(a.scope, 'acknowledgement', v));
    }
  }
  return out;
}

/** A finding of a rule (from the checker or a construct) in the terms of the construct tree. */
function targeted(
  construct: IConstruct,
  origin: TargetedFinding['origin'],
  f: Pick<StackFinding, 'ruleId' | 'severity' | 'attribute' | 'message' | 'fix' | 'source'>,
  address?: string,
  acknowledgement?: StackFindingAcknowledgement,
): TargetedFinding {
  const finding: StackFinding = { ruleId: f.ruleId, severity: f.severity, constructPath: construct.node.path, ...(address !== undefined ? { address } : {}), attribute: f.attribute, message: f.message, fix: f.fix, source: f.source, ...(acknowledgement ? { acknowledgement } : {}) };
  return { construct, origin, finding };
}
