/**
 * Instants in a viewer's zone, in Jira's formats. Zone offsets come from the app's one implementation
 * (src/domain/time/zone-offset.ts), which caches one Intl formatter per zone: bulk seeding cannot afford
 * building one per call.
 */
import { offsetAt } from '../../src/domain/time/zone-offset';

/** Minutes east of UTC in `timeZone` at instant `ms`. */
const offsetMinutes = (ms: number, timeZone: string): number => Math.round(offsetAt(timeZone, ms) / 60_000);

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

const parts = (ms: number, timeZone: string): { local: string; millis: string; zone: string } => {
  const offset = offsetMinutes(ms, timeZone);
  const iso = new Date(ms + offset * 60_000).toISOString();
  return {
    local: iso.slice(0, 19),
    millis: iso.slice(19, 23),
    zone: `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`,
  };
};

/** Jira's wire format for instants, in the viewer's zone: `2026-01-15T10:00:00.000+0800`. */
export const formatJiraDateTime = (ms: number, timeZone: string): string => {
  const p = parts(ms, timeZone);
  return `${p.local}${p.millis}${p.zone}`;
};

/** JSM's DateDTO, as `/rest/servicedeskapi` returns instants. */
export const dateDto = (ms: number, timeZone: string): { iso8601: string; jira: string; friendly: string; epochMillis: number } => {
  const p = parts(ms, timeZone);
  return { iso8601: `${p.local}${p.zone}`, jira: `${p.local}${p.millis}${p.zone}`, friendly: `${p.local.slice(0, 10)} ${p.local.slice(11, 16)}`, epochMillis: ms };
};

/** The instant at which the wall clock in `timeZone` shows the given fields (first match across DST gaps). */
const fromWallClock = (y: number, mo: number, d: number, h: number, mi: number, timeZone: string): number => {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  guess = wall - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
};

/** A wall-clock date or date-time as JQL accepts it, read in the searcher's zone. */
export const parseJqlDate = (text: string, timeZone: string): number | undefined => {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (m === null) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  return fromWallClock(y, mo, d, h, mi, timeZone);
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
