"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resourcesOfType = resourcesOfType;
exports.allStrings = allStrings;
/** Helpers to read raw synthesized Terraform JSON. */
function resourcesOfType(json, type) {
    return Object.values(json?.resource?.[type] ?? {});
}
/** Every string anywhere in a JSON value. */
function allStrings(value, out = []) {
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value))
        value.forEach((v) => allStrings(v, out));
    else if (value && typeof value === 'object')
        Object.values(value).forEach((v) => allStrings(v, out));
    return out;
}
