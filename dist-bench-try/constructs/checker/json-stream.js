"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.streamJsonDocument = streamJsonDocument;
const fs_1 = require("fs");
const stream_1 = require("stream");
const promises_1 = require("stream/promises");
const terraform_config_1 = require("./terraform-config");
// stream-json 1.x is CommonJS (its 3.x line is ESM only, which a CommonJS package cannot require on Node.js 20)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parser } = require('stream-json');
/**
 * Builds a document from parser tokens as `JSON.parse` does: own properties only (a `__proto__` key is data, never
 * the prototype), the last of repeated keys kept. Iterative, so any nesting depth the file has is built without
 * recursion. Counts the keys written twice where Terraform names blocks: the top level, `resource`, and a resource
 * type.
 */
class DocumentBuilder {
    stack = [];
    path = [];
    pendingKey;
    document = undefined;
    duplicates = new Map();
    token(t) {
        switch (t.name) {
            case 'startObject':
            case 'startArray': {
                const container = t.name === 'startObject' ? {} : [];
                // the key sets where Terraform's block names live: the top level, resource, resource.<type>
                const depth = this.stack.length;
                if (this.pendingKey !== undefined)
                    this.path.push(this.pendingKey);
                const named = t.name === 'startObject' && (depth === 0 || ((depth === 1 || depth === 2) && this.path[0] === 'resource'));
                this.stack.push({ container, key: this.pendingKey, ...(named ? { keys: new Map() } : {}) });
                this.pendingKey = undefined;
                return;
            }
            case 'endObject':
            case 'endArray': {
                const done = this.stack.pop();
                if (done.key !== undefined)
                    this.path.pop();
                this.pendingKey = done.key;
                this.save(done.container);
                return;
            }
            case 'keyValue': {
                const key = String(t.value);
                const top = this.stack[this.stack.length - 1];
                // at the top level only `resource` names blocks; other repeated keys are Terraform's to refuse
                if (top?.keys && (this.stack.length > 1 || key === 'resource')) {
                    const seen = (top.keys.get(key) ?? 0) + 1;
                    top.keys.set(key, seen);
                    if (seen > 1)
                        this.duplicates.set([...this.path, key].slice(this.path[0] === 'resource' ? 1 : 0).join('.') || key, seen);
                }
                this.pendingKey = key;
                return;
            }
            case 'stringValue':
                return this.save(t.value);
            case 'numberValue':
                return this.save(Number(t.value));
            case 'nullValue':
                return this.save(null);
            case 'trueValue':
                return this.save(true);
            case 'falseValue':
                return this.save(false);
        }
    }
    save(value) {
        const top = this.stack[this.stack.length - 1];
        if (!top) {
            this.document = value;
            return;
        }
        if (Array.isArray(top.container))
            top.container.push(value);
        else if (this.pendingKey === '__proto__')
            Object.defineProperty(top.container, '__proto__', { value, enumerable: true, writable: true, configurable: true });
        else
            top.container[this.pendingKey] = value;
        this.pendingKey = undefined;
    }
}
/** Decodes bytes as UTF-8, refusing what is not (as Terraform does), across chunk boundaries. */
function strictUtf8(file) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const fail = () => new terraform_config_1.InputError(file, 'is not UTF-8 text (Terraform reads configuration files as UTF-8)');
    return new stream_1.Transform({
        transform(chunk, _encoding, done) {
            try {
                done(null, decoder.decode(chunk, { stream: true }));
            }
            catch {
                done(fail());
            }
        },
        flush(done) {
            try {
                done(null, decoder.decode());
            }
            catch {
                done(fail());
            }
        },
    });
}
/**
 * Reads a JSON file as a stream of tokens, never as one string: a file larger than the longest string Node.js holds
 * is read too, and memory holds the document, not the document and its text.
 */
async function streamJsonDocument(file) {
    const builder = new DocumentBuilder();
    // packed keys, strings and numbers only: no chunk tokens, a third of the tokens to handle
    const tokens = parser({ packValues: true, streamValues: false });
    tokens.on('data', (t) => builder.token(t));
    try {
        await (0, promises_1.pipeline)((0, fs_1.createReadStream)(file), strictUtf8(file), tokens);
    }
    catch (e) {
        if (e instanceof terraform_config_1.InputError)
            throw e;
        throw new terraform_config_1.InputError(file, `invalid JSON: ${e?.message ?? String(e)}`);
    }
    return { document: builder.document, duplicates: builder.duplicates };
}
