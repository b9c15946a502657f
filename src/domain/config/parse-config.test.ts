import type { AppConfig } from './app-config-schema';
import { defaultConfig } from './default-config';
import { parseConfig } from './parse-config';
import { REMOVE, withField } from '../../../test/kits/with-field';

const issuesOf = (input: unknown) => {
  const result = parseConfig(input);
  if (result.ok) throw new Error('expected the config to be refused');
  return result.error.issues;
};

const pathsOf = (input: unknown): string[] => issuesOf(input).map((issue) => issue.path);

describe('parseConfig', () => {
  it('accepts the default configuration unchanged', () => {
    const result = parseConfig(defaultConfig());
    expect(result).toEqual({ ok: true, value: defaultConfig() });
  });

  it('accepts the default configuration after a JSON round trip (as stored)', () => {
    const stored: unknown = JSON.parse(JSON.stringify(defaultConfig()));
    expect(parseConfig(stored).ok).toBe(true);
  });

  // Renaming an id also orphans what referred to it; those knock-on paths are listed after the first.
  const cases: [string, readonly (string | number)[], unknown, string | string[]][] = [
    ['negative response target', ['priorities', 'high', 'response'], -5, 'priorities.high.response'],
    ['fractional resolution target', ['priorities', 'low', 'resolution'], 1.5, 'priorities.low.resolution'],
    ['missing priority', ['priorities', 'medium'], REMOVE, 'priorities.medium'],
    ['unknown target unit', ['priorities', 'urgent', 'targetUnit'], 'weeks', 'priorities.urgent.targetUnit'],
    ['priority on an unknown calendar', ['priorities', 'high', 'calendar'], 'night-shift', 'priorities.high.calendar'],
    ['blank zh-CN name', ['taxonomy', 'categories', 2, 'name', 'zh-CN'], '  ', 'taxonomy.categories[2].name.zh-CN'],
    ['non-kebab category id', ['taxonomy', 'categories', 0, 'id'], 'Hard Ware', ['taxonomy.categories[0].id', 'urgencyDefinitions.hardware', 'routing.groups.hardware']],
    ['duplicate category id', ['taxonomy', 'categories', 1, 'id'], 'hardware', ['taxonomy.categories[1].id', 'urgencyDefinitions.software', 'routing.groups.software']],
    ['duplicate subcategory id', ['taxonomy', 'categories', 1, 'subcategories', 0, 'id'], 'printer', 'taxonomy.categories[1].subcategories[0].id'],
    ['duplicate impact rank', ['impactLevels', 3, 'rank'], 1, 'impactLevels[3].rank'],
    ['duplicate impact id', ['impactLevels', 2, 'id'], 'team', ['impactLevels[2].id', 'priorityRules[0].conditions.impact.atLeast']],
    ['missing urgency help', ['urgencies', 'low', 'help'], REMOVE, 'urgencies.low.help'],
    ['calendar with an unknown zone', ['calendars', 'workday', 'timezone'], 'Asia/Atlantis', 'calendars.workday.timezone'],
    ['calendar with overlapping windows', ['calendars', 'workday', 'weekly', 'tue'], [['09:00', '12:00'], ['11:00', '18:00']], 'calendars.workday.weekly.tue[1]'],
    ['calendar with a bad window', ['calendars', 'workday', 'weekly', 'mon', 0], ['18:00', '09:00'], 'calendars.workday.weekly.mon[0]'],
    ['descending warning thresholds', ['sla', 'warningThresholds'], [75, 50], 'sla.warningThresholds[1]'],
    ['warning threshold of 100', ['sla', 'warningThresholds', 1], 100, 'sla.warningThresholds[1]'],
    ['warning threshold of 0', ['sla', 'warningThresholds', 0], 0, 'sla.warningThresholds[0]'],
    ['a done status that also pauses', ['sla', 'doneStatuses', 1], 'Waiting for customer', 'sla.doneStatuses[1]'],
    ['no done status', ['sla', 'doneStatuses'], [], 'sla.doneStatuses'],
    ['unknown onReopen', ['sla', 'onReopen'], 'reset', 'sla.onReopen'],
    ['workaround for an unknown priority', ['sla', 'workaroundSatisfiesResolution', 0], 'critical', 'sla.workaroundSatisfiesResolution[0]'],
    ['rule on an unknown category', ['priorityRules', 0, 'conditions', 'categories', 0], 'hr', 'priorityRules[0].conditions.categories[0]'],
    ['rule on an unknown impact', ['priorityRules', 0, 'conditions', 'impact'], { atLeast: 'planet' }, 'priorityRules[0].conditions.impact.atLeast'],
    ['rule on an unknown impact in a list', ['priorityRules', 0, 'conditions', 'impact'], { in: ['team', 'city'] }, 'priorityRules[0].conditions.impact.in[1]'],
    ['rule on an unknown urgency', ['priorityRules', 0, 'conditions', 'urgencies'], ['critical'], 'priorityRules[0].conditions.urgencies[0]'],
    ['rule to an unknown priority', ['priorityRules', 0, 'priority'], 'p1', 'priorityRules[0].priority'],
    ['rule on an unknown subcategory', ['priorityRules', 0, 'conditions', 'subcategories'], ['teleporter'], 'priorityRules[0].conditions.subcategories[0]'],
    ['rule on a subcategory outside its categories', ['priorityRules', 0, 'conditions', 'subcategories'], ['data-leak', 'printer'], 'priorityRules[0].conditions.subcategories[1]'],
    ['rule with an empty condition list', ['priorityRules', 0, 'conditions', 'categories'], [], 'priorityRules[0].conditions.categories'],
    ['routing group for an unknown category', ['routing', 'groups', 'facilities'], { name: { 'zh-CN': '后勤', en: 'Facilities' }, members: [] }, 'routing.groups.facilities'],
    ['unknown routing strategy', ['routing', 'strategy'], 'random', 'routing.strategy'],
    ['duty supervisor that is not an accountId', ['routing', 'dutySupervisor'], 'boss@example.com', 'routing.dutySupervisor'],
    ['numbering prefix with a hyphen', ['numbering', 'prefix'], 'T-S', 'numbering.prefix'],
    ['numbering padding of 0', ['numbering', 'padding'], 0, 'numbering.padding'],
    ['numbering zone that does not exist', ['numbering', 'timezone'], 'China/Beijing', 'numbering.timezone'],
    ['survey scale other than 1–5', ['survey', 'scale', 'max'], 10, 'survey.scale.max'],
    ['survey threshold of 1', ['survey', 'threshold'], 1, 'survey.threshold'],
    ['unknown low-score rule', ['survey', 'lowScoreRule'], 'median', 'survey.lowScoreRule'],
    ['follow-up on an unknown calendar', ['survey', 'followUp', 'calendar'], 'nights', 'survey.followUp.calendar'],
    ['follow-up owner without an account', ['survey', 'followUp', 'owner'], { type: 'account' }, 'survey.followUp.owner.accountId'],
    ['missing survey item', ['survey', 'items', 'recurrence'], REMOVE, 'survey.items.recurrence'],
    ['unknown channel', ['notifications', 'events', 'breach'], ['jira', 'sms'], 'notifications.events.breach[1]'],
    ['channel without its webhook', ['notifications', 'events', 'lowScore'], ['jira', 'dingtalk'], 'notifications.events.lowScore[1]'],
    ['intake default on an unknown category', ['intakeDefaults', 'category'], 'misc', 'intakeDefaults.category'],
    ['intake default on an unknown impact', ['intakeDefaults', 'impact'], 'galaxy', 'intakeDefaults.impact'],
    ['a misspelt field', ['sla', 'pauseStatus'], [], 'sla.pauseStatus'],
  ];

  it.each(cases)('names the field for: %s', (_what, path, value, expected) => {
    expect(pathsOf(withField(defaultConfig(), path, value))).toEqual(typeof expected === 'string' ? [expected] : expected);
  });

  it('reports every problem at once, and summarises the first in the message', () => {
    const broken = withField(withField(defaultConfig(), ['priorities', 'high', 'response'], 0), ['numbering', 'prefix'], 'ts');
    const result = parseConfig(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-config');
    expect(result.error.issues.map((i) => i.path).sort()).toEqual(['numbering.prefix', 'priorities.high.response']);
    expect(result.error.message).toContain(result.error.issues[0]?.path ?? '?');
    expect(result.error.message).toContain('1 more');
  });

  it('names the calendar field of a date listed as both holiday and workday', () => {
    const both = withField(withField(defaultConfig(), ['calendars', 'workday', 'holidays'], ['2026-02-28']), ['calendars', 'workday', 'workdays'], ['2026-02-28']);
    expect(pathsOf(both)).toEqual(['calendars.workday.workdays[0]']);
  });

  it('explains a malformed map key such as a calendar id', () => {
    const issues = issuesOf(withField(defaultConfig(), ['calendars', 'Night Shift'], { timezone: 'UTC', alwaysOpen: true }));
    expect(issues).toEqual([{ path: 'calendars.Night Shift', message: expect.stringContaining('kebab-case') }]);
  });

  it('does not mistake inherited object keys for calendars', () => {
    expect(pathsOf(withField(defaultConfig(), ['priorities', 'low', 'calendar'], 'constructor'))).toEqual(['priorities.low.calendar']);
  });

  describe('notification webhooks', () => {
    const dingtalk = (webhookUrl: string) => ({ webhookUrl, accessTokenSecret: 'DINGTALK_TOKEN' });
    const wecom = (webhookUrl: string) => ({ webhookUrl, keySecret: 'WECOM_KEY' });

    it('accepts the robot endpoints with tokens held as named secrets', () => {
      let config = withField(defaultConfig(), ['notifications', 'dingtalk'], dingtalk('https://oapi.dingtalk.com/robot/send'));
      config = withField(config, ['notifications', 'wecom'], wecom('https://qyapi.weixin.qq.com/cgi-bin/webhook/send'));
      config = withField(config, ['notifications', 'events', 'breach'], ['jira', 'dingtalk', 'wecom']);
      const result = parseConfig(config);
      expect(result.ok).toBe(true);
    });

    it.each([
      ['another host', 'https://oapi.dingtalk.com.evil.example/robot/send'],
      ['plain http', 'http://oapi.dingtalk.com/robot/send'],
      ['a token in the URL', 'https://oapi.dingtalk.com/robot/send?access_token=abc123'],
      ['not a URL', 'oapi.dingtalk.com'],
    ])('refuses a DingTalk URL with %s', (_what, url) => {
      expect(pathsOf(withField(defaultConfig(), ['notifications', 'dingtalk'], dingtalk(url)))).toEqual(['notifications.dingtalk.webhookUrl']);
    });

    it('refuses a WeCom URL on the DingTalk host and one carrying its key', () => {
      expect(pathsOf(withField(defaultConfig(), ['notifications', 'wecom'], wecom('https://oapi.dingtalk.com/robot/send')))).toEqual([
        'notifications.wecom.webhookUrl',
      ]);
      expect(
        pathsOf(withField(defaultConfig(), ['notifications', 'wecom'], wecom('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'))),
      ).toEqual(['notifications.wecom.webhookUrl']);
    });

    it('refuses a secret value where a secret name belongs', () => {
      expect(
        pathsOf(withField(defaultConfig(), ['notifications', 'dingtalk'], { webhookUrl: 'https://oapi.dingtalk.com/robot/send', accessTokenSecret: 'SEC a/b+c=' })),
      ).toEqual(['notifications.dingtalk.accessTokenSecret']);
    });
  });

  it('refuses input that is not an object', () => {
    for (const input of [null, 'config', 42, []]) expect(pathsOf(input)).toEqual(['']);
  });

  it('keeps admin edits that are valid, such as an extra category with its own rule', () => {
    const config: AppConfig = defaultConfig();
    config.taxonomy.categories.push({ id: 'facilities', name: { 'zh-CN': '后勤', en: 'Facilities' }, subcategories: [{ id: 'aircon', name: { 'zh-CN': '空调', en: 'Air conditioning' } }] });
    config.priorityRules.push({ id: 'aircon-low', name: { 'zh-CN': '空调', en: 'Aircon' }, enabled: true, conditions: { subcategories: ['aircon'] }, priority: 'low' });
    expect(parseConfig(config)).toEqual({ ok: true, value: config });
  });
});
