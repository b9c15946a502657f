/** Typed results with stable error codes: the domain returns values, it never throws for bad input. */
export interface DomainError {
  readonly code: string;
  readonly message: string;
  /** Field path of the offending input, e.g. `calendars.biz.weekly.mon[0]`. */
  readonly path?: string;
}

export type Result<T, E extends DomainError = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E extends DomainError>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
