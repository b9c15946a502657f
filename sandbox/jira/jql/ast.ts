/** The syntax tree of the supported JQL subset. */

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'empty' }
  | { readonly kind: 'list'; readonly items: readonly Operand[] };

export type FieldRef =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'property'; readonly propertyKey: string; readonly path: string };

export interface Clause {
  readonly kind: 'clause';
  readonly field: FieldRef;
  readonly operator: Operator;
  readonly operand: Operand;
}

export type Expr =
  | Clause
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly expr: Expr };

export interface SortKey {
  readonly field: FieldRef;
  readonly direction: 'ASC' | 'DESC';
}

export interface Query {
  readonly where: Expr | undefined;
  readonly orderBy: readonly SortKey[];
}

/** A query the emulator cannot or will not answer; the message names the offending part (HTTP 400). */
export class JqlError extends Error {
  override readonly name = 'JqlError';
}
