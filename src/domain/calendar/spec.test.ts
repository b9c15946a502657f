import { CalendarSpecSchema, parseCalendarSpec } from './spec';

const errorOf = (input: unknown, prefix?: string): { path: string | undefined; message: string } => {
  const result = prefix === undefined ? parseCalendarSpec(input) : parseCalendarSpec(input, prefix);
  if (result.ok) throw new Error('expected a parse error');
  expect(result.error.code).toBe('invalid-calendar');
  return { path: result.error.path, message: result.error.message };
};

describe('CalendarSpecSchema', () => {
  it('accepts the complete example of the vectors README', () => {
    const spec = {
      timezone: 'Asia/Shanghai',
      alwaysOpen: false,
      weekly: { mon: [['09:00', '18:00']], sat: [['00:00', '24:00']] },
      holidays: ['2025-10-01'],
      workdays: ['2025-09-28', { date: '2025-10-11', windows: [['09:00', '12:00']] }],
      workdayWindows: [['09:00', '18:00']],
      holidaySets: ['cn-statutory'],
    };
    expect(CalendarSpecSchema.parse(spec)).toEqual(spec);
  });

  it('keeps absent optional fields absent (exact optional properties)', () => {
    const result = parseCalendarSpec({ timezone: 'UTC' });
    expect(result).toEqual({ ok: true, value: { timezone: 'UTC' } });
  });

  it.each([
    [{}, 'timezone'],
    [{ timezone: '' }, 'timezone'],
    [{ timezone: 'UTC', weekly: { mon: [['9:00', '18:00']] } }, 'weekly.mon[0][0]'],
    [{ timezone: 'UTC', weekly: { mon: [['09:00', '24:01']] } }, 'weekly.mon[0][1]'],
    [{ timezone: 'UTC', weekly: { mon: [['24:00', '24:00']] } }, 'weekly.mon[0][0]'],
    [{ timezone: 'UTC', weekly: { tue: [['18:00', '09:00']] } }, 'weekly.tue[0]'],
    [{ timezone: 'UTC', weekly: { tue: [['09:00', '09:00']] } }, 'weekly.tue[0]'],
    [{ timezone: 'UTC', weekly: { monday: [] } }, 'weekly'],
    [{ timezone: 'UTC', holidays: ['2025-02-30'] }, 'holidays[0]'],
    [{ timezone: 'UTC', holidays: ['2025-1-01'] }, 'holidays[0]'],
    [{ timezone: 'UTC', workdays: ['2025-01-01', { date: '2025-13-01', windows: [['09:00', '12:00']] }] }, 'workdays[1]'],
    [{ timezone: 'UTC', workdays: [{ date: '2025-01-04', windows: [] }] }, 'workdays[0]'],
    [{ timezone: 'UTC', workdayWindows: [['09:00']] }, 'workdayWindows[0]'],
    [{ timezone: 'UTC', holidaySets: ['us-federal'] }, 'holidaySets[0]'],
    [{ timezone: 'UTC', alwaysOpen: 'yes' }, 'alwaysOpen'],
    [{ timezone: 'UTC', holiday: [] }, 'calendar'],
  ])('rejects %j at %s', (input, path) => {
    const error = errorOf(input);
    expect(error.path?.startsWith(path)).toBe(true);
    expect(error.message.startsWith(`${error.path ?? ''}:`)).toBe(true);
  });

  it('prefixes the path so a caller can place the calendar inside a larger document', () => {
    expect(errorOf({ timezone: 'UTC', holidays: ['x'] }, 'calendars.biz').path).toBe('calendars.biz.holidays[0]');
  });

  it('rejects a non-object', () => {
    expect(errorOf('Asia/Shanghai').path).toBe('calendar');
  });
});
