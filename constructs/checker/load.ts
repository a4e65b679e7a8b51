import { closeSync, openSync, readdirSync, readSync, Stats, statSync } from 'fs';
import { constants } from 'buffer';
import { join } from 'path';
import { hclAcknowledgements } from './acknowledgements';
import { streamJsonDocument } from './json-stream';
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
  const duplicates = new Map<string, number[]>();
  const lines = jsonResourceLines(text, duplicates);
  return resourcesOfDocument(doc, file, (t, n) => lines.get(`${t}.${n}`), [...duplicates].map(([address, at]) => ({ address, times: at.length, lines: at })));
}

/**
 * Resources of a parsed JSON document, however it was read: a plan, or a configuration with the block names it
 * wrote more than once (`JSON.parse` and the streamed reader both keep the last).
 */
function resourcesOfDocument(doc: unknown, file: string, lineFinder: (type: string, name: string) => number | undefined, duplicates: readonly { address: string; times: number; lines?: number[] }[]): TfResource[] {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new InputError(file, 'not a Terraform JSON configuration or plan (expected an object)');
  if (isPlan(doc)) return resourcesOfPlan(doc, file);
  const resources = resourcesOfConfig(doc, file, lineFinder);
  for (const d of duplicates) resources.push(duplicateBlock(file, d.address, d.times, d.lines));
  return resources;
}

/**
 * A block name written more than once: JSON keeps the last of each repeated key, so the earlier blocks were never
 * read, and Terraform refuses the file. Its lines when the file was read as text.
 */
function duplicateBlock(file: string, address: string, times: number, lines: readonly number[] = []): TfResource {
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
export async function resourcesOfStreamedJson(file: string): Promise<TfResource[]> {
  const { document, duplicates } = await streamJsonDocument(file);
  return resourcesOfDocument(document, file, () => undefined, [...duplicates].map(([address, times]) => ({ address, times })));
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

/** The largest input azguard reads as one string, from a pipe or device (`-`, `/dev/stdin`): about the longest string Node.js can hold. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;
/**
 * JSON files larger than this are read as a stream of tokens: `JSON.parse` cannot read a file past the longest string
 * Node.js holds. Below it `JSON.parse` is faster and peaks lower (1,000,000 resources in 510 MB: 39 s and 2.8 GB
 * against 60 s and 3.3 GB streamed, on 2 cores), so it reads every file it can.
 */
export const STREAM_JSON_BYTES: number = constants.MAX_STRING_LENGTH;

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

/** One input file, as found: `-` for standard input. */
export interface InputFile {
  /** The path, or `-`. */
  readonly path: string;
  /** Its stat, for a path. */
  readonly stat?: Stats;
}

/** The files of the inputs, in order: files, the Terraform files below directories, or `-` for JSON on standard input. */
export function inputFiles(paths: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ path: '-' });
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      throw new InputError(p, statProblem(e));
    }
    if (!stat.isDirectory()) {
      out.push({ path: p, stat });
      continue;
    }
    const list = terraformFiles(p);
    if (list.length === 0) throw new InputError(p, 'no *.tf or *.tf.json file in this directory');
    for (const f of list) {
      try {
        out.push({ path: f, stat: statSync(f) });
      } catch (e) {
        throw new InputError(f, statProblem(e));
      }
    }
  }
  return out;
}

/** Size limits of {@link loadFile}. */
export interface ReadLimits {
  /** The most bytes read as one string. @default {@link MAX_INPUT_BYTES} */
  readonly maxBytes?: number;
  /** Regular JSON files above this size are streamed. @default {@link STREAM_JSON_BYTES} */
  readonly streamBytes?: number;
}

/** The resources of one input file. */
export async function loadFile(input: InputFile, readStdin: () => string, limits: ReadLimits = {}): Promise<TfResource[]> {
  const f = input.path;
  if (f === '-' || !input.stat) return readResources('-', () => resourcesOfJson(readStdin(), '-'));
  // a large JSON file is streamed; a regular file of any size can be, a pipe or device cannot
  if (f.endsWith('.json') && input.stat.isFile() && input.stat.size > (limits.streamBytes ?? STREAM_JSON_BYTES)) return readResources(f, () => resourcesOfStreamedJson(f));
  const text = readText(f, input.stat, limits.maxBytes ?? MAX_INPUT_BYTES);
  return readResources(f, () => (f.endsWith('.tf') ? resourcesOfHcl(text, f) : resourcesOfJson(text, f)));
}

/** Reads every input: files, directories, or `-` for JSON on standard input. */
export async function loadInputs(paths: readonly string[], readStdin: () => string, maxBytes = MAX_INPUT_BYTES, streamBytes = STREAM_JSON_BYTES): Promise<LoadedInputs> {
  const files: string[] = [];
  const resources: TfResource[] = [];
  for (const input of inputFiles(paths)) {
    files.push(input.path);
    append(resources, await loadFile(input, readStdin, { maxBytes, streamBytes }));
  }
  return { files, resources };
}
