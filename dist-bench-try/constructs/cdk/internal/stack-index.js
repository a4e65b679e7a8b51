"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StackIndex = void 0;
/**
 * Constructs of each stack by a key, built by one walk of the stack. The stack is walked again only when a key is
 * not known yet (a construct created since the last walk), so that a fleet of constructs costs one walk, not one each.
 */
class StackIndex {
    entriesOf;
    byStack = new WeakMap();
    constructor(
    /** Adds the entries of one construct of the stack. */
    entriesOf) {
        this.entriesOf = entriesOf;
    }
    /** The entry of `key` in the stack. */
    get(stack, key) {
        let known = this.byStack.get(stack);
        if (known === undefined || !known.has(key)) {
            const index = new Map();
            for (const c of stack.node.findAll())
                this.entriesOf(c, (k, v) => index.set(k, v));
            this.byStack.set(stack, index);
            known = index;
        }
        return known.get(key);
    }
}
exports.StackIndex = StackIndex;
