/**
 * Wall times in the user's zone (the Forge context's `timezone`, which may differ from the browser's).
 * `<input type="datetime-local">` speaks `YYYY-MM-DDTHH:MM` without a zone; these helpers pin it to one.
 * Offsets come from the app's one zone-offset implementation (src/domain/time/zone-offset.ts).
 */
import { offsetAt, wallClockAt } from '../../../src/domain/time/zone-offset';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall time denotes in a zone, or null if it is malformed or does not exist there (the hour
 * skipped when clocks go forward). An ambiguous wall time (clocks going back) takes the earlier instant.
 */
export const wallTimeToInstant = (wall: string, timeZone: string): number | null => {
  const match = WALL.exec(wall);
  if (match === null) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const candidates = [asUtc - offsetAt(timeZone, asUtc - 86_400_000), asUtc - offsetAt(timeZone, asUtc + 86_400_000)];
  const exact = candidates.filter((instant) => instantToWallTime(instant, timeZone) === wall).sort((a, b) => a - b);
  return exact[0] ?? null;
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM` of an instant in a zone, as a datetime-local input expects it. */
export const instantToWallTime = (instant: number, timeZone: string): string => wallClockAt(timeZone, instant).toISOString().slice(0, 16);

/** ISO-8601 with the zone's offset, e.g. `2026-11-29T09:30:00+08:00` (the form the backend stores). */
export const toIsoWithOffset = (instant: number, timeZone: string): string => {
  const offsetMinutes = Math.round(offsetAt(timeZone, instant) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wallClockAt(timeZone, instant).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
