import { setFlagsFromString } from 'v8';

setFlagsFromString('--allow-natives-syntax');
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;

/**
 * How many of the last objects `make` builds have a hidden class (V8 map) of their own, once V8 has optimized the code
 * that builds them: objects of one shape should share one. Each is compared with the one built two calls before, so
 * that `make` may alternate between two shapes.
 */
export function ownHiddenClasses(make: (i: number) => object, warmUp = 5_000, last = 200): number {
  const built: object[] = [];
  for (let i = 0; i < warmUp + last; i++) built.push(make(i));
  let own = 0;
  for (let i = warmUp; i < built.length; i++) if (!haveSameMap(built[i], built[i - 2])) own++;
  return own;
}
