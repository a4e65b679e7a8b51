import { readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import * as ts from 'typescript';
import { sourceFiles as files } from './support/source-files';

/**
 * The pure part (facts, catalogs, rules, checker, CLI) loads without cdktf: only `constructs/cdk/` and the entry
 * points that re-export it may import cdktf, constructs or a provider package.
 */
const ROOT = resolve(__dirname, '..', 'constructs');
const CDK_SIDE = [join(ROOT, 'cdk'), join(ROOT, 'index.ts'), join(ROOT, 'testing.ts'), join(ROOT, 'testing-arbitraries.ts'), join(ROOT, 'jest.ts')];
const CDK_PACKAGES = /^(cdktf|cdktn|constructs|@cdktf\/.+|@cdktn\/.+)(\/.*)?$/;
/** The HCL parser the checker uses is a standalone WebAssembly package that loads no cdktf. */
const STANDALONE = new Set(['@cdktf/hcl2json']);

const onCdkSide = (file: string) => CDK_SIDE.some((c) => file === c || file.startsWith(c + '/'));

/** Every import of a file, type-only imports, re-exports, `require` and `import()` included. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** What a pure file must not import: a cdktf package, or a file of the cdktf part. */
function boundaryViolations(file: string, text: string): string[] {
  const cdkFile = (spec: string) => {
    const target = resolve(dirname(file), spec);
    return onCdkSide(target) || onCdkSide(`${target}.ts`);
  };
  return importsOf(text).filter((spec) => (spec.startsWith('.') ? cdkFile(spec) : CDK_PACKAGES.test(spec) && !STANDALONE.has(spec)));
}

describe('boundary between the pure part and the cdktf part', () => {
  const pure = files(ROOT).filter((f) => !onCdkSide(f));

  test('no pure file imports cdktf, constructs, a provider package or a file of constructs/cdk', () => {
    expect(pure.length).toBeGreaterThan(30);
    const found = pure.flatMap((f) => boundaryViolations(f, readFileSync(f, 'utf8')).map((spec) => `${relative(ROOT, f)} imports ${spec}`));
    expect(found).toEqual([]);
  });

  test('the constructs live in constructs/cdk and import cdktf there', () => {
    const cdk = files(join(ROOT, 'cdk'));
    expect(cdk.some((f) => importsOf(readFileSync(f, 'utf8')).includes('cdktf'))).toBe(true);
  });

  test.each([
    ["import type { TerraformStack } from 'cdktf';", 'cdktf'],
    ["import { Construct } from 'constructs';", 'constructs'],
    ["export { Fn } from 'cdktf';", 'cdktf'],
    ["const m = require('@cdktf/provider-azurerm/lib/windows-virtual-machine');", '@cdktf/provider-azurerm/lib/windows-virtual-machine'],
    ["type T = import('@cdktn/provider-azurerm').provider.AzurermProvider;", '@cdktn/provider-azurerm'],
    ["import { maybe } from '../cdk/internal/maybe';", '../cdk/internal/maybe'],
    ["import { WindowsServerAzureEditionVm } from '../index';", '../index'],
  ])('fails a pure file that says %s', (text, spec) => {
    expect(boundaryViolations(join(ROOT, 'windows', 'example.ts'), text)).toEqual([spec]);
  });

  test('lets a pure file import another pure file and node modules', () => {
    expect(boundaryViolations(join(ROOT, 'windows', 'example.ts'), "import { Rule } from '../core/rule';\nimport { readFileSync } from 'fs';\nimport { Command } from 'commander';\nimport { parse } from '@cdktf/hcl2json';")).toEqual([]);
  });
});
