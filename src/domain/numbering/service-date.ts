import { localDateTime } from '../time';

/**
 * The service date `YYYYMMDD` of an instant in the service desk's zone: the daily sequence restarts at
 * local midnight there, not at UTC midnight nor the server's. Throws RangeError for an unknown zone
 * (config validation rejects those) or a non-finite instant.
 */
export const serviceDate = (instantMs: number, timezone: string): string =>
  localDateTime(instantMs, timezone).slice(0, 10).replaceAll('-', '');
