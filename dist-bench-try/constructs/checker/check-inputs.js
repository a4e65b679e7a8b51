"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkInputs = checkInputs;
const path_1 = require("path");
const check_1 = require("./check");
const load_1 = require("./load");
const terraform_config_1 = require("./terraform-config");
/**
 * Checks the inputs one module (directory) at a time: the rules only follow references within a module, so the
 * resources of a module are dropped once it is checked, and memory holds the largest module, not the estate.
 */
async function checkInputs(paths, readStdin, options = {}, limits = {}) {
    const modules = new Map();
    for (const input of (0, load_1.inputFiles)(paths)) {
        const key = input.path === '-' ? '-' : (0, path_1.dirname)(input.path);
        const list = modules.get(key) ?? [];
        list.push(input);
        modules.set(key, list);
    }
    const files = [];
    const findings = [];
    let resourceCount = 0;
    for (const inputs of modules.values()) {
        const resources = [];
        for (const input of inputs) {
            files.push(input.path);
            for (const r of await (0, load_1.loadFile)(input, readStdin, limits))
                resources.push(r);
        }
        for (const f of (0, check_1.checkResources)(resources, options))
            findings.push(f);
        for (const r of resources)
            if (!(0, terraform_config_1.isDefinition)(r))
                resourceCount++;
    }
    return { files, findings, resourceCount };
}
