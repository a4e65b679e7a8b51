/**
 * Who refuses a configuration an error rule finds, and where that is written. An error is a promise that the
 * configuration is refused: without a refusal, a rule's errors are reported as warnings.
 */
export interface Refusal {
  /** `azurerm` or `azapi` (the provider), `Azure` (the API or the platform), or `this library` (its policy, or what a construct promises). */
  readonly by: 'azurerm' | 'azapi' | 'Azure' | 'Terraform' | 'this library';
  /** `plan` (provider validation), `apply` (the provider's create, or the Azure API), or `synth` (this library). */
  readonly when: 'synth' | 'plan' | 'apply';
  /** The refusal as its source words it, quoted, or the statement of the documentation. */
  readonly says: string;
  /** Where: a file and lines at a provider tag, or a dated documentation page. */
  readonly source: string;
}

/** One line for a refusal: who, when, what it says, and where. */
export function formatRefusal(r: Refusal): string {
  return `${r.by} at ${r.when}: ${r.says} (${r.source})`;
}
