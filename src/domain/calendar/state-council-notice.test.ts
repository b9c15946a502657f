import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { dayNumberOf, isoOfDayNumber, weekdayOfDayNumber } from './local-date';
import { parseStateCouncilNotice, type StatutoryYear } from './state-council-notice';

const FIXTURES = join(__dirname, '../../../test/fixtures/state-council');
const notice = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const mustParse = (text: string): StatutoryYear => {
  const parsed = parseStateCouncilNotice(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

const refusal = (text: string): string => {
  const parsed = parseStateCouncilNotice(text);
  if (parsed.ok) throw new Error(`expected a refusal, got ${JSON.stringify(parsed.value)}`);
  expect(parsed.error.code).toBe('invalid-notice');
  return parsed.error.message;
};

const packageYear = (year: number): StatutoryYear => ({
  year,
  holidays: Object.keys(chineseDays.holidays).filter((d) => d.startsWith(`${year}-`)).sort(),
  workdays: Object.keys(chineseDays.workdays).filter((d) => d.startsWith(`${year}-`)).sort(),
});

const NOTICE_2025 = notice('notice-2025.txt');
const NOTICE_2026 = notice('notice-2026.txt');

describe('parseStateCouncilNotice: the published notices', () => {
  it.each([
    ['2025', NOTICE_2025, 2025, 28, 5],
    ['2026', NOTICE_2026, 2026, 33, 6],
  ])('the %s notice as published gives exactly chinese-days’ data for that year', (_name, text, year, holidays, workdays) => {
    const parsed = mustParse(text);
    expect(parsed).toEqual(packageYear(year));
    expect([parsed.holidays.length, parsed.workdays.length]).toEqual([holidays, workdays]);
  });

  it('reads the older form: explicit years, 星期 weekdays and a 元旦 range from December into January (2019)', () => {
    const text = [
      '国务院办公厅关于2019年部分节假日安排的通知',
      '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
      '二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。',
    ].join('\n');
    const parsed = mustParse(text);
    const expected = packageYear(2019);
    expect(parsed.holidays).toEqual([...packageYear(2018).holidays.filter((d) => d >= '2018-12-30'), ...expected.holidays.filter((d) => d <= '2019-02-10')]);
    expect(parsed.workdays).toEqual(['2018-12-29', '2019-02-02', '2019-02-03']);
  });

  it('puts a December-into-January range without years in the year before the notice’s', () => {
    const parsed = mustParse('国务院办公厅关于2019年部分节假日安排的通知\n一、元旦：12月30日（周日）至1月1日（周二）放假调休，共3天。12月29日（周六）上班。');
    expect(parsed).toEqual({ year: 2019, holidays: ['2018-12-30', '2018-12-31', '2019-01-01'], workdays: ['2018-12-29'] });
  });

  it('takes the year from the title, not from the dates of the closing paragraph', () => {
    expect(mustParse(NOTICE_2026).year).toBe(2026);
    expect(NOTICE_2026).toContain('2025年11月4日');
  });

  it('ignores advice sentences without 放假 or 上班 (鼓励…除夕…休息)', () => {
    const parsed = mustParse('国务院办公厅关于2024年部分节假日安排的通知\n二、春节：2月10日至17日放假调休，共8天。2月4日（周日）、2月18日（周日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。');
    expect(parsed.workdays).toEqual(['2024-02-04', '2024-02-18']);
    expect(parsed.holidays).toEqual(['2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17']);
  });
});

describe('parseStateCouncilNotice: refusals name the line', () => {
  it('refuses a wrong weekday', () => {
    expect(refusal(NOTICE_2025.replace('4月27日（周日）', '4月27日（周六）'))).toMatch(/^line 9 \(四、劳动节.*2025-04-27 is a Sunday, the notice says 周六/);
  });

  it('refuses a wrong weekday inside a lunar annotation', () => {
    expect(refusal(NOTICE_2026.replace('农历腊月二十八、周日', '农历腊月二十八、周一'))).toMatch(/^line 7 \(二、春节.*2026-02-15 is a Sunday, the notice says 周一/);
  });

  it('refuses a wrong day count', () => {
    expect(refusal(NOTICE_2025.replace('放假调休，共8天。1月26日', '放假调休，共7天。1月26日'))).toMatch(/^line 7 \(二、春节.*says 共7天 but 2025-01-28–2025-02-04 is 8 day\(s\)/);
  });

  it('refuses a date that does not exist', () => {
    expect(refusal(NOTICE_2026.replace('2月28日（周六）上班', '2月30日（周六）上班'))).toMatch(/^line 7 .*2月30日\(周六\): 2026-2-30 does not exist/);
  });

  it('refuses a notice without a holiday line', () => {
    const text = NOTICE_2026.split('\n').filter((line) => !/^\s*[一二三四五六七]、/.test(line)).join('\n');
    expect(refusal(text)).toMatch(/no holiday line/);
  });

  it('refuses an item without 放假 dates', () => {
    expect(refusal(NOTICE_2026.replace('三、清明节：4月4日（周六）至6日（周一）放假，共3天。', '三、清明节：另行通知。'))).toMatch(/^line 8 \(三、清明节.*no 放假/);
  });

  it('refuses a notice without the title naming the year', () => {
    expect(refusal(NOTICE_2026.replace('国务院办公厅关于2026年部分节假日安排的通知', '国务院办公厅通知'))).toMatch(/no title naming the year/);
  });

  it('refuses a date named twice (a make-up day that is also a holiday)', () => {
    expect(refusal(NOTICE_2026.replace('5月9日（周六）上班', '5月2日（周六）上班'))).toMatch(/^line 9 .*2026-05-02 is already named on line 9/);
  });

  it('refuses a range whose end comes before its start', () => {
    expect(refusal(NOTICE_2026.replace('4月4日（周六）至6日（周一）放假，共3天', '4月4日（周六）至2日（周四）放假，共3天'))).toMatch(/^line 8 .*is before/);
  });
});

/** A generated schedule: disjoint holiday ranges inside one year, each with make-up days before it. */
interface Festival {
  readonly first: number;
  readonly last: number;
  readonly workdays: readonly number[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;
const NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '国庆节、中秋节'] as const;

const monthDay = (day: number): { month: number; date: number } => {
  const iso = isoOfDayNumber(day);
  return { month: Number(iso.slice(5, 7)), date: Number(iso.slice(8, 10)) };
};

interface Style {
  readonly lunar: boolean;
  readonly omitSameMonth: boolean;
  readonly fullWidth: boolean;
  readonly prefix: string;
}

const renderDate = (day: number, style: Style, withMonth: boolean): string => {
  const { month, date } = monthDay(day);
  const note = `${style.lunar ? '农历正月初一、' : ''}周${WEEKDAYS[weekdayOfDayNumber(day)] ?? ''}`;
  return `${withMonth ? `${month}月` : ''}${date}日（${note}）`;
};

const renderItem = (festival: Festival, index: number, style: Style): string => {
  const name = NAMES[index % NAMES.length] ?? '';
  const count = festival.last - festival.first + 1;
  const sameMonth = monthDay(festival.first).month === monthDay(festival.last).month;
  const holidays = count === 1
    ? `${renderDate(festival.first, style, true)}放假1天，不调休。`
    : `${renderDate(festival.first, style, true)}至${renderDate(festival.last, style, !(sameMonth && style.omitSameMonth))}放假调休，共${count}天。`;
  const workdays = festival.workdays.length === 0 ? '' : `${festival.workdays.map((d) => renderDate(d, style, true)).join('、')}上班。`;
  return `${style.prefix}${NUMERALS[index] ?? ''}、${name}：${holidays}${workdays}`;
};

const ASCII_PUNCTUATION: Readonly<Record<string, string>> = { '（': '(', '）': ')', '：': ':', '，': ',' };

/** The notice as the State Council writes it, with the variations the parser must accept. */
const renderNotice = (year: number, festivals: readonly Festival[], style: Style): string => {
  const text = [
    `国务院办公厅关于${year}年部分节假日安排的通知`,
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    `${style.prefix}经国务院批准，现将${year}年元旦、春节等放假调休日期的具体安排通知如下。`,
    ...festivals.map((festival, i) => renderItem(festival, i, style)),
    `${style.prefix}节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。`,
    '国务院办公厅',
    `${year - 1}年11月12日`,
  ].join('\n');
  return style.fullWidth
    ? text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    : text.replace(/[（）：，]/g, (c) => ASCII_PUNCTUATION[c] ?? c);
};

const segment = fc.record({
  gap: fc.integer({ min: 3, max: 45 }),
  length: fc.integer({ min: 1, max: 10 }),
  makeUp: fc.uniqueArray(fc.integer({ min: 1, max: 2 }), { maxLength: 2 }),
});

const schedule = fc
  .record({ year: fc.integer({ min: 1990, max: 2099 }), segments: fc.array(segment, { minLength: 1, maxLength: 7 }) })
  .map(({ year, segments }) => {
    const festivals: Festival[] = [];
    let cursor = dayNumberOf(year, 1, 1) - 1;
    for (const { gap, length, makeUp } of segments) {
      const first = cursor + gap;
      const last = first + length - 1;
      festivals.push({ first, last, workdays: makeUp.map((back) => first - back).sort((a, b) => a - b) });
      cursor = last;
    }
    return { year, festivals: festivals.filter((f) => f.last < dayNumberOf(year + 1, 1, 1)) };
  })
  .filter(({ festivals }) => festivals.length > 0);

const style = fc.record({ lunar: fc.boolean(), omitSameMonth: fc.boolean(), fullWidth: fc.boolean(), prefix: fc.constantFrom('', '\u3000\u3000', '  ') });

describe('parseStateCouncilNotice: round trip', () => {
  it('a generated schedule written as a notice reads back as the same dates', () => {
    fc.assert(
      fc.property(schedule, style, ({ year, festivals }, how) => {
        const days = (pick: (f: Festival) => number[]) => festivals.flatMap(pick).sort((a, b) => a - b).map(isoOfDayNumber);
        expect(mustParse(renderNotice(year, festivals, how))).toEqual({
          year,
          holidays: days((f) => Array.from({ length: f.last - f.first + 1 }, (_, i) => f.first + i)),
          workdays: days((f) => [...f.workdays]),
        });
      }),
      { numRuns: 300 },
    );
  });
});
