import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { jsonResourceLines } from '../../constructs/checker/terraform-config';
import { modelResourceLines } from '../model/json-resource-lines-model';
import { configureSeed, runs } from '../support/seed';

configureSeed('terraform-config.property');

/** A JSON text as a tree, so that keys can repeat in one object (which no JavaScript object can hold). */
type Node = { leaf: string } | { entries: [string, Node][] } | { items: Node[] };

// few names, so that a name is often written twice in one object
const name = fc.constantFrom('resource', 'azurerm_t', 'vm', 'x', 'q"uote', 'back\\slash', 'é', '{[', '');
const leaf: fc.Arbitrary<Node> = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)).map((v) => ({ leaf: JSON.stringify(v) }));
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(fc.tuple(name, tie('node')), { maxLength: 4 }).map((entries) => ({ entries })),
    fc.array(tie('node'), { maxLength: 3 }).map((items) => ({ items })),
  ),
}));
const object = (entries: fc.Arbitrary<[string, Node]>, maxLength = 4) => fc.array(entries, { maxLength }).map((e): Node => ({ entries: e }));
/** An object, or the list of objects that Terraform JSON (and HCL parsers) also write. */
const objectOrList = (entries: fc.Arbitrary<[string, Node]>) => fc.oneof(object(entries), fc.array(object(entries), { minLength: 1, maxLength: 3 }).map((items): Node => ({ items })));
const blocks = objectOrList(fc.tuple(name, node));
const types = objectOrList(fc.tuple(name, blocks));
const document = object(fc.oneof(fc.tuple(fc.constant('resource'), types), fc.tuple(name, node)), 3);

/** Any whitespace JSON allows, between any two tokens; keys sometimes written with `\u` escapes. */
const layout = fc.record({ spaces: fc.array(fc.constantFrom('', ' ', '\n', '\t', '\r\n', '\n    '), { minLength: 1, maxLength: 12 }), escape: fc.boolean() });

function write(root: Node, { spaces, escape }: { spaces: string[]; escape: boolean }): string {
  let n = 0;
  const s = () => spaces[n++ % spaces.length];
  const key = (k: string) => (escape ? JSON.stringify(k).replace(/[a-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : JSON.stringify(k));
  const out = (x: Node): string => {
    if ('leaf' in x) return x.leaf;
    if ('entries' in x) return `{${s()}${x.entries.map(([k, v]) => `${key(k)}${s()}:${s()}${out(v)}`).join(`${s()},${s()}`)}${s()}}`;
    return `[${s()}${x.items.map(out).join(`${s()},${s()}`)}${s()}]`;
  };
  return `${s()}${out(root)}${s()}`;
}

describe('jsonResourceLines', () => {
  test.prop([document, layout], { numRuns: runs(2_000) })('gives the line of every resource block and every name written twice, as a plain reader of the text does', (doc, how) => {
    const text = write(doc, how);
    JSON.parse(text); // only valid JSON reaches the line finder
    const duplicates = new Map<string, number[]>();
    const lines = jsonResourceLines(text, duplicates);
    const model = modelResourceLines(text);
    expect([...lines].sort()).toEqual([...model.lines].sort());
    expect([...duplicates].sort()).toEqual([...model.duplicates].sort());
  });
});
