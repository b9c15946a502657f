import { z } from 'zod';

/**
 * Fault injection the runtime and the REST path honour. The server owns the one mutable object and hands
 * it to the runtime, so a POST to /__sandbox/chaos takes effect on the next event or call.
 */
export const ChaosSettingsSchema = z.strictObject({
  /** Fraction (0..1) of product events delivered twice. */
  duplicateDelivery: z.number().min(0).max(1),
  /** Deliver queued product events in shuffled order. */
  reorderEvents: z.boolean(),
  /** Fraction (0..1) of app REST calls answered 429 with Retry-After. */
  rateLimitFraction: z.number().min(0).max(1),
  retryAfterSeconds: z.number().int().min(0).max(900),
  /** Fraction (0..1) of app REST calls answered 5xx. */
  serverErrorFraction: z.number().min(0).max(1),
});
export type ChaosSettings = z.infer<typeof ChaosSettingsSchema>;

export const NO_CHAOS: ChaosSettings = {
  duplicateDelivery: 0,
  reorderEvents: false,
  rateLimitFraction: 0,
  retryAfterSeconds: 1,
  serverErrorFraction: 0,
};

/** Applies a partial update in place; invalid input throws a ZodError naming the field. */
export function updateChaos(target: ChaosSettings, input: unknown): ChaosSettings {
  const patch = ChaosSettingsSchema.partial().parse(input);
  Object.assign(target, patch);
  return target;
}
