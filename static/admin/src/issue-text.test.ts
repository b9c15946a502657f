import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, parseConfig, type AppConfig } from '../../../src/domain/config';
import { createTranslate } from '@support-standard/ui-kit/src/i18n';
import type { UiLocale } from '@support-standard/ui-kit/src/locale';
import { fieldLabel, issueText, pathTokens, reasonText } from './issue-text';
import { messages } from './messages';

const problems = (config: unknown, locale: UiLocale): string[] => {
  const parsed = parseConfig(config);
  if (parsed.ok) return [];
  return parsed.error.issues.map((i) => issueText(i.path, i.message, defaultConfig(), createTranslate(messages, locale), locale));
};

const withTarget = (minutes: number): AppConfig => {
  const config = defaultConfig();
  return { ...config, priorities: { ...config.priorities, urgent: { ...config.priorities.urgent, response: minutes } } };
};

describe('admin problems name the field by its label, in the page language', () => {
  it('says which target is not whole minutes, in Chinese and in English', () => {
    expect(problems(withTarget(1.5), 'zh-CN')).toEqual(['紧急 · 响应(分钟):请输入整数分钟']);
    expect(problems(withTarget(1.5), 'en')).toEqual(['Urgent · Response (minutes): expected whole minutes']);
    expect(problems(withTarget(-5), 'zh-CN')).toEqual(['紧急 · 响应(分钟):必须大于 0 分钟']);
  });

  it('names a rule by its number and a name box by its language', () => {
    const config = defaultConfig();
    const rule = { id: 'new-rule', name: { 'zh-CN': '', en: 'x' }, enabled: true, conditions: { categories: ['nope'] }, priority: 'high' as const };
    expect(problems({ ...config, priorityRules: [...config.priorityRules, rule] }, 'zh-CN').sort()).toEqual(
      [`规则 ${config.priorityRules.length + 1} · 中文名称:不能为空`, `规则 ${config.priorityRules.length + 1} · 类型 · #1:没有标识为“nope”的类型`].sort(),
    );
  });

  it('never shows a raw config path for the fields of any section', () => {
    const t = createTranslate(messages, 'zh-CN');
    const paths = [
      'taxonomy.categories[0].subcategories[1].name.en',
      'impactLevels[2].rank',
      'intakeDefaults.category',
      'calendars.workday.weekly.mon[0]',
      'calendars.workday.timezone',
      'sla.warningThresholds[1]',
      'routing.groups.software.members[0]',
      'routing.dutySupervisor',
      'numbering.prefix',
      'survey.followUp.dueBusinessMinutes',
      'survey.threshold',
      'notifications.dingtalk.webhookUrl',
      'priorities.high.onsite',
    ];
    for (const path of paths) {
      const label = fieldLabel(path, defaultConfig(), t, 'zh-CN');
      expect({ path, label }).toEqual({ path, label: expect.not.stringMatching(/[a-zA-Z]{3,}[.[]|\]\./) as unknown });
      expect(label).not.toBe(path);
    }
    expect(fieldLabel('routing.groups.software.members[0]', defaultConfig(), t, 'zh-CN')).toBe('各类型的处理组 · 软件异常 · 成员(accountId) · #1');
  });

  it('has a Chinese wording for every fixed message the configuration schema can report', () => {
    const root = join(__dirname, '..', '..', '..', 'src', 'domain');
    const inFolder = (folder: string) => readdirSync(join(root, folder)).map((f) => join(root, folder, f));
    const files = [...inFolder('config'), ...inFolder('vocabulary'), join(root, 'calendar', 'spec.ts')].filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const literals = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/error: '([^']+)'/g)].map((m) => m[1]!));
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((message) => reasonText(message, 'zh-CN') === message)).toEqual([]);
  });

  it('reads paths as the schema writes them', () => {
    expect(pathTokens('priorityRules[0].conditions.categories[1]')).toEqual(['priorityRules', 0, 'conditions', 'categories', 1]);
    expect(pathTokens('taxonomy.categories[0].name.zh-CN')).toEqual(['taxonomy', 'categories', 0, 'name', 'zh-CN']);
  });
});
