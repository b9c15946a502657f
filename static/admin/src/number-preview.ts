import { serviceDate } from '../../../src/domain/numbering/service-date';
import { formatServiceNumber } from '../../../src/domain/numbering/service-number';
import { isValidTimeZone } from '../../../src/domain/numbering/time-zone';

/** Today's first three numbers with the settings as typed; empty while a setting is not valid yet. */
export const numberPreview = (prefix: string, padding: number, timezone: string, now: number): string[] => {
  if (!/^[A-Z][A-Z0-9]{0,9}$/.test(prefix) || !Number.isInteger(padding) || padding < 1 || padding > 9 || !isValidTimeZone(timezone)) return [];
  const date = serviceDate(now, timezone);
  return [1, 2, 3].map((seq) => formatServiceNumber({ prefix, padding }, date, seq));
};
