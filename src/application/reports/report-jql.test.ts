import { keysJql, periodJql } from './report-jql';

describe('report JQL', () => {
  it('bounds the search to the project and the period widened by a day each side, oldest first', () => {
    expect(periodJql('10000', Date.UTC(2026, 8, 30, 16), Date.UTC(2026, 9, 31, 16))).toBe(
      'project = 10000 AND tsNumber IS NOT EMPTY AND created >= "2026-09-29 16:00" AND created < "2026-11-01 16:00" ORDER BY created ASC',
    );
  });

  it('omits the project for every project, and lists keys', () => {
    expect(periodJql(null, 0, 86_400_000)).not.toContain('project');
    expect(keysJql(['ITS-1', 'ITS-20'])).toBe('key in (ITS-1, ITS-20)');
  });
});
