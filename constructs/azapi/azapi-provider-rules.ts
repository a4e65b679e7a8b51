import { findingIf, Rule } from '../core/rule';

/** The azapi providers a stack configures, as a construct that needs one sees them. */
export interface AzapiProviderFacts {
  /** The alias of each azapi provider of the stack; `undefined` for the default (unaliased) one. */
  readonly aliases: readonly (string | undefined)[];
  /** The construct was given its provider explicitly. */
  readonly explicit: boolean;
}

export const AZAPI_PROVIDER_CHOICE: Rule<AzapiProviderFacts> = {
  id: 'AZAPI-PROVIDER-CHOICE',
  severity: 'error',
  refusals: [
    { by: 'this library', when: 'synth', says: 'a construct that writes azapi resources cannot choose among several azapi providers of the stack by itself', source: 'this library\'s constructs' },
  ],
  title: 'a construct that needs the azapi provider knows which one to use',
  source: 'Terraform language, provider configuration: a resource without a provider argument uses the default (unaliased) configuration, https://developer.hashicorp.com/terraform/language/providers/configuration',
  doc: 'The constructs that write an azapi_resource use the azapi provider the stack already has (this library\'s AzapiProvider, a generated binding or any provider of azure/azapi), and create one with defaults only when the stack has none, since Terraform refuses two default configurations of one provider. With several aliased azapi providers and no default one, guessing would deploy to the wrong subscription or tenant: the construct must be given its provider.',
  check: (f) =>
    findingIf(!f.explicit && f.aliases.length > 1 && !f.aliases.includes(undefined), () => ({
      attribute: 'provider',
      message: `the stack has ${f.aliases.length} aliased azapi providers (${f.aliases.map((a) => `'${a}'`).join(', ')}) and no default one`,
      value: f.aliases.join(', '),
      fix: 'pass the azapi provider to use (azapiProvider on AzureLocalTrustedLaunchVm, provider on AzapiResource), or configure one without alias',
    })),
};
