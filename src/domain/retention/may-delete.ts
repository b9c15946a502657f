import type { Retention } from '../config/retention-schema';

/** The instant `months` calendar months after `at` (UTC; the 31st of a shorter month clamps to its last day). */
export const addMonths = (at: number, months: number): number => {
  const d = new Date(at);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
};

/** Until when a record closed (or last written) at `closedAt` must be kept. */
export const retainedUntil = (closedAt: number, policy: Retention): number => addMonths(closedAt, policy.months);

/**
 * The one rule every purge must ask: a record may go only once the policy's months have passed since it
 * closed. A record whose age is unknown (null) is never old enough.
 */
export const mayDelete = (closedAt: number | null, now: number, policy: Retention): boolean =>
  closedAt !== null && now >= retainedUntil(closedAt, policy);
