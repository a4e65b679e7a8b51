const killedMutant = require('./killed-mutant.js') as { markKilled(): void; isKilled(): boolean };
const FastFirstSequencer = require('./fast-first-sequencer.js');

const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';

describe('mutation runs', () => {
  afterEach(() => {
    delete process.env[ACTIVE];
  });

  test('a failure kills only the mutant that was active, and nothing outside a mutant run', () => {
    killedMutant.markKilled();
    expect(killedMutant.isKilled()).toBe(false);
    process.env[ACTIVE] = '7';
    expect(killedMutant.isKilled()).toBe(false);
    killedMutant.markKilled();
    expect(killedMutant.isKilled()).toBe(true);
    process.env[ACTIVE] = '8';
    expect(killedMutant.isKilled()).toBe(false);
    delete process.env[ACTIVE];
    expect(killedMutant.isKilled()).toBe(false);
  });

  test('cheap example tests run before the properties', () => {
    const paths = ['/p/test/rules/holds-agrees-with-check.property.test.ts', '/p/test/preconditions.property.test.ts', '/p/test/rules/other-rules.test.ts', '/p/test/readme.test.ts', '/p/test/zz-unlisted.test.ts'];
    const sorted = new FastFirstSequencer({ contexts: [], globalConfig: {} }).sort(paths.map((path) => ({ path })));
    expect(sorted.map((t: { path: string }) => t.path.replace('/p/test/', ''))).toEqual([
      'readme.test.ts',
      'rules/other-rules.test.ts',
      'preconditions.property.test.ts',
      'rules/holds-agrees-with-check.property.test.ts',
      'zz-unlisted.test.ts',
    ]);
  });
});
