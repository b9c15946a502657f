/** One notion of a valid zone across the app: the calendar's. */
export { isKnownTimeZone as isValidTimeZone } from '../time/zone-offset';
