import { compileCalendar } from '../calendar';
import { alwaysOpenCalendar } from '../../../test/kits/fake-calendars';
import { TimelineConfigSchema, toSlaSetup, type CalendarCompiler } from './timeline-config';

const raw = {
  calendars: { '24x7': { timezone: 'Asia/Shanghai', alwaysOpen: true } },
  priorities: { urgent: { calendar: '24x7', response: 60, resolution: 120, onsite: 30 }, low: { calendar: '24x7', response: 480, resolution: 1440 } },
  pauseStatuses: ['Waiting for customer'],
  responseStatuses: ['In Progress'],
  doneStatuses: ['Resolved'],
  onPriorityChange: 'retroactive',
  onReopen: 'continue',
};

describe('TimelineConfigSchema', () => {
  it('fills the product defaults for warning thresholds and workaround priorities', () => {
    const config = TimelineConfigSchema.parse(raw);
    expect(config.warningThresholds).toEqual([50, 75]);
    expect(config.workaroundSatisfiesResolution).toEqual(['high']);
  });

  it('fills the DOMAIN.md defaults for omitted policy fields', () => {
    const { pauseStatuses: _p, responseStatuses: _r, doneStatuses: _d, onPriorityChange: _c, onReopen: _o, ...minimal } = raw;
    const config = TimelineConfigSchema.parse(minimal);
    expect(config).toMatchObject({
      pauseStatuses: ['Waiting for customer', 'Waiting for third party'],
      responseStatuses: ['In Progress'],
      doneStatuses: ['Resolved', 'Closed'],
      onPriorityChange: 'retroactive',
      onReopen: 'newCycle',
    });
  });

  it('reads a null on-site target as none', () => {
    const config = TimelineConfigSchema.parse({ ...raw, priorities: { low: { calendar: '24x7', response: 1, resolution: 2, onsite: null } } });
    expect(config.priorities.low).toEqual({ calendar: '24x7', response: 1, resolution: 2 });
  });

  it('rejects unknown policies and fractional minutes with the field path', () => {
    const wrongPolicy = TimelineConfigSchema.safeParse({ ...raw, onReopen: 'later' });
    expect(wrongPolicy.error?.issues[0]?.path).toEqual(['onReopen']);
    const fractional = TimelineConfigSchema.safeParse({ ...raw, priorities: { low: { calendar: '24x7', response: 1.5, resolution: 2 } } });
    expect(fractional.error?.issues[0]?.path).toEqual(['priorities', 'low', 'response']);
  });
});

describe('toSlaSetup', () => {
  it('compiles the calendars and keeps the policy', () => {
    const setup = toSlaSetup(TimelineConfigSchema.parse(raw), compileCalendar);
    expect(setup.ok && Object.keys(setup.value.calendars)).toEqual(['24x7']);
    expect(setup.ok && setup.value.policy.onReopen).toBe('continue');
    expect(setup.ok && setup.value.policy.priorities.urgent?.onsite).toBe(30);
  });

  it('reports an invalid calendar with its path', () => {
    const config = TimelineConfigSchema.parse({ ...raw, calendars: { '24x7': { timezone: 'Nowhere/Land' } } });
    const setup = toSlaSetup(config, compileCalendar);
    expect(setup.ok ? null : setup.error.code).toBe('invalid-calendar');
    expect(setup.ok ? null : setup.error.path).toMatch(/^calendars\.24x7/);
  });

  it('reports a priority whose calendar is not defined', () => {
    const config = TimelineConfigSchema.parse({ ...raw, priorities: { low: { calendar: 'biz', response: 1, resolution: 2 } } });
    expect(toSlaSetup(config, compileCalendar)).toEqual({
      ok: false,
      error: { code: 'unknown-calendar', message: 'priority low uses calendar biz, which is not defined', path: 'priorities.low.calendar' },
    });
  });

  it('uses the compiler it is given', () => {
    const compiler: CalendarCompiler = () => ({ ok: true, value: alwaysOpenCalendar() });
    const setup = toSlaSetup(TimelineConfigSchema.parse(raw), compiler);
    expect(setup.ok && setup.value.calendars['24x7']?.spec.timezone).toBe('UTC');
  });
});
