import { Token } from 'cdktf';
import { Maybe, Unknown } from '../core/unknown';

/** A prop value as a fact: a token (or any IResolvable) becomes {@link Unknown}, anything else is kept as given. */
export function maybe<T>(value: T | undefined): Maybe<T> | undefined {
  if (value === undefined || value === null) return undefined;
  if (Token.isUnresolved(value)) return new Unknown(value);
  return value;
}

/** True when a value is a token, i.e. known only at apply. */
export function isToken(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}
