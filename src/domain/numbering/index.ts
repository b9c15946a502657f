export { serviceDate } from './service-date';
export { formatServiceNumber, parseServiceNumber, type NumberFormat, type ServiceNumber } from './service-number';
export { isValidTimeZone } from './time-zone';
