import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Jira's wire format for instants, in the viewer's zone: `2026-01-15T10:00:00.000+0800`. */
export const formatJiraDateTime = (ms: number, timeZone: string): string =>
  dayjs(ms).tz(timeZone).format('YYYY-MM-DDTHH:mm:ss.SSSZZ');

/** JSM's DateDTO, as `/rest/servicedeskapi` returns instants. */
export const dateDto = (ms: number, timeZone: string): { iso8601: string; jira: string; friendly: string; epochMillis: number } => {
  const local = dayjs(ms).tz(timeZone);
  return {
    iso8601: local.format('YYYY-MM-DDTHH:mm:ssZZ'),
    jira: local.format('YYYY-MM-DDTHH:mm:ss.SSSZZ'),
    friendly: local.format('YYYY-MM-DD HH:mm'),
    epochMillis: ms,
  };
};

/** A wall-clock date or date-time as JQL accepts it, read in the searcher's zone. */
export const parseJqlDate = (text: string, timeZone: string): number | undefined => {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi] = m;
  const pad = (s: string | undefined): string => (s ?? '0').padStart(2, '0');
  const local = `${y ?? ''}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
  const parsed = dayjs.tz(local, 'YYYY-MM-DD HH:mm', timeZone);
  return parsed.isValid() ? parsed.valueOf() : undefined;
};

const UNIT_MS: Readonly<Record<string, number>> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** JQL relative dates such as `-1d`, `-4w 2d`, `-30m`, relative to `now`. */
export const parseRelativeDate = (text: string, now: number): number | undefined => {
  const m = /^([-+]?)((?:\d+[wdhm]\s*)+)$/.exec(text.trim());
  if (m === null) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  let total = 0;
  for (const part of (m[2] ?? '').matchAll(/(\d+)([wdhm])/g)) {
    total += Number(part[1]) * (UNIT_MS[part[2] ?? ''] ?? 0);
  }
  return now + sign * total;
};
