"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VM_INSTANCE_TYPE = void 0;
exports.unknownSecurityProfileKeys = unknownSecurityProfileKeys;
/** The azapi type of an Azure Local VM instance, with the API version this library writes. */
exports.VM_INSTANCE_TYPE = 'Microsoft.AzureStackHCI/virtualMachineInstances@2024-01-01';
/**
 * The keys ARM knows under `properties.securityProfile`, the same from API 2024-01-01 to 2025-09-01-preview (ARM types,
 * bicep-types-az). ARM ignores a key it does not know, so a misspelt one silently drops trusted launch.
 */
const SECURITY_PROFILE_KEYS = { enableTPM: {}, securityType: {}, uefiSettings: { secureBootEnabled: {} } };
const letters = (k) => k.toLowerCase().replace(/[_-]/g, '');
/** Keys of `properties.securityProfile` in a VM instance body that ARM does not know (an unknown key's children are not listed). */
function unknownSecurityProfileKeys(properties) {
    const out = [];
    const walk = (value, known, path) => {
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return;
        for (const key of Object.keys(value)) {
            const here = `${path}.${key}`;
            if (Object.prototype.hasOwnProperty.call(known, key))
                walk(value[key], known[key], here);
            else
                out.push({ path: here, resembles: Object.keys(known).find((k) => letters(k) === letters(key)) });
        }
    };
    const p = properties && typeof properties === 'object' ? properties : {};
    walk(p.securityProfile, SECURITY_PROFILE_KEYS, 'securityProfile');
    return out;
}
