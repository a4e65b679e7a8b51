import fc from 'fast-check';

/** JSON values as a file can hold them: wrong types, nulls, prototype keys, expressions, deep and wide values. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 5, 1.5, '', '*', 'Internet', 'AutomaticByPlatform', '2022-datacenter-azure-edition-core', '${var.x}', '${azurerm_network_interface.n.id}', 'x'.repeat(10_000)),
    fc.string({ maxLength: 8 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'security_rule', 'destination_port_ranges', 'source_address_prefixes', 'source_image_reference', 'patch_mode', 'body', 'type', 'name', 'os_profile', 'extension'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** The resource types the checker reads, which the generated documents use. */
export const CHECKED_TYPES = ['azurerm_windows_virtual_machine', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set', 'azurerm_network_security_rule', 'azurerm_network_security_group', 'azurerm_stack_hci_marketplace_gallery_image', 'azapi_resource', 'azurerm_key_vault_certificate', 'azurerm_virtual_machine_run_command'];

/** The resource section of a configuration: known types with blocks of any shape. */
export const configurationResources = fc.dictionary(fc.constantFrom(...CHECKED_TYPES), fc.oneof(jsonValue, fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), jsonValue, { maxKeys: 3 })), { maxKeys: 4 });

/** The resource changes of a plan (terraform show -json), carrying values of any shape. */
export const planResourceChanges = fc.array(fc.record({ address: fc.constantFrom('azurerm_windows_virtual_machine.vm', 'azapi_resource.vmi', 'azurerm_network_security_rule.r'), mode: fc.constantFrom('managed', 'data', 5), type: fc.constantFrom(...CHECKED_TYPES), name: fc.constantFrom('vm', 'r'), change: fc.oneof(jsonValue, fc.record({ after: jsonValue, after_unknown: jsonValue })) }), { maxLength: 3 });

/** A whole document of either kind, as `azguard check` reads it from a `.tf.json` or plan file. */
export const checkerDocument: fc.Arbitrary<unknown> = fc.oneof(
  configurationResources.map((resource) => ({ resource })),
  planResourceChanges.map((resource_changes) => ({ format_version: '1.2', resource_changes })),
);
