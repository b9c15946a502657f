import { InvocationError, InvocationErrorCode } from '@forge/events';
import Resolver from '@forge/resolver';
import { RetryLaterError } from '../application/ports';

export interface ResolverRequest {
  readonly payload: unknown;
  readonly context: unknown;
}

/** A resolver function (manifest `function`) serving the given keys, as @forge/resolver dispatches them. */
export const forgeResolver = (handlers: Readonly<Record<string, (request: ResolverRequest) => Promise<unknown>>>) => {
  const resolver = new Resolver();
  for (const [key, handler] of Object.entries(handlers)) {
    resolver.define(key, (request: { payload: unknown; context: unknown }) => handler({ payload: request.payload, context: request.context }));
  }
  return resolver.getDefinitions();
};

/**
 * Triggers and consumers: when the work ran out of time or Jira kept refusing, ask the platform to deliver the
 * event again later instead of failing it (product events are retried up to 4 times).
 */
export const withPlatformRetry =
  <A extends unknown[]>(handler: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<InvocationError | undefined> => {
    try {
      await handler(...args);
      return undefined;
    } catch (error) {
      if (error instanceof RetryLaterError) {
        return new InvocationError({
          retryAfter: Math.max(1, Math.min(900, error.retryAfterSeconds)),
          retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
        });
      }
      throw error;
    }
  };

/** A queue consumer (`consumer.resolver.method`): the pushed event's body arrives as the payload. */
export const forgeConsumer = (method: string, handler: (payload: unknown) => Promise<void>) => {
  const resolver = new Resolver();
  resolver.define(method, withPlatformRetry((request: { payload: unknown }) => handler(request.payload)));
  return resolver.getDefinitions();
};
