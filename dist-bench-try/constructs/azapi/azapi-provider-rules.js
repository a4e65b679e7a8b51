"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AZAPI_PROVIDER_CHOICE = void 0;
const rule_1 = require("../core/rule");
exports.AZAPI_PROVIDER_CHOICE = {
    id: 'AZAPI-PROVIDER-CHOICE',
    severity: 'error',
    title: 'a construct that needs the azapi provider knows which one to use',
    source: 'Terraform language, provider configuration: a resource without a provider argument uses the default (unaliased) configuration, https://developer.hashicorp.com/terraform/language/providers/configuration',
    doc: 'The constructs that write an azapi_resource use the azapi provider the stack already has (this library\'s AzapiProvider, a generated binding or any provider of azure/azapi), and create one with defaults only when the stack has none, since Terraform refuses two default configurations of one provider. With several aliased azapi providers and no default one, guessing would deploy to the wrong subscription or tenant: the construct must be given its provider.',
    check: (f) => (0, rule_1.findingIf)(!f.explicit && f.aliases.length > 1 && !f.aliases.includes(undefined), () => ({
        attribute: 'provider',
        message: `the stack has ${f.aliases.length} aliased azapi providers (${f.aliases.map((a) => `'${a}'`).join(', ')}) and no default one`,
        value: f.aliases.join(', '),
        fix: 'pass the azapi provider to use (azapiProvider on AzureLocalTrustedLaunchVm, provider on AzapiResource), or configure one without alias',
    })),
};
