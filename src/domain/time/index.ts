export { localDateTime } from './local-date-time';
export { isKnownTimeZone, offsetAt, wallClockAt } from './zone-offset';
