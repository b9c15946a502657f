/**
 * Wall times in the user's zone (the Forge context's `timezone`, which may differ from the browser's).
 * `<input type="datetime-local">` speaks `YYYY-MM-DDTHH:MM` without a zone; these helpers pin it to one.
 */
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsIn = (instant: number, timeZone: string): Record<string, number> => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const out: Record<string, number> = {};
  for (const part of parts) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
};

/** Zone offset (wall time minus UTC) in ms at an instant. */
export const zoneOffsetMs = (instant: number, timeZone: string): number => {
  const p = partsIn(instant, timeZone);
  const wall = Date.UTC(p['year'] ?? 0, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return wall - Math.floor(instant / 1000) * 1000;
};

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
  const candidates = [asUtc - zoneOffsetMs(asUtc - 86_400_000, timeZone), asUtc - zoneOffsetMs(asUtc + 86_400_000, timeZone)];
  const exact = candidates.filter((instant) => instantToWallTime(instant, timeZone) === wall).sort((a, b) => a - b);
  return exact[0] ?? null;
};

const pad = (value: number | undefined, width = 2): string => String(value ?? 0).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM` of an instant in a zone, as a datetime-local input expects it. */
export const instantToWallTime = (instant: number, timeZone: string): string => {
  const p = partsIn(instant, timeZone);
  return `${pad(p['year'], 4)}-${pad(p['month'])}-${pad(p['day'])}T${pad(p['hour'])}:${pad(p['minute'])}`;
};

/** ISO-8601 with the zone's offset, e.g. `2026-11-29T09:30:00+08:00` (the form the backend stores). */
export const toIsoWithOffset = (instant: number, timeZone: string): string => {
  const offsetMinutes = Math.round(zoneOffsetMs(instant, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const p = partsIn(instant, timeZone);
  return `${instantToWallTime(instant, timeZone)}:${pad(p['second'])}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
