import { compileCalendar } from '../calendar';
import type { Calendar } from '../calendar/types';
import { evaluateSla } from './evaluate-sla';
import { policy } from '../../../test/kits/sla-test-kit';
import type { CalendarLookup, SlaEvent } from './types';

const compiled = (spec: unknown): Calendar => {
  const result = compileCalendar(spec);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const weekdays = [['09:00', '18:00']] as const;
const calendars: CalendarLookup = {
  biz: compiled({
    timezone: 'Asia/Shanghai',
    weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
    holidaySets: ['cn-statutory'],
  }),
  '24x7': compiled({ timezone: 'Asia/Shanghai', alwaysOpen: true }),
};
const at = (iso: string): number => Date.parse(iso);

describe('evaluateSla on compiled calendars', () => {
  it('skips the 2025 National Day holidays and counts the make-up Saturday', () => {
    const events: SlaEvent[] = [{ at: at('2025-09-30T17:00:00+08:00'), type: 'created', priority: 'high' }];
    const snapshot = evaluateSla(policy(), calendars, events, at('2025-10-09T09:30:00+08:00'));
    expect(snapshot.response).toMatchObject({ state: 'running', usedMinutes: 90, due: at('2025-10-09T10:00:00+08:00') });
    expect(snapshot.resolution).toMatchObject({ due: at('2025-10-09T12:00:00+08:00') });
    const saturday = evaluateSla(policy(), calendars, [{ at: at('2025-10-10T17:00:00+08:00'), type: 'created', priority: 'high' }], at('2025-10-11T10:00:00+08:00'));
    expect(saturday.response).toMatchObject({ usedMinutes: 120, state: 'running', due: at('2025-10-11T10:00:00+08:00') });
  });

  it('retroactive change to a 7×24 priority counts the holiday that the business calendar skipped', () => {
    const events: SlaEvent[] = [
      { at: at('2025-09-30T17:00:00+08:00'), type: 'created', priority: 'medium' },
      { at: at('2025-09-30T17:30:00+08:00'), type: 'status', status: 'Waiting for customer' },
      { at: at('2025-10-01T09:00:00+08:00'), type: 'status', status: 'Open' },
      { at: at('2025-10-01T10:00:00+08:00'), type: 'priority', priority: 'urgent' },
    ];
    const snapshot = evaluateSla(policy(), calendars, events, at('2025-10-01T10:30:00+08:00'));
    expect(snapshot.resolution).toMatchObject({ state: 'running', usedMinutes: 120, remainingMinutes: 0, due: at('2025-10-01T10:30:00+08:00') });
    expect(snapshot.response).toMatchObject({ state: 'breached', usedMinutes: 120, due: at('2025-10-01T09:30:00+08:00') });
  });

  it('measures real elapsed time across a DST change', () => {
    const allDay = [['00:00', '24:00']] as const;
    const newYork: CalendarLookup = {
      biz: compiled({ timezone: 'America/New_York', weekly: { sat: allDay, sun: allDay } }),
      '24x7': calendars['24x7'] ?? compiled({ timezone: 'UTC', alwaysOpen: true }),
    };
    const events: SlaEvent[] = [{ at: at('2025-03-08T12:00:00-05:00'), type: 'created', priority: 'low' }];
    const snapshot = evaluateSla(policy(), newYork, events, at('2025-03-09T12:00:00-04:00'));
    expect(snapshot.resolution).toMatchObject({ usedMinutes: 23 * 60, due: at('2025-03-09T13:00:00-04:00') });
  });
});
