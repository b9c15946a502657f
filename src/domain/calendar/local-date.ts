/** Local calendar dates as day numbers (days since 1970-01-01), independent of the process time zone. */
export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;

export const dayNumberOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY;

/** Day number of a validated `YYYY-MM-DD` string. */
export const dayNumberOfIso = (iso: string): number =>
  dayNumberOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const isoOfDayNumber = (dayNumber: number): string => {
  const probe = new Date(dayNumber * MS_PER_DAY);
  return `${String(probe.getUTCFullYear()).padStart(4, '0')}-${pad2(probe.getUTCMonth() + 1)}-${pad2(probe.getUTCDate())}`;
};

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekdayOfDayNumber = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

export const yearOfDayNumber = (dayNumber: number): number => new Date(dayNumber * MS_PER_DAY).getUTCFullYear();

export const formatWallMinutes = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
