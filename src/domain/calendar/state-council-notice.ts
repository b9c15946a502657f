import { err, ok, type DomainError, type Result } from '../result';
import { dayNumberOf, isoOfDayNumber, weekdayOfDayNumber } from './local-date';

export const INVALID_NOTICE = 'invalid-notice';

/** One year's PRC statutory schedule: the dates closed and the make-up workdays (调休上班), sorted ISO dates. */
export interface StatutoryYear {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

const TITLE = /(\d{4})年部分节假日安排的通知/;
/** An item of the notice: `二、春节：…` (the colon is full-width in the original, NFKC makes it ASCII). */
const ITEM = /^([一二三四五六七八九十]+)、([^:]+):(.*)$/;
/** `[2018年]12月30日[(农历除夕、周二)]`: year and month are optional (an end date may omit them). */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?/g;
const RANGE_JOIN = /^(?:至|到|-|~)$/;
const WEEKDAY = /^(?:周|星期|礼拜)([一二三四五六日天])$/;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_NAME = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** `共8天` or `放假1天`: the day count a line states. */
const COUNT = /(?:共|放假)(\d+)天/;

interface DateToken {
  readonly text: string;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number;
  readonly annotation: string | null;
  readonly index: number;
  readonly end: number;
}

interface NoticeLine {
  readonly number: number;
  readonly text: string;
}

const describeLine = (line: NoticeLine): string => {
  const text = line.text.length > 40 ? `${line.text.slice(0, 40)}…` : line.text;
  return `line ${line.number} (${text})`;
};

const refuse = (line: NoticeLine | null, message: string): Result<never> => {
  const error: DomainError = line === null
    ? { code: INVALID_NOTICE, message }
    : { code: INVALID_NOTICE, message: `${describeLine(line)}: ${message}`, path: `line ${line.number}` };
  return err(error);
};

const dateTokens = (sentence: string): DateToken[] =>
  [...sentence.matchAll(DATE)].map((match) => ({
    text: match[0],
    year: match[1] === undefined ? null : Number(match[1]),
    month: match[2] === undefined ? null : Number(match[2]),
    day: Number(match[3]),
    annotation: match[4] ?? null,
    index: match.index,
    end: match.index + match[0].length,
  }));

const isRealDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/** The day number of a token, or an error when it does not exist or its stated weekday is wrong. */
const resolveDate = (token: DateToken, year: number, month: number): Result<number> => {
  if (!isRealDate(year, month, token.day)) {
    return err({ code: INVALID_NOTICE, message: `${token.text}: ${year}-${month}-${token.day} does not exist` });
  }
  const dayNumber = dayNumberOf(year, month, token.day);
  for (const part of (token.annotation ?? '').split(/[、,]/)) {
    const weekday = WEEKDAY.exec(part);
    const stated = weekday?.[1] === undefined ? undefined : WEEKDAY_INDEX[weekday[1]];
    const actual = weekdayOfDayNumber(dayNumber);
    if (stated !== undefined && stated !== actual) {
      return err({
        code: INVALID_NOTICE,
        message: `${token.text}: ${isoOfDayNumber(dayNumber)} is a ${WEEKDAY_NAME[actual] ?? ''}, the notice says ${part}`,
      });
    }
  }
  return ok(dayNumber);
};

/** Holidays of one item: a single day or a range `A至B`, checked against the stated day count. */
const readHolidays = (sentence: string, noticeYear: number): Result<number[]> => {
  const [first, second] = dateTokens(sentence);
  if (first === undefined) return err({ code: INVALID_NOTICE, message: 'no date before 放假' });
  const isRange = second !== undefined && RANGE_JOIN.test(sentence.slice(first.end, second.index));
  const startMonth = first.month;
  if (startMonth === null) return err({ code: INVALID_NOTICE, message: `${first.text}: the month is missing` });
  const endMonth = isRange ? second.month ?? startMonth : startMonth;
  // A range from December into January (元旦) starts in the year before the notice's.
  const crossesYear = isRange && endMonth < startMonth;
  const start = resolveDate(first, first.year ?? (crossesYear ? noticeYear - 1 : noticeYear), startMonth);
  if (!start.ok) return start;
  let last = start.value;
  if (isRange) {
    const end = resolveDate(second, second.year ?? noticeYear, endMonth);
    if (!end.ok) return end;
    if (end.value < start.value) return err({ code: INVALID_NOTICE, message: `${second.text} is before ${first.text}` });
    last = end.value;
  }
  const days = Array.from({ length: last - start.value + 1 }, (_, i) => start.value + i);
  const count = COUNT.exec(sentence);
  if (count?.[1] !== undefined && Number(count[1]) !== days.length) {
    return err({
      code: INVALID_NOTICE,
      message: `the notice says ${count[0]} but ${isoOfDayNumber(start.value)}–${isoOfDayNumber(last)} is ${days.length} day(s)`,
    });
  }
  return ok(days);
};

/**
 * Make-up workdays of one item: every date of a `…上班` sentence. A December date without a year in an item
 * whose holidays start the year before (元旦) belongs to that year too.
 */
const readWorkdays = (sentence: string, noticeYear: number, itemStartsEarlier: boolean): Result<number[]> => {
  const days: number[] = [];
  for (const token of dateTokens(sentence)) {
    if (token.month === null) return err({ code: INVALID_NOTICE, message: `${token.text}: the month is missing` });
    const year = token.year ?? (itemStartsEarlier && token.month === 12 ? noticeYear - 1 : noticeYear);
    const day = resolveDate(token, year, token.month);
    if (!day.ok) return day;
    days.push(day.value);
  }
  if (days.length === 0) return err({ code: INVALID_NOTICE, message: 'no date before 上班' });
  return ok(days);
};

interface ItemDays {
  readonly holidays: number[];
  readonly workdays: number[];
}

/**
 * One item line (`二、春节：…。…上班。`): the sentence with 放假 gives the holidays, sentences with 上班 the
 * make-up workdays; other sentences (advice such as 鼓励…) carry no schedule.
 */
const readItem = (body: string, noticeYear: number): Result<ItemDays> => {
  const sentences = body.split(/[。;]/).filter((s) => s !== '');
  const holidaySentences = sentences.filter((s) => s.includes('放假'));
  const [holidaySentence] = holidaySentences;
  if (holidaySentence === undefined) return err({ code: INVALID_NOTICE, message: 'no 放假 (holiday) dates' });
  if (holidaySentences.length > 1) return err({ code: INVALID_NOTICE, message: 'more than one 放假 sentence' });
  if (holidaySentence.includes('上班')) {
    return err({ code: INVALID_NOTICE, message: 'one sentence names both 放假 and 上班 dates; put the make-up days in their own sentence' });
  }
  const holidays = readHolidays(holidaySentence, noticeYear);
  if (!holidays.ok) return holidays;
  const startsEarlier = (holidays.value[0] ?? 0) < dayNumberOf(noticeYear, 1, 1);
  const workdays: number[] = [];
  for (const sentence of sentences.filter((s) => s.includes('上班'))) {
    const days = readWorkdays(sentence, noticeYear, startsEarlier);
    if (!days.ok) return days;
    workdays.push(...days.value);
  }
  return ok({ holidays: holidays.value, workdays });
};

/** NFKC turns full-width digits and punctuation (（）：，；) into ASCII; whitespace never matters in a notice. */
const normalise = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * Reads the State Council's notice (国务院办公厅关于YYYY年部分节假日安排的通知) as published: the title gives
 * the year; each numbered item (`一、元旦：…`) gives holidays (a day or a range, lunar dates and weekdays in
 * parentheses, the day count) and make-up workdays (`…上班`); the header and closing paragraphs carry no dates
 * the schedule needs. Every stated weekday and day count is checked against the calendar and any
 * disagreement refuses the whole notice, naming the line, so a typo never becomes a wrong due time.
 */
export const parseStateCouncilNotice = (text: string): Result<StatutoryYear> => {
  const lines: NoticeLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => ({ number: i + 1, text: normalise(raw) }));
  const titleYear = lines.map((line) => TITLE.exec(line.text)?.[1]).find((year) => year !== undefined);
  if (titleYear === undefined) {
    return refuse(null, 'no title naming the year (国务院办公厅关于YYYY年部分节假日安排的通知)');
  }
  const year = Number(titleYear);
  const holidays = new Map<number, NoticeLine>();
  const workdays = new Map<number, NoticeLine>();
  let items = 0;
  for (const line of lines) {
    const item = ITEM.exec(line.text);
    if (item?.[3] === undefined) continue;
    items += 1;
    const days = readItem(item[3], year);
    if (!days.ok) return refuse(line, days.error.message);
    for (const day of days.value.holidays) {
      const earlier = holidays.get(day) ?? workdays.get(day);
      if (earlier !== undefined) return refuse(line, `${isoOfDayNumber(day)} is already named on line ${earlier.number}`);
      holidays.set(day, line);
    }
    for (const day of days.value.workdays) {
      const earlier = holidays.get(day) ?? workdays.get(day);
      if (earlier !== undefined) return refuse(line, `${isoOfDayNumber(day)} is already named on line ${earlier.number}`);
      workdays.set(day, line);
    }
  }
  if (items === 0) return refuse(null, 'no holiday line (e.g. 一、元旦：1月1日（周五）放假1天); paste the whole notice');
  const sorted = (days: Map<number, NoticeLine>): string[] => [...days.keys()].sort((a, b) => a - b).map(isoOfDayNumber);
  return ok({ year, holidays: sorted(holidays), workdays: sorted(workdays) });
};
