import { TerraformStack, TerraformVariable, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { Maybe, Unknown } from '../../core/unknown';
import { StackIndex } from './stack-index';

/** A prop value as a fact: a token (or any IResolvable) becomes {@link Unknown}, anything else is kept as given. */
export function maybe<T>(value: T | undefined): Maybe<T> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isToken(value)) return new Unknown(value);
  return value;
}

/**
 * A prop written to an attribute as a fact: a token becomes {@link Unknown} with what the provider uses when the token
 * resolves to null (its default, or `undefined` for unset).
 */
export function maybeOr<T>(value: T | undefined, whenNull: unknown): Maybe<T> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isToken(value)) return new Unknown(value, whenNull);
  return value;
}

/** True when a value is a token, i.e. known only at apply. */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'boolean') return false;
  // every string token of cdktf carries this marker: a string without it is a literal, without building a matcher
  if (typeof value === 'string' && !value.includes('TfToken[')) return false;
  return Token.isUnresolved(value);
}

/** A list prop that may be a token for a whole list: as a list token cdktf accepts, or the list itself. */
export function list<T>(value: readonly T[] | undefined): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) && Token.isUnresolved(value)) return Token.asList(value) as unknown as T[];
  return value as T[];
}

/** Whether a list prop is a token for the whole list (a variable, an attribute), not a list with token items. */
export function isListToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (!Array.isArray(value)) return Token.isUnresolved(value);
  return value.length === 1 && typeof value[0] === 'string' && value[0].startsWith('#{') && Token.isUnresolved(value);
}

/** A list prop as a fact: {@link Unknown} when the whole list is a token, else its items as facts. */
export function maybeList<T>(value: readonly T[] | undefined): Maybe<Maybe<T>[]> {
  if (value === undefined || value === null) return [];
  if (isListToken(value)) return new Unknown(value);
  return (value as T[]).map((v) => maybe(v)!);
}


/** The last string read by {@link identifiersOf}: a fleet passes the same password token to every VM. */
let lastRead: { readonly value: string; readonly identifiers: readonly string[] } | undefined;

/** The identifiers (`var.x`, `azurerm_key_vault.kv.id`) of the references a token string holds. */
export function identifiersOf(v: unknown): readonly string[] {
  if (typeof v !== 'string') return [];
  if (lastRead?.value !== v) {
    const identifiers = Tokenization.reverseString(v).tokens.map((t) => (t as { identifier?: unknown }).identifier).filter((i): i is string => typeof i === 'string');
    lastRead = { value: v, identifiers };
  }
  return lastRead.identifiers;
}

/** The Terraform variables of each stack by the identifier their references carry (`var.<name>`). */
const VARIABLES = new StackIndex<TerraformVariable>((c, add) => {
  if (c instanceof TerraformVariable) for (const i of identifiersOf(c.stringValue)) add(i, c);
});

/** The variable of the stack that an identifier names. */
function variableOf(stack: TerraformStack, identifier: string): TerraformVariable | undefined {
  return identifier.startsWith('var.') ? VARIABLES.get(stack, identifier) : undefined;
}

/**
 * How a secret prop is given: absent, a literal, or an expression. A reference to a Terraform variable that has a
 * default is a literal too: the default is written into the configuration.
 */
export function secretKindOf(scope: IConstruct, value: unknown): { kind: 'literal' | 'expression' | 'absent'; variable?: TerraformVariable } {
  if (value === undefined || value === null) return { kind: 'absent' };
  if (!isToken(value)) return { kind: 'literal' };
  const stack = TerraformStack.of(scope);
  const variable = identifiersOf(value)
    .map((i) => variableOf(stack, i))
    .find((v): v is TerraformVariable => v !== undefined);
  if (variable && variable.default !== undefined) return { kind: 'literal', variable };
  return { kind: 'expression', variable };
}
