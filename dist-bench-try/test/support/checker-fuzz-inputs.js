"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkerDocument = exports.planResourceChanges = exports.configurationResources = exports.jsonValue = void 0;
const fast_check_1 = __importDefault(require("fast-check"));
/** JSON values as a file can hold them: wrong types, nulls, prototype keys, expressions, deep and wide values. */
exports.jsonValue = fast_check_1.default.letrec((tie) => ({
    value: fast_check_1.default.oneof({ depthSize: 'small', withCrossShrink: true }, fast_check_1.default.constantFrom(null, true, false, 0, -1, 5, 1.5, '', '*', 'Internet', 'AutomaticByPlatform', '2022-datacenter-azure-edition-core', '${var.x}', '${azurerm_network_interface.n.id}', 'x'.repeat(10_000)), fast_check_1.default.string({ maxLength: 8 }), fast_check_1.default.array(tie('value'), { maxLength: 4 }), fast_check_1.default.dictionary(fast_check_1.default.constantFrom('__proto__', 'constructor', 'toString', 'security_rule', 'destination_port_ranges', 'source_address_prefixes', 'source_image_reference', 'patch_mode', 'body', 'type', 'name', 'os_profile', 'extension'), tie('value'), { maxKeys: 4 })),
})).value;
const TYPES = ['azurerm_windows_virtual_machine', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set', 'azurerm_network_security_rule', 'azurerm_network_security_group', 'azurerm_stack_hci_marketplace_gallery_image', 'azapi_resource', 'azurerm_key_vault_certificate', 'azurerm_virtual_machine_run_command'];
/** The resource section of a configuration: known types with blocks of any shape. */
exports.configurationResources = fast_check_1.default.dictionary(fast_check_1.default.constantFrom(...TYPES), fast_check_1.default.oneof(exports.jsonValue, fast_check_1.default.dictionary(fast_check_1.default.constantFrom('a', 'b', '__proto__'), exports.jsonValue, { maxKeys: 3 })), { maxKeys: 4 });
/** The resource changes of a plan (terraform show -json), carrying values of any shape. */
exports.planResourceChanges = fast_check_1.default.array(fast_check_1.default.record({ address: fast_check_1.default.constantFrom('azurerm_windows_virtual_machine.vm', 'azapi_resource.vmi', 'azurerm_network_security_rule.r'), mode: fast_check_1.default.constantFrom('managed', 'data', 5), type: fast_check_1.default.constantFrom(...TYPES), name: fast_check_1.default.constantFrom('vm', 'r'), change: fast_check_1.default.oneof(exports.jsonValue, fast_check_1.default.record({ after: exports.jsonValue, after_unknown: exports.jsonValue })) }), { maxLength: 3 });
/** A whole document of either kind, as `azguard check` reads it from a `.tf.json` or plan file. */
exports.checkerDocument = fast_check_1.default.oneof(exports.configurationResources.map((resource) => ({ resource })), exports.planResourceChanges.map((resource_changes) => ({ format_version: '1.2', resource_changes })));
