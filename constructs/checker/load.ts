import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { hclResourceLines, InputError, isPlan, jsonResourceLines, resourcesOfConfig, resourcesOfPlan, TfResource } from './terraform-config';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);

/** Terraform files below a directory: `*.tf` and `*.tf.json`, recursively (skipping node_modules, .git, .terraform). */
export function terraformFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) for (const f of terraformFiles(path)) out.push(f);
    } else if (entry.name.endsWith('.tf') || entry.name.endsWith('.tf.json')) {
      out.push(path);
    }
  }
  return out;
}

function parseJson(text: string, file: string): any {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    const where = m ? ` at line ${text.slice(0, Number(m[1])).split('\n').length}` : '';
    throw new InputError(file, `invalid JSON${where}: ${(e as Error).message}`);
  }
}

/** Resources of one JSON document: a plan or a configuration. */
export function resourcesOfJson(text: string, file: string): TfResource[] {
  const doc = parseJson(text, file);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new InputError(file, 'not a Terraform JSON configuration or plan (expected an object)');
  if (isPlan(doc)) return resourcesOfPlan(doc, file);
  const lines = jsonResourceLines(text);
  return resourcesOfConfig(doc, file, (t, n) => lines.get(`${t}.${n}`));
}

/** Resources of one HCL file, parsed with @cdktf/hcl2json. */
export async function resourcesOfHcl(text: string, file: string): Promise<TfResource[]> {
  const { parse } = await import('@cdktf/hcl2json');
  let doc: any;
  try {
    doc = await parse(file, text);
  } catch (e) {
    throw new InputError(file, `invalid HCL: ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  const lines = hclResourceLines(text);
  return resourcesOfConfig(doc, file, (t, n) => lines.get(`${t}.${n}`));
}

/** What {@link loadInputs} read. */
export interface LoadedInputs {
  /** Every file read, in order. */
  readonly files: string[];
  /** Every resource of those files. */
  readonly resources: TfResource[];
}

/** Appends without spreading: a spread of a list of some 100,000 items overflows the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Any failure while reading one file becomes an input error that names it, never a bare JavaScript error. */
function readResources(file: string, read: () => TfResource[]): TfResource[] {
  try {
    return read();
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, `cannot be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

async function readResourcesAsync(file: string, read: () => Promise<TfResource[]>): Promise<TfResource[]> {
  try {
    return await read();
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, `cannot be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** Reads every input: files, directories, or `-` for JSON on standard input. */
export async function loadInputs(paths: readonly string[], readStdin: () => string): Promise<LoadedInputs> {
  const files: string[] = [];
  const resources: TfResource[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      append(resources, readResources('-', () => resourcesOfJson(readStdin(), '-')));
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    const list = stat.isDirectory() ? terraformFiles(p) : [p];
    if (stat.isDirectory() && list.length === 0) throw new InputError(p, 'no *.tf or *.tf.json file in this directory');
    for (const f of list) {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch (e) {
        throw new InputError(f, `cannot be read: ${(e as Error).message}`);
      }
      files.push(f);
      append(resources, f.endsWith('.tf') ? await readResourcesAsync(f, () => resourcesOfHcl(text, f)) : readResources(f, () => resourcesOfJson(text, f)));
    }
  }
  return { files, resources };
}
