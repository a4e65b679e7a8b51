import { readFileSync } from 'fs';
import { relative, resolve } from 'path';
import { loadOnce } from '../../../constructs/cdk/internal/load-once';
import { sourceFiles } from '../../support/source-files';

/** The provider modules a source requires other than through `loadOnce`: each would be resolved again per construct. */
function requiredEveryTime(text: string): string[] {
  return [...text.matchAll(/(loadOnce\(\(\) => )?require\('(@cdktf\/provider-azurerm[^']*)'\)/g)].filter((m) => m[1] === undefined).map((m) => m[2]);
}

describe('loadOnce', () => {
  test('loads on the first use only, and gives the same module every time', () => {
    let loads = 0;
    const module = loadOnce(() => ({ loaded: ++loads }));
    expect(loads).toBe(0);
    const first = module();
    expect([module(), module()]).toEqual([first, first]);
    expect(module()).toBe(first);
    expect(loads).toBe(1);
  });

  test('fails as the loader fails, and tries again on the next use', () => {
    let attempts = 0;
    const module = loadOnce(() => {
      attempts++;
      if (attempts === 1) throw new Error('Cannot find module');
      return 'loaded';
    });
    expect(() => module()).toThrow('Cannot find module');
    expect(module()).toBe('loaded');
    expect(attempts).toBe(2);
  });

  test('the constructs load every provider module through it', () => {
    const root = resolve(__dirname, '..', '..', '..', 'constructs', 'cdk');
    const texts = sourceFiles(root).map((f) => [relative(root, f), readFileSync(f, 'utf8')] as const);
    expect(texts.reduce((n, [, text]) => n + (text.match(/loadOnce\(\(\) => require\(/g) ?? []).length, 0)).toBeGreaterThan(10);
    expect(texts.flatMap(([file, text]) => requiredEveryTime(text).map((m) => `${file}: ${m}`))).toEqual([]);
  });

  test('fails a provider module required on every call', () => {
    const text = "const vmModule = () => require('@cdktf/provider-azurerm/lib/windows-virtual-machine') as typeof import('@cdktf/provider-azurerm/lib/windows-virtual-machine');";
    expect(requiredEveryTime(text)).toEqual(['@cdktf/provider-azurerm/lib/windows-virtual-machine']);
    expect(requiredEveryTime(`const vmModule = loadOnce(${text.slice('const vmModule = '.length, -1)});`)).toEqual([]);
  });
});
