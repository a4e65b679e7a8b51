import { Annotations, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { GuestImageSupportPolicyName } from '../../azure-local/guest-image-support';
import { stackFindings } from '../testing/check-stack';

/** Options of {@link AzureGuardrails}: those of `azguard check`. */
export interface AzureGuardrailsOptions {
  /** Support policy for Azure Local guest images. @default '2025-10' (the newest) */
  readonly supportPolicy?: GuestImageSupportPolicyName;
}

/**
 * An Aspect that applies the rule catalog to every resource of a stack as it will be synthesized: raw provider
 * resources, and the attributes `addOverride` changed on the library's constructs. Each error becomes an error
 * annotation on the construct that holds the resource, so one `cdktf synth` lists every one and fails; each warning
 * a warning annotation. Add it to each stack: `Aspects.of(stack).add(new AzureGuardrails())` (cdktf does not pass an
 * Aspect of the App down to its stacks).
 */
export class AzureGuardrails implements IAspect {
  private readonly visited = new WeakSet<IConstruct>();

  constructor(
    /** @default the defaults of `azguard check` */
    private readonly options: AzureGuardrailsOptions = {},
  ) {}

  /** Checks the stack when the Aspect reaches it; the stack's other constructs are read from there. */
  public visit(node: IConstruct): void {
    // duck-typed: on CDK Terrain the app's stack class may come from another copy of the framework
    const stack = node as TerraformStack;
    if (typeof stack.toTerraform !== 'function' || !('synthesizer' in stack) || this.visited.has(node)) return;
    this.visited.add(node);
    // the stack's configuration as it will be written, tokens resolved and overrides applied
    const configuration = stack.toTerraform();
    // a construct's own warnings are annotations already: only the resource findings are added
    for (const { finding: f, construct: target } of stackFindings(stack, configuration, this.options, false)) {
      const text = `[${f.ruleId}] ${f.attribute ? `${f.attribute}: ` : ''}${f.message}; fix: ${f.fix}; source: ${f.source}`;
      if (f.severity === 'error') Annotations.of(target).addError(text);
      else Annotations.of(target).addWarning(text);
    }
  }
}
