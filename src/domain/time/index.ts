export { localDateTime } from './local-date-time';
export { isKnownTimeZone } from '../calendar/zone-offsets';
