/**
 * Remembers the answers of a pure function of a string: a fleet asks about the same few sizes over and over. Bounded:
 * past `max` distinct strings it forgets them all and starts again.
 */
export function memoByString<T>(answer: (s: string) => T, max = 1024): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    const remembered = known.get(s);
    if (remembered !== undefined || known.has(s)) return remembered as T;
    if (known.size >= max) known.clear();
    const fresh = answer(s);
    known.set(s, fresh);
    return fresh;
  };
}
