import { dateFormatter } from './time-zone';

/**
 * The service date `YYYYMMDD` of an instant in the service desk's zone: the daily sequence restarts at
 * local midnight there, not at UTC midnight nor the server's. Throws RangeError for an unknown zone
 * (config validation rejects those) or a non-finite instant.
 */
export const serviceDate = (instantMs: number, timezone: string): string => {
  const parts = dateFormatter(timezone).formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}${part('month')}${part('day')}`;
};
