import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { satisfies, valid } from 'semver';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SHARED_WITH_USERS = ['cdktf', 'constructs', '@cdktf/provider-azurerm', 'fast-check'];

/** The files `npm pack` puts in the tarball (`npm test` builds dist first). */
function packed(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
}

describe('the published package', () => {
  const files = packed();

  test('holds the license, readme, docs, command and every entry point with its types', () => {
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    expect(targets.length).toBeGreaterThan(6);
    const wanted = ['LICENSE', 'README.md', 'package.json', 'docs/rules.md', 'docs/images.md', 'bin/azguard.js', 'dist/constructs/cli/azguard.js', pkg.main, pkg.types, ...targets.map((t) => t.replace(/^\.\//, ''))];
    expect(wanted.filter((f) => !files.includes(f))).toEqual([]);
  });

  test.each([
    ['tests', /^(dist\/)?test\//],
    ['benchmarks', /^(dist(-bench)?\/)?bench\//],
    ['mutation data', /stryker|mutation/],
    ['example stacks and scripts', /^(dist\/)?(stacks|scripts)\//],
    ['source maps', /\.map$/],
    ['TypeScript sources', /(?<!\.d)\.ts$/],
    ['API reports', /^api\//],
  ])('fails to hold %s', (_what, pattern) => {
    expect(files.filter((f) => pattern.test(f))).toEqual([]);
  });

  test('shares cdktf, constructs and the provider with the app as peer dependencies, and builds with exact versions', () => {
    expect(pkg.private).toBeUndefined();
    for (const name of SHARED_WITH_USERS) {
      expect(pkg.dependencies?.[name]).toBeUndefined();
      expect(valid(pkg.devDependencies[name])).toBe(pkg.devDependencies[name]);
      expect(satisfies(pkg.devDependencies[name], pkg.peerDependencies[name])).toBe(true);
    }
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual([...SHARED_WITH_USERS].sort());
    // only the arbitraries need fast-check: an app without property tests installs without it
    expect(pkg.peerDependenciesMeta).toEqual({ 'fast-check': { optional: true } });
    const ranged = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => valid(v as string) === null);
    expect(ranged).toEqual([]);
  });

  test('allows constructs 10.4 to 10.x and the CDK Terrain releases the consumer check installs', () => {
    expect(satisfies('10.4.2', pkg.peerDependencies.constructs) && satisfies('10.8.1', pkg.peerDependencies.constructs)).toBe(true);
    expect(satisfies('0.24.0', pkg.peerDependencies.cdktf)).toBe(true);
    expect(satisfies('16.1.0', pkg.peerDependencies['@cdktf/provider-azurerm'])).toBe(true);
  });

  test('fails to allow a provider binding older than azurerm 4.42 (no automatic_updates_enabled on the VM)', () => {
    expect(satisfies('14.10.0', pkg.peerDependencies['@cdktf/provider-azurerm'])).toBe(false);
  });

  test('describes itself for a registry: repository, keywords, license, no install script', () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cdktf', 'cdktn', 'azure']));
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(Object.keys(pkg.scripts).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s))).toEqual([]);
  });
});
