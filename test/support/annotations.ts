import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';

/** The warning annotations of a construct once its stack is synthesized (the library says its warnings at synth). */
export function warningsOf(construct: IConstruct): string[] {
  Testing.synth(TerraformStack.of(construct));
  return construct.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

/** The rule ids of the warning annotations of a construct and its children, once its stack is synthesized. */
export function warningIdsUnder(construct: IConstruct): string[] {
  Testing.synth(TerraformStack.of(construct));
  return construct.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => /^\[([A-Z0-9-]+)\]/.exec(String(m.data))?.[1] ?? '?'));
}
