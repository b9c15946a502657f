import { wallClockAt } from './zone-offset';

/**
 * `YYYY-MM-DD HH:mm` in an IANA zone: the spelling Excel recognises as a date-time in both locales.
 * Throws RangeError for an unknown zone (configuration validation refuses those).
 */
export const localDateTime = (instantMs: number, timezone: string): string => {
  const iso = wallClockAt(timezone, instantMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};
