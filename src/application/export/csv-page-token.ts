import { z } from 'zod';
import type { PeriodFilter } from '../reports/period-pages';

const TokenSchema = z.object({ v: z.literal(1), t: z.string().min(1), f: z.string() });

/** The period and project a token continues: a token from another export is refused, not sent to Jira. */
const filterOf = (filter: PeriodFilter): string => `${filter.from}:${filter.to}:${filter.projectId ?? '*'}`;

/** Wraps Jira's search token for the client, bound to the export it continues. */
export const encodeCsvPageToken = (jiraToken: string, filter: PeriodFilter): string =>
  Buffer.from(JSON.stringify({ v: 1, t: jiraToken, f: filterOf(filter) }), 'utf8').toString('base64url');

/** Jira's token inside a token this export handed out; null for anything else. */
export const decodeCsvPageToken = (token: string, filter: PeriodFilter): string | null => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = TokenSchema.safeParse(decoded);
  return parsed.success && parsed.data.f === filterOf(filter) ? parsed.data.t : null;
};
