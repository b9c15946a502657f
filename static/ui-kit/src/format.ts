import type { UiLocale } from './locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Date and time in the viewer's zone, with the zone's short name so a reader never guesses. */
export const formatDateTime = (epochMs: number, locale: UiLocale, timeZone: string): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(epochMs);

export const formatDate = (epochMs: number, locale: UiLocale, timeZone: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(epochMs);

const UNITS: Readonly<Record<UiLocale, { d: string; h: string; min: string; s: string; sep: string }>> = {
  en: { d: 'd', h: 'h', min: 'min', s: 's', sep: ' ' },
  'zh-CN': { d: '天', h: '小时', min: '分钟', s: '秒', sep: '' },
};

/** A span of minutes as people say it: `2 h 30 min` / `2小时30分钟`; zero parts are left out. */
export const formatMinutes = (minutes: number, locale: UiLocale): string => {
  const u = UNITS[locale];
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days}${u.sep}${u.d}`);
  if (hours > 0) parts.push(`${hours}${u.sep}${u.h}`);
  if (mins > 0 || parts.length === 0) parts.push(`${mins}${u.sep}${u.min}`);
  return parts.join(u.sep);
};

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * A live countdown: `1 d 03:05:09` / `1天03:05:09` above a day, `03:05:09` below. Seconds are shown so
 * the reader sees it moving; the sign is the caller's business (remaining vs overdue).
 */
export const formatCountdown = (ms: number, locale: UiLocale): string => {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days > 0 ? `${days}${UNITS[locale].sep}${UNITS[locale].d} ${clock}` : clock;
};

export const DURATION = { MINUTE, HOUR, DAY } as const;
