import type { z } from 'zod';
import { RetryLaterError } from '../../application/ports';
import { failure } from '../../shared/envelope';
import { rpcPayloads, type RpcKey, type RpcResponse } from '../../shared/rpc';
import { ResolverContextSchema, type ResolverContext } from './resolver-context';

const fieldErrorsOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

type Handler<K extends RpcKey> = (request: { readonly payload: unknown; readonly context: unknown }) => Promise<RpcResponse<K>>;

/**
 * One resolver key: parse the payload against the contract's schema for that key, read the platform context, run the handler.
 * Malformed input gets a typed error without touching Jira or storage; a transient outage becomes
 * 'unavailable'; anything else is a bug and is rethrown so Forge records it.
 */
export const rpcHandler = <K extends RpcKey>(
  key: K,
  handle: (payload: z.output<(typeof rpcPayloads)[K]>, context: ResolverContext) => Promise<RpcResponse<K>>,
): Handler<K> => async (request) => {
  // The contract names the payload schema by the key: one key, one schema, no way to pair them wrongly. (The
  // compiler cannot follow a generic key into the map's union of schemas, hence the one assertion.)
  const schema: z.ZodType = rpcPayloads[key];
  const payload = schema.safeParse(request.payload);
  if (!payload.success) return failure('invalid-payload', `Invalid payload for ${key}.`, fieldErrorsOf(payload.error));
  const context = ResolverContextSchema.safeParse(request.context);
  if (!context.success) return failure('wrong-module', `${key} was called without a usable context.`);
  try {
    return await handle(payload.data as z.output<(typeof rpcPayloads)[K]>, context.data);
  } catch (error) {
    if (error instanceof RetryLaterError) return failure('unavailable', 'Jira is busy right now; please try again in a moment.');
    throw error;
  }
};

/** Handlers for every key of one area, checked against the contract by the compiler. */
export type AreaHandlers<Prefix extends string> = { [K in Extract<RpcKey, `${Prefix}/${string}`>]: Handler<K> };

