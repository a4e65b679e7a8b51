import fc from 'fast-check';
import { configureSeed } from './support/seed';

configureSeed('property-runs');

describe('properties run the number of cases they state', () => {
  test('fails a property that its time limit interrupts, instead of passing with fewer cases', () => {
    let ran = 0;
    const slow = fc.property(fc.integer(), () => {
      ran++;
      const until = Date.now() + 5;
      while (Date.now() < until);
    });
    expect(() => fc.assert(slow, { numRuns: 1_000, interruptAfterTimeLimit: 50 })).toThrow(/interrupted/i);
    expect(ran).toBeLessThan(1_000);
  });

  test('a property within its time runs every case', () => {
    let ran = 0;
    fc.assert(fc.property(fc.integer(), () => void ran++), { numRuns: 500, interruptAfterTimeLimit: 60_000 });
    expect(ran).toBe(500);
  });

  test("jest's timeout, which @fast-check/jest applies to each property, is sized above the slowest property", () => {
    expect(require('../jest.config').testTimeout).toBeGreaterThanOrEqual(600_000);
  });
});
