import { memoByString } from '../../constructs/core/memo';

describe('memoByString', () => {
  test('answers as the function does, asking it once per string, undefined answers included', () => {
    const asked: string[] = [];
    const lengthOfA = memoByString((s) => {
      asked.push(s);
      return s.startsWith('a') ? s.length : undefined;
    });
    expect(['abc', 'b', 'abc', 'b', 'a'].map(lengthOfA)).toEqual([3, undefined, 3, undefined, 1]);
    expect(asked).toEqual(['abc', 'b', 'a']);
  });

  test('forgets everything once it holds its maximum, and answers right after', () => {
    const asked: string[] = [];
    const upper = memoByString((s) => {
      asked.push(s);
      return s.toUpperCase();
    }, 2);
    expect(['x', 'y', 'x', 'z', 'x', 'z'].map(upper)).toEqual(['X', 'Y', 'X', 'Z', 'X', 'Z']);
    // x and y fill it; z starts it over; x is asked again, and z is remembered with it
    expect(asked).toEqual(['x', 'y', 'z', 'x']);
  });
});
