import { serviceDate } from '../numbering';

/** `YYYY-MM` of an instant in an IANA zone (the month a local wall calendar shows there). */
export const localMonth = (instantMs: number, timezone: string): string => {
  const day = serviceDate(instantMs, timezone);
  return `${day.slice(0, 4)}-${day.slice(4, 6)}`;
};

/** Every local month that [from, to) touches, in order; empty when the interval is empty. */
export const monthsBetween = (fromMs: number, toMs: number, timezone: string): string[] => {
  if (toMs <= fromMs) return [];
  const first = localMonth(fromMs, timezone);
  const last = localMonth(toMs - 1, timezone);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const months: string[] = [];
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
};
