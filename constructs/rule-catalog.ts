import { Rule } from './core/rule';
import { AZURE_EDITION_VM_RULES } from './windows/azure-edition-rules';

/** Every rule the library applies, in documentation order. */
export const ALL_RULES: readonly Rule<never>[] = [...(AZURE_EDITION_VM_RULES as readonly Rule<never>[])];
