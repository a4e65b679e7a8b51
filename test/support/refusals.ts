import { App, TerraformStack, Testing } from 'cdktf';
import { ValidationError, Violation } from '../../constructs';

/** Runs `build` in a fresh stack named `test`, synthesizes it and returns the violations it was refused with; fails if it was not. */
export function refusedWith(build: (stack: TerraformStack) => void): Violation[] {
  const stack = new TerraformStack(new App(), 'test');
  try {
    build(stack);
    Testing.synth(stack);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return [...(e as ValidationError).violations];
  }
  throw new Error('expected a ValidationError');
}

/** The single violation of `build`, with the rule id, the construct path `test/vm` and a lowercase message. */
export function onlyViolation(build: (stack: TerraformStack) => void, ruleId: string): Violation {
  const found = refusedWith(build);
  expect(found.map((v) => v.ruleId)).toEqual([ruleId]);
  expect(found[0].path).toBe('test/vm');
  expect(found[0].message).toMatch(/^[a-z]/);
  expect(found[0].fix.length).toBeGreaterThan(10);
  expect(found[0].source.length).toBeGreaterThan(10);
  return found[0];
}

/** The sorted ids of the rules that refuse the synth of what `build` adds to a fresh stack; empty when it synthesizes. */
export function refusedRuleIds(build: (stack: TerraformStack) => void): string[] {
  const stack = new TerraformStack(new App(), 'test');
  try {
    build(stack);
    Testing.synth(stack);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return [...new Set(e.ruleIds)].sort();
  }
}
