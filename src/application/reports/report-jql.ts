const DAY_MS = 86_400_000;

/** `yyyy-MM-dd HH:mm` in UTC, the minute-precision date JQL accepts. */
const jqlDate = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The requests created in [from, to) of one project (or of all when null), in a stable order for token paging.
 * JQL reads dates in the searcher's zone at minute precision, so the range is widened by a day on each side
 * and the caller keeps only the exact period: at most two days of extra reads, never a scan of other periods.
 */
export const periodJql = (projectId: string | null, from: number, to: number): string =>
  [
    ...(projectId === null ? [] : [`project = ${projectId}`]),
    'tsNumber IS NOT EMPTY',
    `created >= "${jqlDate(from - DAY_MS)}"`,
    `created < "${jqlDate(to + DAY_MS)}"`,
  ].join(' AND ') + ' ORDER BY created ASC';

/** JQL for a list of issue keys (at most one search page). */
export const keysJql = (keys: readonly string[]): string => `key in (${keys.join(', ')})`;
