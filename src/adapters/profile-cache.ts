import { z } from 'zod';
import type { AppStore, JiraPort, UserProfile } from '../application/ports';

/**
 * How long a user's profile (name, language, time zone) is reused before Jira is asked again. A day: a requester
 * who changes their language is answered in the new one from the next day on, and no personal data outlives it
 * in app storage (the key expires with it).
 */
export const PROFILE_TTL_SECONDS = 24 * 60 * 60;

const profileKey = (accountId: string): string => `profile:${accountId}`;

const CachedProfileSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  locale: z.string().nullable(),
  timeZone: z.string().nullable(),
});

/**
 * The Jira port with `getUser` answered from app storage when the profile was read within the last day (issue 15):
 * a request's life asks for its requester's language several times (acknowledgement, plan, confirmation link),
 * and a desk's requesters and agents recur. Unknown accounts are not cached (they are asked again next time).
 */
export const withProfileCache = (jira: JiraPort, store: Pick<AppStore, 'get' | 'set'>): JiraPort => ({
  ...jira,
  async getUser(accountId: string): Promise<UserProfile | null> {
    const cached = CachedProfileSchema.safeParse(await store.get(profileKey(accountId)));
    if (cached.success) return cached.data;
    const profile = await jira.getUser(accountId);
    if (profile !== null) await store.set(profileKey(accountId), profile, PROFILE_TTL_SECONDS);
    return profile;
  },
});
