import { offsetAt } from '../../src/domain/time/zone-offset';
import { localDateTime } from '../../src/domain/time';
import { offsetSegmentsAroundYear } from '../../src/domain/calendar/zone-offsets';
import { toIsoWithOffset } from '../../static/ui-kit/src/wall-time';
import { formatJiraDateTime } from '../../sandbox/jira/jira-time';

/**
 * The calendar, the export's local times, the UI's wall times and the sandbox's Jira times all read one zone-offset
 * implementation: around each New York and Kathmandu transition of 2026 and at ordinary instants, they agree.
 */
const HOUR = 3_600_000;
const zones = ['America/New_York', 'Asia/Kathmandu', 'Asia/Shanghai', 'Europe/London'] as const;
const offsetText = (ms: number, colon: boolean): string => {
  const minutes = Math.round(ms / 60_000);
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}${colon ? ':' : ''}${mm}`;
};

describe('one zone-offset implementation serves the calendar, the export, the UI and the sandbox', () => {
  const instants = (zone: string): number[] => {
    const transitions = offsetSegmentsAroundYear(zone, 2026).slice(1).map((s) => s.from);
    return [Date.UTC(2026, 0, 15, 3, 7), Date.UTC(2026, 6, 1, 23, 59), ...transitions.flatMap((t) => [t - 1000, t, t + HOUR])];
  };

  it.each(zones)('%s: every consumer shows the wall clock and offset offsetAt gives', (zone) => {
    for (const ms of instants(zone)) {
      const offset = offsetAt(zone, ms);
      const wall = new Date(ms + offset).toISOString();
      expect(localDateTime(ms, zone)).toBe(`${wall.slice(0, 10)} ${wall.slice(11, 16)}`);
      expect(toIsoWithOffset(ms, zone)).toBe(`${wall.slice(0, 19)}${offsetText(offset, true)}`);
      expect(formatJiraDateTime(ms, zone)).toBe(`${wall.slice(0, 23)}${offsetText(offset, false)}`);
    }
  });

  it('the calendar finds New York moving its clocks in March and November 2026', () => {
    const segments = offsetSegmentsAroundYear('America/New_York', 2026);
    expect(segments.map((s) => s.offsetMs / HOUR)).toEqual([-5, -4, -5]);
    expect(segments[1]!.from).toBe(Date.UTC(2026, 2, 8, 7));
  });
});
