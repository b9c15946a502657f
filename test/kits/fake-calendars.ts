/**
 * Small, obviously-correct calendars for the SLA tests, independent of the real calendar engine: 7×24, and
 * one open every UTC day in [openHour, closeHour).
 */
import type { Calendar } from '../../src/domain/calendar/types';
import { MS_PER_MINUTE } from '../../src/domain/sla/working-time';

const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

const unsupported = (): number[] => [];

export const alwaysOpenCalendar = (): Calendar => ({
  spec: { timezone: 'UTC', alwaysOpen: true },
  due: (start, minutes) => start + minutes * MS_PER_MINUTE,
  elapsedMs: (from, to) => Math.max(0, to - from),
  elapsedMinutes: (from, to) => Math.floor(Math.max(0, to - from) / MS_PER_MINUTE),
  isOpen: () => true,
  nextOpening: (ms) => ms,
  uncoveredYears: unsupported,
});

export const dailyUtcCalendar = (openHour: number, closeHour: number): Calendar => {
  const open = openHour * MS_PER_HOUR;
  const close = closeHour * MS_PER_HOUR;
  const isOpen = (ms: number): boolean => {
    const offset = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    return offset >= open && offset < close;
  };
  const elapsedMs = (from: number, to: number): number => {
    let total = 0;
    for (let day = Math.floor(from / MS_PER_DAY) * MS_PER_DAY; day < to; day += MS_PER_DAY) {
      total += Math.max(0, Math.min(to, day + close) - Math.max(from, day + open));
    }
    return total;
  };
  const due = (start: number, minutes: number): number => {
    let left = minutes * MS_PER_MINUTE;
    if (left === 0) return start;
    for (let day = Math.floor(start / MS_PER_DAY) * MS_PER_DAY; ; day += MS_PER_DAY) {
      const from = Math.max(start, day + open);
      const available = Math.max(0, day + close - from);
      if (available >= left) return from + left;
      left -= available;
    }
  };
  return {
    spec: { timezone: 'UTC', weekly: {} },
    due,
    elapsedMs,
    elapsedMinutes: (from, to) => Math.floor(elapsedMs(from, to) / MS_PER_MINUTE),
    isOpen,
    nextOpening: (ms) => {
      if (isOpen(ms)) return ms;
      const day = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
      return ms < day + open ? day + open : day + MS_PER_DAY + open;
    },
    uncoveredYears: unsupported,
  };
};
