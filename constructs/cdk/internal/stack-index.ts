import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Constructs of each stack by a key, built by one walk of the stack. The stack is walked again only when a key is
 * not known yet (a construct created since the last walk), so that a fleet of constructs costs one walk, not one each.
 */
export class StackIndex<V> {
  private readonly byStack = new WeakMap<TerraformStack, Map<string, V>>();

  constructor(
    /** Adds the entries of one construct of the stack. */
    private readonly entriesOf: (construct: IConstruct, add: (key: string, value: V) => void) => void,
  ) {}

  /** The entry of `key` in the stack. */
  public get(stack: TerraformStack, key: string): V | undefined {
    let known = this.byStack.get(stack);
    if (known === undefined || !known.has(key)) {
      const index = new Map<string, V>();
      for (const c of stack.node.findAll()) this.entriesOf(c, (k, v) => index.set(k, v));
      this.byStack.set(stack, index);
      known = index;
    }
    return known.get(key);
  }
}
