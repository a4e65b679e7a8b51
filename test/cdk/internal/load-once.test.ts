import { loadOnce } from '../../../constructs/cdk/internal/load-once';

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
});
