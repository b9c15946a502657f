const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `YYYY-MM-DD` formatter for an IANA zone; throws RangeError for an unknown zone. */
export const dateFormatter = (timezone: string): Intl.DateTimeFormat => {
  const cached = formatters.get(timezone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'iso8601',
    numberingSystem: 'latn',
  });
  formatters.set(timezone, formatter);
  return formatter;
};

/** One notion of a valid zone across the app: the calendar's. */
export { isKnownTimeZone as isValidTimeZone } from '../calendar/zone-offsets';
