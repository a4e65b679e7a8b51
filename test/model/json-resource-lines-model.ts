/**
 * Where a Terraform JSON configuration writes each `resource.<type>.<name>`, read by a plain recursive reader of
 * small, valid JSON texts: the line of each block name, and the names written twice in one object (which
 * `JSON.parse` resolves silently by keeping the last), with the line of each time.
 */
export function modelResourceLines(text: string): { lines: Map<string, number>; duplicates: Map<string, number[]> } {
  const lines = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  let i = 0;
  const lineOf = (position: number) => text.slice(0, position).split('\n').length;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const twice = (where: Map<string, number>, name: string, key: string, at: number) => {
    const first = where.get(key);
    if (first === undefined) where.set(key, at);
    else duplicates.set(name, [...(duplicates.get(name) ?? [first]), at]);
  };
  // `path`: where the value sits: the top document, the `resource` object, a type's object, or anywhere else
  type Place = { kind: 'top' } | { kind: 'resource' } | { kind: 'type'; type: string } | { kind: 'other' };
  const value = (place: Place): void => {
    space();
    if (text[i] === '{') {
      i++;
      const keys = new Map<string, number>();
      space();
      while (text[i] !== '}') {
        space();
        const at = i;
        const key = string();
        space();
        i++; // the colon
        if (place.kind === 'top') {
          if (key === 'resource') twice(keys, 'resource', key, lineOf(at));
          value(key === 'resource' ? { kind: 'resource' } : { kind: 'other' });
        } else if (place.kind === 'resource') {
          twice(keys, key, key, lineOf(at));
          value({ kind: 'type', type: key });
        } else if (place.kind === 'type') {
          const address = `${place.type}.${key}`;
          lines.set(address, lineOf(at));
          twice(keys, address, key, lineOf(at));
          value({ kind: 'other' });
        } else value({ kind: 'other' });
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      space();
      while (text[i] !== ']') {
        // a list stands for its object in the places of a configuration (`"resource": [{...}]`), not at the top
        value(place.kind === 'top' ? { kind: 'other' } : place);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  value({ kind: 'top' });
  return { lines, duplicates };
}
