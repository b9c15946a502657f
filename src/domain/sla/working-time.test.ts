import { alwaysOpenCalendar, dailyUtcCalendar } from '../../../test/kits/fake-calendars';
import { addWorkingMs, instantReaching, workingMsOf } from './working-time';
import { t } from '../../../test/kits/sla-test-kit';

const biz = dailyUtcCalendar(9, 18);

describe('addWorkingMs', () => {
  it('adds whole minutes through the calendar', () => {
    expect(addWorkingMs(biz, t(17, 30), 60 * 60_000)).toBe(t(9, 30, 0, 10));
  });

  it('adds a sub-minute remainder, also when it crosses a closing time', () => {
    expect(addWorkingMs(biz, t(10), 90_500)).toBe(t(10, 1, 30) + 500);
    expect(addWorkingMs(biz, t(17, 59, 30), 45_000)).toBe(t(9, 0, 15, 10));
  });

  it('returns the start for zero, even when closed', () => {
    expect(addWorkingMs(biz, t(3), 0)).toBe(t(3));
  });
});

describe('workingMsOf', () => {
  it('sums spans and counts an open span up to the instant', () => {
    const spans = [{ start: t(8), end: t(10) }, { start: t(17), end: null }];
    expect(workingMsOf(biz, spans, t(20))).toBe(2 * 3_600_000);
  });
});

describe('instantReaching', () => {
  it('finds the instant inside an earlier closed span', () => {
    const spans = [{ start: t(10), end: t(11) }, { start: t(12), end: null }];
    expect(instantReaching(alwaysOpenCalendar(), spans, 30 * 60_000)).toBe(t(10, 30));
  });

  it('continues from the open span', () => {
    const spans = [{ start: t(10), end: t(11) }, { start: t(12), end: null }];
    expect(instantReaching(alwaysOpenCalendar(), spans, 90 * 60_000)).toBe(t(12, 30));
  });

  it('is null when closed spans never reach the amount', () => {
    expect(instantReaching(alwaysOpenCalendar(), [{ start: t(10), end: t(11) }], 90 * 60_000)).toBeNull();
  });
});
