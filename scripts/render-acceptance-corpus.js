#!/usr/bin/env node
/**
 * Renders the acceptance-test configurations of the azurerm provider at a tag into plain Terraform files, for the
 * known-valid corpus (test/fixtures/corpus). A configuration is a Go method that returns `fmt.Sprintf(`...`, args)` or a
 * raw string; its arguments are other such methods of the file's package and the test data (`data.RandomInteger` and
 * the like), which are rendered with fixed values. A method whose body is anything else is skipped and counted.
 * Each test step is read from its test function: `Config: r.method(data)`, and whether the step expects an error.
 *
 *   node scripts/render-acceptance-corpus.js <azurerm git dir> <tag> <out dir> <file>...
 */
'use strict';
const { execFileSync } = require('child_process');
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');

const [gitDir, tag, outDir, ...files] = process.argv.slice(2);
if (!gitDir || !tag || !outDir || files.length === 0) {
  process.stderr.write('usage: render-acceptance-corpus.js <azurerm git dir> <tag> <out dir> <file>...\n');
  process.exit(2);
}
const shown = new Map();
const show = (file) => {
  if (!shown.has(file)) shown.set(file, execFileSync('git', ['--git-dir', gitDir, 'show', `${tag}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return shown.get(file);
};
const packages = new Map();
/** The methods of every test file of a package (directory), read once. */
function packageMethods(dir) {
  if (!packages.has(dir)) {
    const all = new Map();
    const names = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '--name-only', tag, `${dir}/`], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('_test.go'));
    for (const f of names) for (const [k, v] of methodsOf(show(f))) if (!all.has(k)) all.set(k, v);
    packages.set(dir, all);
  }
  return packages.get(dir);
}

/** The fixed values of the test data, as the corpus's provenance records them. */
const DATA = {
  'data.RandomInteger': '1207',
  'data.RandomString': 'corp7',
  'data.RandomStringOfLength(8)': 'corpus07',
  'data.Locations.Primary': 'westeurope',
  'data.Locations.Secondary': 'northeurope',
  'data.Locations.Ternary': 'francecentral',
  'data.Client().TenantID': '00000000-0000-0000-0000-000000000000',
  'data.Client().SubscriptionID': '00000000-0000-0000-0000-000000000000',
};

/** Go's fmt verbs the templates use: %s, %d, %q, %v, %t, %%, and indexed ones (%[1]s). */
function sprintf(template, args) {
  let i = 0;
  let failed = false;
  let used = 0;
  const out = template.replace(/%(\[(\d+)\])?([-+ #0]*\d*)([sdqvtx%])/g, (_m, _index, index, _flags, verb) => {
    if (verb === '%') return '%';
    const at = index !== undefined ? Number(index) - 1 : i++;
    if (at >= args.length) {
      failed = true;
      return '';
    }
    if (index !== undefined) i = at + 1;
    used = Math.max(used, at + 1);
    const a = args[at];
    return verb === 'q' ? JSON.stringify(a) : String(a);
  });
  return failed || used !== args.length ? undefined : out;
}

/** Splits a Go argument list at its top-level commas. */
function splitArgs(text) {
  const out = [];
  let depth = 0;
  let cur = '';
  let quote = null;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      cur += c;
      if (c === '\\' && quote === '"') cur += text[++k];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === '`') quote = c;
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** The methods of a Go source: `func (r T) name(data acceptance.TestData...) string { body }`. */
function methodsOf(source) {
  const methods = new Map();
  const re = /^func \((?:\w+ )?(\w+)\) (\w+)\(data acceptance\.TestData([^)]*)\) string \{\n/gm;
  for (const m of source.matchAll(re)) {
    const start = m.index + m[0].length;
    const end = functionEnd(source, start);
    if (end < 0) continue;
    methods.set(`${m[1]}.${m[2]}`, { type: m[1], name: m[2], extraParams: m[3].trim(), body: source.slice(start, end) });
  }
  return methods;
}

/** Where a function body ends: the first `}` at the start of a line outside a raw string (HCL in a template has its own). */
function functionEnd(source, from) {
  let raw = false;
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === '`') raw = !raw;
    else if (!raw && c === '}' && source[k - 1] === '\n') return k - 1;
  }
  return -1;
}

/** Renders a method: `name := expr` statements (comments skipped), then `return expr`. */
function render(methods, type, name, stack = []) {
  const key = `${type}.${name}`;
  const m = methods.get(key);
  if (!m || m.extraParams || stack.includes(key)) return undefined;
  const statements = m.body
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .trim();
  const env = new Map([['r', { type }]]);
  let rest = statements;
  for (;;) {
    // a test that moves to another region: `data.Locations.Primary = "northeurope"`
    const location = /^(data\.Locations\.\w+) = ("[^"\n]*")\n/.exec(rest);
    if (location) {
      env.set(location[1], JSON.parse(location[2]));
      rest = rest.slice(location[0].length).trim();
      continue;
    }
    const assign = /^(\w+) := ([^\n]+)\n/.exec(rest);
    if (!assign) break;
    const value = evaluate(assign[2].trim(), methods, type, env, [...stack, key]);
    if (value === undefined) return undefined;
    env.set(assign[1], value);
    rest = rest.slice(assign[0].length).trim();
  }
  const ret = /^return ([\s\S]*)$/.exec(rest);
  if (!ret) return undefined;
  const value = evaluate(ret[1].trim(), methods, type, env, [...stack, key]);
  return typeof value === 'string' ? value : undefined;
}

/** A string literal of Go: a raw string or an interpreted one. */
function goString(text) {
  if (/^`[^`]*`$/.test(text)) return text.slice(1, -1);
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) return JSON.parse(text);
  return undefined;
}

/** The value of the expressions the configurations use; undefined for any other. */
function evaluate(expr, methods, type, env, stack) {
  const slice = /^([\s\S]*)\[(\d*):(\d*)\]$/.exec(expr);
  if (slice && !/^\[/.test(expr)) {
    const v = evaluate(slice[1], methods, type, env, stack);
    return typeof v === 'string' ? v.slice(slice[2] === '' ? 0 : Number(slice[2]), slice[3] === '' ? undefined : Number(slice[3])) : undefined;
  }
  if (env.has(expr) && expr.startsWith('data.')) return env.get(expr);
  if (expr in DATA) return DATA[expr];
  if (/^-?\d+$/.test(expr)) return expr;
  if (expr === 'true' || expr === 'false') return expr;
  const literal = goString(expr);
  if (literal !== undefined) return literal;
  if (env.has(expr) && typeof env.get(expr) === 'string') return env.get(expr);
  const struct = /^(\w+)\{\}$/.exec(expr);
  if (struct) return { type: struct[1] };
  const call = /^(\w+)(\{\})?\.(\w+)\(data\)$/.exec(expr);
  if (call) {
    const receiver = call[2] ? call[1] : env.get(call[1])?.type;
    return receiver ? render(methods, receiver, call[3], stack) : undefined;
  }
  const sp = /^fmt\.Sprintf\(([\s\S]*)\)$/.exec(expr);
  if (sp) {
    const [template, ...args] = splitArgs(sp[1]);
    const t = goString(template ?? '');
    if (t === undefined) return undefined;
    const values = [];
    for (const a of args) {
      const v = evaluate(a, methods, type, env, stack);
      if (typeof v !== 'string') return undefined;
      values.push(v);
    }
    return sprintf(t, values);
  }
  return undefined;
}

/** The steps of each test function: the configuration method and the error the step expects, if any. */
function stepsOf(source) {
  const steps = [];
  const tests = source.split(/^func (?=Test\w+\(t \*testing\.T\))/m).slice(1);
  for (const t of tests) {
    const test = /^(Test\w+)/.exec(t)[1];
    const end = functionEnd(t, t.indexOf('{') + 1);
    const body = end < 0 ? t : t.slice(0, end);
    const parts = body.split(/(?=Config:\s*)/).slice(1);
    for (const [position, p] of parts.entries()) {
      const c = /^Config:\s*(?:r|(\w+)\{\})\.(\w+)\(data\)/.exec(p);
      if (!c) continue;
      const expect = /ExpectError:\s*regexp\.MustCompile\("((?:[^"\\]|\\.)*)"\)/.exec(p.split(/\n\t\t\},?\n/)[0]);
      // the first configuration of a test creates its resources; a later one updates them
      steps.push({ test, type: c[1], method: c[2], update: position > 0, expectError: expect ? JSON.parse(`"${expect[1]}"`) : undefined });
    }
  }
  return steps;
}

mkdirSync(outDir, { recursive: true });
const index = [];
let skipped = 0;
for (const file of files) {
  const source = show(file);
  // the file's own methods first, then the package's other test files, which hold the templates a file calls
  const methods = new Map([...packageMethods(file.slice(0, file.lastIndexOf('/'))), ...methodsOf(source)]);
  const defaultType = /r := (\w+)\{\}/.exec(source)?.[1];
  const seen = new Set();
  for (const step of stepsOf(source)) {
    const type = step.type ?? defaultType;
    const key = `${type}.${step.method}`;
    const text = type ? render(methods, type, step.method) : undefined;
    if (text === undefined) {
      skipped++;
      if (process.env.DEBUG) process.stderr.write(`skipped ${file} ${key}: ${methods.has(key) ? JSON.stringify(methods.get(key).body.trim().slice(0, 160)) : 'no such method'}\n`);
      continue;
    }
    const base = file.split('/').pop().replace(/_test\.go$/, '');
    const name = `${base}.${step.method}${step.expectError !== undefined ? '.expect-error' : ''}.tf`;
    if (!seen.has(name)) {
      seen.add(name);
      const header = `# Rendered from hashicorp/terraform-provider-azurerm ${file} at ${tag} (MPL-2.0), method ${key};\n# test data replaced by fixed values (see PROVENANCE.md).\n`;
      writeFileSync(join(outDir, name), header + text.trim() + '\n');
    }
    index.push({ file: name, source: file, test: step.test, method: step.method, update: step.update, ...(step.expectError !== undefined ? { expectError: step.expectError } : {}) });
  }
}
writeFileSync(join(outDir, 'steps.json'), JSON.stringify({ tag, steps: index }, null, 1) + '\n');
process.stdout.write(`rendered ${new Set(index.map((s) => s.file)).size} configurations of ${index.length} steps at ${tag}; ${skipped} steps skipped (a configuration the renderer does not read)\n`);
