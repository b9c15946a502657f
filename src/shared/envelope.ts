import { z } from 'zod';

/**
 * Stable error codes a resolver may answer with. UIs switch on `code`; `message` is for people and logs.
 * - invalid-payload: the payload failed its schema (fieldErrors name the paths)
 * - unauthenticated: no user behind the call (anonymous portal visitor, system context)
 * - forbidden: the user may not do this on this issue / this site
 * - not-found: the issue or request behind the module is gone or invisible
 * - wrong-module: the call came from a module that does not carry what the key needs (e.g. no issue)
 * - invalid-config: a configuration failed validation (fieldErrors name the paths)
 * - conflict: someone else saved first (stale `expectedVersion`)
 * - invalid-state: the request is not in a state that allows this (e.g. rating before resolution)
 * - invalid-ics: the ICS text could not be read
 * - unavailable: Jira or storage did not answer in time; retrying later may succeed
 */
export const ERROR_CODES = [
  'invalid-payload',
  'unauthenticated',
  'forbidden',
  'not-found',
  'wrong-module',
  'invalid-config',
  'conflict',
  'invalid-state',
  'invalid-ics',
  'unavailable',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const RpcErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  fieldErrors: z.array(FieldErrorSchema).optional(),
});
export type RpcError = z.infer<typeof RpcErrorSchema>;

export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: RpcError };

export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: RpcErrorSchema }),
  ]);

export const success = <T>(data: T): Envelope<T> => ({ ok: true, data });

export const failure = (code: ErrorCode, message: string, fieldErrors?: readonly FieldError[]): Envelope<never> => ({
  ok: false,
  error: fieldErrors === undefined ? { code, message } : { code, message, fieldErrors: [...fieldErrors] },
});
