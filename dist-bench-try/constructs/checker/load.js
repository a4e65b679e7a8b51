"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.STREAM_JSON_BYTES = exports.MAX_INPUT_BYTES = void 0;
exports.terraformFiles = terraformFiles;
exports.resourcesOfJson = resourcesOfJson;
exports.resourcesOfStreamedJson = resourcesOfStreamedJson;
exports.resourcesOfHcl = resourcesOfHcl;
exports.inputFiles = inputFiles;
exports.loadFile = loadFile;
exports.loadInputs = loadInputs;
const fs_1 = require("fs");
const buffer_1 = require("buffer");
const path_1 = require("path");
const acknowledgements_1 = require("./acknowledgements");
const json_stream_1 = require("./json-stream");
const terraform_config_1 = require("./terraform-config");
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
/** Terraform files below a directory: `*.tf` and `*.tf.json`, recursively (skipping node_modules, .git, .terraform). */
function terraformFiles(dir) {
    const out = [];
    for (const entry of (0, fs_1.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = (0, path_1.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name))
                for (const f of terraformFiles(path))
                    out.push(f);
        }
        else if (entry.name.endsWith('.tf') || entry.name.endsWith('.tf.json')) {
            out.push(path);
        }
    }
    return out;
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(String(e.message));
        const where = m ? ` at line ${text.slice(0, Number(m[1])).split('\n').length}` : '';
        throw new terraform_config_1.InputError(file, `invalid JSON${where}: ${e.message}`);
    }
}
/** Resources of one JSON document: a plan or a configuration. */
function resourcesOfJson(text, file) {
    const doc = parseJson(text, file);
    const duplicates = new Map();
    const lines = (0, terraform_config_1.jsonResourceLines)(text, duplicates);
    return resourcesOfDocument(doc, file, (t, n) => lines.get(`${t}.${n}`), [...duplicates].map(([address, at]) => ({ address, times: at.length, lines: at })));
}
/**
 * Resources of a parsed JSON document, however it was read: a plan, or a configuration with the block names it
 * wrote more than once (`JSON.parse` and the streamed reader both keep the last).
 */
function resourcesOfDocument(doc, file, lineFinder, duplicates) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new terraform_config_1.InputError(file, 'not a Terraform JSON configuration or plan (expected an object)');
    if ((0, terraform_config_1.isPlan)(doc))
        return (0, terraform_config_1.resourcesOfPlan)(doc, file);
    const resources = (0, terraform_config_1.resourcesOfConfig)(doc, file, lineFinder);
    for (const d of duplicates)
        resources.push(duplicateBlock(file, d.address, d.times, d.lines));
    return resources;
}
/**
 * A block name written more than once: JSON keeps the last of each repeated key, so the earlier blocks were never
 * read, and Terraform refuses the file. Its lines when the file was read as text.
 */
function duplicateBlock(file, address, times, lines = []) {
    const what = address === 'resource' ? 'the top-level "resource" key' : address.includes('.') ? 'the resource block' : `the resource type ${address}`;
    const where = lines.length > 0 ? ` (lines ${lines.join(', ')})` : '';
    return {
        file,
        address,
        type: address.split('.')[0],
        name: address.split('.')[1] ?? '',
        values: {},
        ...(lines.length > 0 ? { line: lines[0] } : {}),
        problem: `${what} is written ${times} times${where}; JSON keeps only the last, so the others were not read, and Terraform refuses duplicate blocks`,
    };
}
/** Resources of a JSON file read as a stream (a file too large to read as one string): no line numbers. */
async function resourcesOfStreamedJson(file) {
    const { document, duplicates } = await (0, json_stream_1.streamJsonDocument)(file);
    return resourcesOfDocument(document, file, () => undefined, [...duplicates].map(([address, times]) => ({ address, times })));
}
/** Resources of one HCL file, parsed with @cdktf/hcl2json. */
async function resourcesOfHcl(text, file) {
    const { parse } = await Promise.resolve().then(() => __importStar(require('@cdktf/hcl2json')));
    let doc;
    try {
        doc = await parse(file, text);
    }
    catch (e) {
        throw new terraform_config_1.InputError(file, `invalid HCL: ${String(e.message ?? e).split('\n')[0]}`);
    }
    const lines = (0, terraform_config_1.hclResourceLines)(text);
    return (0, terraform_config_1.resourcesOfConfig)(doc, file, (t, n) => lines.get(`${t}.${n}`), (0, acknowledgements_1.hclAcknowledgements)(text));
}
/** Appends without spreading: a spread of a list of some 100,000 items overflows the call stack. */
function append(target, items) {
    for (const item of items)
        target.push(item);
}
/** Any failure while reading one file becomes an input error that names it, never a bare JavaScript error. */
async function readResources(file, read) {
    try {
        return await read();
    }
    catch (e) {
        throw e instanceof terraform_config_1.InputError ? e : new terraform_config_1.InputError(file, `cannot be read: ${e?.message ?? String(e)}`);
    }
}
/** The largest input azguard reads as one string, from a pipe or device (`-`, `/dev/stdin`): about the longest string Node.js can hold. */
exports.MAX_INPUT_BYTES = 512 * 1024 * 1024;
/**
 * JSON files larger than this are read as a stream of tokens: `JSON.parse` cannot read a file past the longest string
 * Node.js holds. Below it `JSON.parse` is faster and peaks lower (1,000,000 resources in 510 MB: 39 s and 2.8 GB
 * against 60 s and 3.3 GB streamed, on 2 cores), so it reads every file it can.
 */
