import { dateDto, formatJiraDateTime, parseJqlDate, parseRelativeDate } from './jira-time';

describe('jira-time', () => {
  const instant = Date.parse('2026-11-29T01:02:03.045Z');

  it('formats instants in Jira wire format in the viewer zone', () => {
    expect(formatJiraDateTime(instant, 'Asia/Shanghai')).toBe('2026-11-29T09:02:03.045+0800');
    expect(formatJiraDateTime(instant, 'UTC')).toBe('2026-11-29T01:02:03.045+0000');
    expect(formatJiraDateTime(instant, 'America/New_York')).toBe('2026-11-28T20:02:03.045-0500');
    expect(formatJiraDateTime(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00.000-0400');
    expect(formatJiraDateTime(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-01T05:30:00.000+0530');
  });

  it('renders the JSM DateDTO', () => {
    expect(dateDto(instant, 'Asia/Shanghai')).toEqual({ iso8601: '2026-11-29T09:02:03+0800', jira: '2026-11-29T09:02:03.045+0800', friendly: '2026-11-29 09:02', epochMillis: instant });
  });

  it('reads JQL wall-clock dates in the searcher zone, across DST', () => {
    expect(parseJqlDate('2026-11-29', 'Asia/Shanghai')).toBe(Date.parse('2026-11-28T16:00:00Z'));
    expect(parseJqlDate('2026/11/29 09:30', 'Asia/Shanghai')).toBe(Date.parse('2026-11-29T01:30:00Z'));
    expect(parseJqlDate('2026-07-01 08:00', 'America/New_York')).toBe(Date.parse('2026-07-01T12:00:00Z'));
    expect(parseJqlDate('2026-01-01 08:00', 'America/New_York')).toBe(Date.parse('2026-01-01T13:00:00Z'));
    expect(parseJqlDate('2026-13-01', 'UTC')).toBeUndefined();
    expect(parseJqlDate('yesterday', 'UTC')).toBeUndefined();
  });

  it('reads relative periods', () => {
    expect(parseRelativeDate('-1d', instant)).toBe(instant - 86_400_000);
    expect(parseRelativeDate('-4w 2d', instant)).toBe(instant - 30 * 86_400_000);
    expect(parseRelativeDate('30m', instant)).toBe(instant + 1_800_000);
    expect(parseRelativeDate('-1y', instant)).toBeUndefined();
  });
});
