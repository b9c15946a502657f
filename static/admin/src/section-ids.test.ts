import { sectionOfPath } from './section-ids';

describe('sectionOfPath', () => {
  it.each([
    ['priorityRules[2].conditions.categories[0]', 'rules'],
    ['calendars.workday.weekly.mon[0]', 'calendars'],
    ['impactLevels[1].rank', 'taxonomy'],
    ['intakeDefaults.category', 'taxonomy'],
    ['numbering', 'numbering'],
    ['knowledge.spaceKey', 'knowledge'],
    ['', 'transfer'],
    ['version', 'transfer'],
  ] as const)('%s belongs to %s', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
  });
});
