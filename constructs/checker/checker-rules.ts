import { Rule } from '../core/rule';
import { isUnknown } from '../core/unknown';

/** With `verbose`, each fact whose value is an expression: the rules that read it could not decide at check time. */
export const AZG_UNKNOWN_VALUE: Rule<object> = {
  id: 'AZG-UNKNOWN-VALUE',
  severity: 'info',
  title: 'a value is an expression, so the rules that read it were not checked',
  source: 'azguard: references, variables and function calls are known only to terraform at plan',
  doc: 'azguard check reads literal values only. An attribute whose value is a reference, a variable or a function call is unknown to it: never an error, and with --verbose one info finding names it, so that a reader knows which rules could not decide. Terraform preconditions (as the constructs write them) or a check of the plan JSON (terraform show -json) see the real values.',
  check: (facts) => unknownFacts(facts).map((name) => ({ attribute: name, message: `${name} is not a literal; the rules that need it were not checked`, fix: 'nothing to do; terraform knows the value at plan' })),
};

/** Names of the facts whose value is an expression, for `--verbose`. */
function unknownFacts(facts: object, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(facts)) {
    if (isUnknown(v)) out.push(prefix + k);
    else if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...unknownFacts(v, `${prefix}${k}.`));
  }
  return out;
}

/** A resource block of a shape Terraform refuses, or that the checker cannot read: reported, never taken as clean. */
export const AZG_INPUT_SHAPE: Rule<{ readonly problem: string }> = {
  id: 'AZG-INPUT-SHAPE',
  severity: 'error',
  refusals: [
    { by: 'Terraform', when: 'plan', says: 'a resource block of this shape is not one Terraform reads (a list where an object is expected, a missing body)', source: 'Terraform JSON configuration syntax, https://developer.hashicorp.com/terraform/language/syntax/json' },
  ],
  title: 'every resource block has the shape Terraform reads',
  source: 'Terraform JSON configuration syntax: resource.<type>.<name> is an object of attributes, https://developer.hashicorp.com/terraform/language/syntax/json',
  doc: 'A resource type whose value is not an object of named blocks, a block that is not an object, or an attribute of a type the checker cannot read (a number where Terraform wants a list), or a resource block, resource type or resource key written twice in one JSON file (JSON parsers keep the last and hide the others; Terraform refuses duplicate blocks) is reported on its own block, with the file and address, and every other resource is still checked. azguard check then exits 2 (unusable input), after printing every finding, since it could not read everything it was given.',
  check: (f) => [{ attribute: '', message: `${f.problem}; the rules were not applied to it`, fix: 'write the block as the provider schema expects (terraform validate shows the error)' }],
};

