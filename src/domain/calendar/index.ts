export type { Calendar, CalendarSpec, Weekday, Window, WorkdayEntry } from './types';
export {
  CalendarSpecSchema,
  HOLIDAY_SET_IDS,
  INVALID_CALENDAR,
  LocalDateSchema,
  WindowSchema,
  parseCalendarSpec,
} from './spec';
export { compileCalendar, type CompiledCalendar } from './compile-calendar';
export type { DayPlan, DaySource, MinuteWindow } from './day-rules';
export { CN_STATUTORY, CN_STATUTORY_COVERED_YEARS, type HolidayName, type HolidaySet } from './cn-statutory';
export { ICS_CONVENTIONS, INVALID_ICS, parseIcsHolidays, type IcsHoliday, type IcsHolidayFeed } from './ics-holidays';
export { describeDate, exceptionsBetween, nextWorkingDays, type DayDescription } from './describe-calendar';
export { isKnownTimeZone } from './zone-offsets';
export { INVALID_NOTICE, parseStateCouncilNotice, type StatutoryYear } from './state-council-notice';
export { applyStatutoryYear, compareDays, type DayChange, type DayKind } from './statutory-year';
