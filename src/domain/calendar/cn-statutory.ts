import { z } from 'zod';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { dayNumberOfIso } from './local-date';

/** A published name such as `National Day,国庆节,3` (English, Chinese, length of the holiday). */
const DayNamesSchema = z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string());
const ChineseDaysSchema = z.object({ holidays: DayNamesSchema, workdays: DayNamesSchema });

export interface HolidayName {
  readonly en: string;
  readonly zh: string;
}

/** A built-in set: dates it closes, make-up workdays it opens, and the years its data covers. */
export interface HolidaySet {
  readonly id: string;
  readonly holidays: ReadonlyMap<number, HolidayName>;
  readonly workdays: ReadonlyMap<number, HolidayName>;
  readonly coveredYears: readonly number[];
}

const nameOf = (published: string): HolidayName => {
  const [en = '', zh = ''] = published.split(',');
  return { en, zh };
};

const byDayNumber = (names: Record<string, string>): Map<number, HolidayName> =>
  new Map(Object.entries(names).map(([iso, published]) => [dayNumberOfIso(iso), nameOf(published)]));

const buildCnStatutory = (): HolidaySet => {
  const data = ChineseDaysSchema.parse(chineseDays);
  const years = new Set<number>();
  for (const iso of [...Object.keys(data.holidays), ...Object.keys(data.workdays)]) years.add(Number(iso.slice(0, 4)));
  return {
    id: 'cn-statutory',
    holidays: byDayNumber(data.holidays),
    workdays: byDayNumber(data.workdays),
    coveredYears: [...years].sort((a, b) => a - b),
  };
};

/**
 * PRC statutory holidays and make-up workdays (State Council notices) as packaged by `chinese-days`.
 * A year counts as covered when the package holds any date of it.
 */
export const CN_STATUTORY: HolidaySet = buildCnStatutory();

export const CN_STATUTORY_COVERED_YEARS: readonly number[] = CN_STATUTORY.coveredYears;
