import { dirname } from 'path';
import { checkResources, CheckFinding, CheckOptions } from './check';
import { inputFiles, InputFile, loadFile, ReadLimits } from './load';
import { isDefinition } from './terraform-config';

/** What {@link checkInputs} read and found. */
export interface CheckedInputs {
  /** Every file read, in order. */
  readonly files: string[];
  /** The findings of every module. */
  readonly findings: CheckFinding[];
  /** How many resources were checked (variables and locals aside). */
  readonly resourceCount: number;
}

/**
 * Checks the inputs one module (directory) at a time: the rules only follow references within a module, so the
 * resources of a module are dropped once it is checked, and memory holds the largest module, not the estate.
 */
export async function checkInputs(paths: readonly string[], readStdin: () => string, options: CheckOptions = {}, limits: ReadLimits = {}): Promise<CheckedInputs> {
  const modules = new Map<string, InputFile[]>();
  for (const input of inputFiles(paths)) {
    const key = input.path === '-' ? '-' : dirname(input.path);
    const list = modules.get(key) ?? [];
    list.push(input);
    modules.set(key, list);
  }
  const files: string[] = [];
  const findings: CheckFinding[] = [];
  let resourceCount = 0;
  for (const inputs of modules.values()) {
    const resources = [];
    for (const input of inputs) {
      files.push(input.path);
      for (const r of await loadFile(input, readStdin, limits)) resources.push(r);
    }
    for (const f of checkResources(resources, options)) findings.push(f);
    for (const r of resources) if (!isDefinition(r)) resourceCount++;
  }
  return { files, findings, resourceCount };
}