exports.STREAM_JSON_BYTES = buffer_1.constants.MAX_STRING_LENGTH;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Why a path cannot be opened, in words. */
function statProblem(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'ELOOP')
        return 'too many levels of symbolic links (a symbolic link loop)';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return `cannot be opened: ${e?.message ?? String(e)}`;
}
/**
 * Reads one file as UTF-8 text, at most `maxBytes`: a device or pipe without end (`/dev/zero`) or a file too large is
 * refused by name, and so are bytes that are not UTF-8, which Terraform refuses too.
 */
function readText(file, stat, maxBytes) {
    if (stat.isFile() && stat.size > maxBytes)
        throw new terraform_config_1.InputError(file, `is ${stat.size} bytes, more than the ${maxBytes} azguard reads`);
    const chunks = [];
    let total = 0;
    let fd;
    try {
        fd = (0, fs_1.openSync)(file, 'r');
    }
    catch (e) {
        throw new terraform_config_1.InputError(file, `cannot be read: ${e.message}`);
    }
    try {
        const chunk = Buffer.alloc(1024 * 1024);
        for (let n = (0, fs_1.readSync)(fd, chunk); n > 0; n = (0, fs_1.readSync)(fd, chunk)) {
            total += n;
            if (total > maxBytes)
                throw new terraform_config_1.InputError(file, `holds more than the ${maxBytes} bytes azguard reads`);
            chunks.push(Buffer.from(chunk.subarray(0, n)));
        }
    }
    catch (e) {
        throw e instanceof terraform_config_1.InputError ? e : new terraform_config_1.InputError(file, `cannot be read: ${e.message}`);
    }
    finally {
        (0, fs_1.closeSync)(fd);
    }
    try {
        return UTF8.decode(Buffer.concat(chunks, total));
    }
    catch {
        throw new terraform_config_1.InputError(file, 'is not UTF-8 text (Terraform reads configuration files as UTF-8)');
    }
}
/** The files of the inputs, in order: files, the Terraform files below directories, or `-` for JSON on standard input. */
function inputFiles(paths) {
    const out = [];
    for (const p of paths) {
        if (p === '-') {
            out.push({ path: '-' });
            continue;
        }
        let stat;
        try {
            stat = (0, fs_1.statSync)(p);
        }
        catch (e) {
            throw new terraform_config_1.InputError(p, statProblem(e));
        }
        if (!stat.isDirectory()) {
            out.push({ path: p, stat });
            continue;
        }
        const list = terraformFiles(p);
        if (list.length === 0)
            throw new terraform_config_1.InputError(p, 'no *.tf or *.tf.json file in this directory');
        for (const f of list) {
            try {
                out.push({ path: f, stat: (0, fs_1.statSync)(f) });
            }
            catch (e) {
                throw new terraform_config_1.InputError(f, statProblem(e));
            }
        }
    }
    return out;
}
/** The resources of one input file. */
async function loadFile(input, readStdin, limits = {}) {
    const f = input.path;
    if (f === '-' || !input.stat)
        return readResources('-', () => resourcesOfJson(readStdin(), '-'));
    // a large JSON file is streamed; a regular file of any size can be, a pipe or device cannot
    if (f.endsWith('.json') && input.stat.isFile() && input.stat.size > (limits.streamBytes ?? exports.STREAM_JSON_BYTES))
        return readResources(f, () => resourcesOfStreamedJson(f));
    const text = readText(f, input.stat, limits.maxBytes ?? exports.MAX_INPUT_BYTES);
    return readResources(f, () => (f.endsWith('.tf') ? resourcesOfHcl(text, f) : resourcesOfJson(text, f)));
}
/** Reads every input: files, directories, or `-` for JSON on standard input. */
async function loadInputs(paths, readStdin, maxBytes = exports.MAX_INPUT_BYTES, streamBytes = exports.STREAM_JSON_BYTES) {
    const files = [];
    const resources = [];
    for (const input of inputFiles(paths)) {
        files.push(input.path);
        append(resources, await loadFile(input, readStdin, { maxBytes, streamBytes }));
    }
    return { files, resources };
}
