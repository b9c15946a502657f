import type { z } from 'zod';
import type { ErrorCode, FieldError } from '../../../src/shared/envelope';
import type { invoke as bridgeInvoke } from '@forge/bridge';
import type { RpcData, RpcInvoke, RpcKey, RpcPayload, RpcResponse } from '../../../src/shared/rpc';
import { kitMessages } from './kit-messages';

/** What the UI can fail with: a resolver's error, or the call itself failing (bridge down, bad answer). */
export interface UiError {
  readonly code: ErrorCode | 'transport' | 'bad-response';
  readonly message: string;
  readonly fieldErrors?: readonly FieldError[];
}

export type UiResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: UiError };

/**
 * Result schemas an app wants checked at run time. Optional per key: the contract's types already flow
 * through `makeInvoke<Defs>()`, and pulling zod and every schema into the bundle would break the 60 KB budget
 * of the agent panel, so each app opts in where it parses anyway (admin, portal).
 */
export type ResultSchemas = { readonly [K in RpcKey]?: z.ZodType<RpcData<K>> };

export interface Gateway {
  call<K extends RpcKey>(key: K, payload: RpcPayload<K>): Promise<UiResult<RpcData<K>>>;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/** Every code the UI has words for; the message table is exhaustive over `ErrorCode` by type. */
const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && value !== 'transport' && value !== 'bad-response' && `error.${value}` in kitMessages.en;

const isFieldError = (value: unknown): value is FieldError =>
  isRecord(value) && typeof value['path'] === 'string' && typeof value['message'] === 'string';

const bad = (message: string): UiError => ({ code: 'bad-response', message: `Unexpected answer from the app: ${message}` });

/** Reads a failure envelope's error, keeping only what matches the contract. */
export const readError = (raw: unknown): UiError => {
  if (!isRecord(raw) || !isErrorCode(raw['code']) || typeof raw['message'] !== 'string') return bad('malformed error');
  const { code, message } = raw;
  const fieldErrors = raw['fieldErrors'];
  if (Array.isArray(fieldErrors) && fieldErrors.every(isFieldError)) return { code, message, fieldErrors };
  return { code, message };
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The bridge's `invoke` typed by the contract. The bridge may wrap a result as `{body, metadata}`; an
 * envelope always has `ok`, which tells the two apart without a cast.
 */
export const contractInvoke =
  (invoke: typeof bridgeInvoke): RpcInvoke =>
  async <K extends RpcKey>(key: K, payload: RpcPayload<K>): Promise<RpcResponse<K>> => {
    const response = await invoke<RpcResponse<K>>(key, payload);
    return 'ok' in response ? response : response.body;
  };

/** The one typed door from a Custom UI to its resolvers: every `invoke` of an app goes through here. */
export const createGateway = (invoke: RpcInvoke, schemas: ResultSchemas = {}): Gateway => ({
  async call<K extends RpcKey>(key: K, payload: RpcPayload<K>): Promise<UiResult<RpcData<K>>> {
    let response;
    try {
      response = await invoke(key, payload);
    } catch (error) {
      return { ok: false, error: { code: 'transport', message: describe(error) } };
    }
    const raw: unknown = response;
    if (!isRecord(raw) || typeof raw['ok'] !== 'boolean') return { ok: false, error: bad('not an envelope') };
    if (!response.ok) return { ok: false, error: readError(raw['error']) };
    const schema: z.ZodType<RpcData<K>> | undefined = schemas[key];
    if (schema === undefined) return { ok: true, data: response.data };
    const parsed = schema.safeParse(raw['data']);
    if (parsed.success) return { ok: true, data: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, error: bad(`${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`) };
  },
});
