const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timezone: string): Intl.DateTimeFormat => {
  const cached = formatters.get(timezone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    calendar: 'iso8601',
    numberingSystem: 'latn',
  });
  formatters.set(timezone, formatter);
  return formatter;
};

/**
 * `YYYY-MM-DD HH:mm` in an IANA zone: the spelling Excel recognises as a date-time in both locales.
 * Throws RangeError for an unknown zone (configuration validation refuses those).
 */
export const localDateTime = (instantMs: number, timezone: string): string => {
  const parts = formatterFor(timezone).formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
};
