import { z } from 'zod';

/** What `InvocationError` / `QueueResponse.retry()` from @forge/events serialise to when a function returns them. */
const RetryResultSchema = z.object({
  _retry: z.literal(true),
  retryOptions: z.object({ retryAfter: z.number().optional(), retryReason: z.string().optional(), retryData: z.unknown().optional() }).optional(),
});

export interface RetryRequest {
  readonly retryAfterSeconds: number;
  readonly retryReason: string;
  readonly retryData: unknown;
}

export function retryRequestOf(result: unknown): RetryRequest | undefined {
  const parsed = RetryResultSchema.safeParse(result);
  if (!parsed.success) return undefined;
  const options = parsed.data.retryOptions;
  return {
    retryAfterSeconds: options?.retryAfter ?? 1,
    retryReason: options?.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryData: options?.retryData,
  };
}

/** Product events and async events are retried at most 4 times (forge-platform.md §7). */
export const MAX_RETRIES = 4;

/** Waits before a retry: `retryAfter` seconds as asked, on the sandbox's shortened retry time. */
export type RetryWait = (retryAfterSeconds: number) => Promise<void>;
