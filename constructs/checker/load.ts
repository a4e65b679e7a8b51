import { closeSync, openSync, readdirSync, readSync, Stats, statSync } from 'fs';
import { join } from 'path';
import { hclAcknowledgements } from './acknowledgements';
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
  const duplicates = new Map<string, number[]>();
  const lines = jsonResourceLines(text, duplicates);
  const resources = resourcesOfConfig(doc, file, (t, n) => lines.get(`${t}.${n}`));
  // JSON.parse kept the last of each repeated key: the earlier blocks were never read, and Terraform refuses the file
  for (const [address, at] of duplicates) {
    const what = address === 'resource' ? 'the top-level "resource" key' : address.includes('.') ? 'the resource block' : `the resource type ${address}`;
    resources.push({ file, address, type: address.split('.')[0], name: address.split('.')[1] ?? '', values: {}, line: at[0], problem: `${what} is written ${at.length} times (lines ${at.join(', ')}); JSON keeps only the last, so the others were not read, and Terraform refuses duplicate blocks` });
  }
  return resources;
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
  return resourcesOfConfig(doc, file, (t, n) => lines.get(`${t}.${n}`), hclAcknowledgements(text));
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
async function readResources(file: string, read: () => TfResource[] | Promise<TfResource[]>): Promise<TfResource[]> {
  try {
    return await read();
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, `cannot be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** The largest input file azguard reads: about the longest string Node.js can hold. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Why a path cannot be opened, in words. */
function statProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a symbolic link loop)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be opened: ${(e as Error)?.message ?? String(e)}`;
}

/**
 * Reads one file as UTF-8 text, at most `maxBytes`: a device or pipe without end (`/dev/zero`) or a file too large is
 * refused by name, and so are bytes that are not UTF-8, which Terraform refuses too.
 */
function readText(file: string, stat: Stats, maxBytes: number): string {
  if (stat.isFile() && stat.size > maxBytes) throw new InputError(file, `is ${stat.size} bytes, more than the ${maxBytes} azguard reads`);
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new InputError(file, `cannot be read: ${(e as Error).message}`);
  }
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      total += n;
      if (total > maxBytes) throw new InputError(file, `holds more than the ${maxBytes} bytes azguard reads`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, `cannot be read: ${(e as Error).message}`);
  } finally {
    closeSync(fd);
  }
  try {
    return UTF8.decode(Buffer.concat(chunks, total));
  } catch {
    throw new InputError(file, 'is not UTF-8 text (Terraform reads configuration files as UTF-8)');
  }
}

/** Reads every input: files, directories, or `-` for JSON on standard input. */
export async function loadInputs(paths: readonly string[], readStdin: () => string, maxBytes = MAX_INPUT_BYTES): Promise<LoadedInputs> {
  const files: string[] = [];
  const resources: TfResource[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      append(resources, await readResources('-', () => resourcesOfJson(readStdin(), '-')));
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      throw new InputError(p, statProblem(e));
    }
    const list = stat.isDirectory() ? terraformFiles(p) : [p];
    if (stat.isDirectory() && list.length === 0) throw new InputError(p, 'no *.tf or *.tf.json file in this directory');
    for (const f of list) {
      let fileStat: Stats;
      try {
        fileStat = f === p ? stat : statSync(f);
      } catch (e) {
        throw new InputError(f, statProblem(e));
      }
      const text = readText(f, fileStat, maxBytes);
      files.push(f);
      append(resources, await readResources(f, () => (f.endsWith('.tf') ? resourcesOfHcl(text, f) : resourcesOfJson(text, f))));
    }
  }
  return { files, resources };
}
