/** Helpers to read raw synthesized Terraform JSON. */
export function resourcesOfType(json: any, type: string): any[] {
  return Object.values(json?.resource?.[type] ?? {});
}

/** Every string anywhere in a JSON value. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}
