import { z } from 'zod';

/**
 * The KVS record that makes a follow-up unique per request and resolution cycle. It is created (if absent)
 * before the Jira create and completed with the task's key after it; `creating` older than the lease means
 * the creator died somewhere in between.
 */
export const FollowUpClaimSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('creating'), at: z.number() }),
  z.object({ state: z.literal('created'), issueKey: z.string() }),
]);
export type FollowUpClaim = z.infer<typeof FollowUpClaimSchema>;

export const followUpClaimKey = (originalId: string, cycle: number): string => `followup:${originalId}:${cycle}`;

/** How long a creator may take between its claim and recording the task it created. */
export const CREATE_LEASE_MS = 60_000;
