import type { AppConfig } from '../../../src/domain/config';
import type { Translate } from '@support-standard/ui-kit/src/i18n';
import { textFor, type UiLocale } from '@support-standard/ui-kit/src/locale';
import type { AdminKey } from './messages';
import { CLOCK_NAMES } from '../../../src/domain/vocabulary/clocks';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';

/**
 * What the admin page says about a configuration problem: the field by the label the admin sees on the page
 * ("紧急 · 响应(分钟)"), and the reason in the page's language. The schema (src/domain/config) decides what is
 * wrong and reports it in English with a field path; this only words it.
 */

type Token = string | number;

/** `priorityRules[0].conditions.categories[1]` → ['priorityRules', 0, 'conditions', 'categories', 1]. */
export const pathTokens = (path: string): Token[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));

/** Segments that only group other fields: the label of what is inside says enough. */
const SILENT = new Set(['taxonomy', 'name', 'conditions', 'atLeast', 'in', 'priorities', 'sla', 'routing', 'followUp', 'items']);

/** A key's label, most specific first: `parent.key`, then `key`. */
const KEY_LABELS: Readonly<Record<string, AdminKey>> = {
  categories: 'categories',
  subcategories: 'subcategories',
  impactLevels: 'impactLevels',
  urgencies: 'urgencies',
  intakeDefaults: 'intakeDefaults',
  'intakeDefaults.category': 'defaultCategory',
  'intakeDefaults.urgency': 'defaultUrgency',
  'intakeDefaults.impact': 'defaultImpact',
  id: 'id',
  description: 'description',
  rank: 'rank',
  'zh-CN': 'zh',
  en: 'en',
  'conditions.categories': 'condCategories',
  'conditions.subcategories': 'condSubcategories',
  'conditions.urgencies': 'condUrgencies',
  'conditions.impact': 'condImpact',
  priority: 'thenPriority',
  enabled: 'enabled',
  targetUnit: 'targetUnit',
  calendar: 'calendar',
  calendars: 'calendar',
  timezone: 'timezone',
  alwaysOpen: 'alwaysOpen',
  weekly: 'weekly',
  holidays: 'holidays',
  workdays: 'workdays',
  pauseStatuses: 'pauseStatuses',
  responseStatuses: 'responseStatuses',
  doneStatuses: 'doneStatuses',
  onPriorityChange: 'onPriorityChange',
  onReopen: 'onReopen',
  warningThresholds: 'thresholds',
  workaroundSatisfiesResolution: 'workaroundSatisfies',
  groups: 'groups',
  members: 'members',
  strategy: 'strategy',
  rerouteOnReclassify: 'rerouteOnReclassify',
  dutySupervisor: 'dutySupervisor',
  numbering: 'tab.numbering',
  prefix: 'prefix',
  padding: 'padding',
  'numbering.timezone': 'numberingZone',
  survey: 'tab.survey',
  lowScoreRule: 'lowScoreRule',
  threshold: 'threshold',
  owner: 'followUpOwner',
  accountId: 'accountId',
  issueType: 'issueType',
  dueBusinessMinutes: 'dueMinutes',
  'followUp.calendar': 'followUpCalendar',
  notifications: 'tab.notifications',
  events: 'events',
  'events.urgentRaised': 'event.urgentRaised',
  'events.warning': 'event.warning',
  'events.breach': 'event.breach',
  'events.lowScore': 'event.lowScore',
  dingtalk: 'channel.dingtalk',
  wecom: 'channel.wecom',
  webhookUrl: 'webhookUrl',
  accessTokenSecret: 'tokenSecret',
  signingSecret: 'signingSecret',
  keySecret: 'keySecret',
  'items.responseSpeed': 'item.responseSpeed',
  'items.attitude': 'item.attitude',
  'items.expertise': 'item.expertise',
  'items.effectiveness': 'item.effectiveness',
  'items.recurrence': 'item.recurrence',
  'weekly.mon': 'day.mon',
  'weekly.tue': 'day.tue',
  'weekly.wed': 'day.wed',
  'weekly.thu': 'day.thu',
  'weekly.fri': 'day.fri',
  'weekly.sat': 'day.sat',
  'weekly.sun': 'day.sun',
};

const LEVELS = new Set<string>(LEVEL_IDS);
const TARGETS = new Set<string>(CLOCK_NAMES);

/** The field at `path` named as the page labels it, parts joined by " · ". */
export const fieldLabel = (path: string, config: AppConfig, t: Translate<AdminKey>, locale: UiLocale): string => {
  const tokens = pathTokens(path);
  const parts: string[] = [];
  let parent = '';
  for (const [i, token] of tokens.entries()) {
    if (typeof token === 'number') {
      if (parent === 'priorityRules') parts.push(t('ruleN', { n: token + 1 }));
      else if (parent === 'categories' && tokens[i - 2] === 'taxonomy') parts.push(textFor(config.taxonomy.categories[token]?.name ?? { en: `${token + 1}`, 'zh-CN': `${token + 1}` }, locale));
      else parts.push(`#${token + 1}`);
      continue;
    }
    const label = labelOf(token, parent, config, t, locale);
    if (label !== null) parts.push(label);
    parent = token;
  }
  return parts.length === 0 ? path : parts.join(' · ');
};

const labelOf = (token: string, parent: string, config: AppConfig, t: Translate<AdminKey>, locale: UiLocale): string | null => {
  if (token === 'priorityRules') return null;
  if ((parent === 'priorities' || parent === 'urgencies') && LEVELS.has(token)) return t(`level.${token}` as AdminKey);
  if (TARGETS.has(token)) return t('minutes', { label: t(token as AdminKey) });
  if (parent === 'groups') {
    const category = config.taxonomy.categories.find((c) => c.id === token);
    return category === undefined ? token : textFor(category.name, locale);
  }
  if (parent === 'calendars') return token;
  const key = KEY_LABELS[`${parent}.${token}`] ?? KEY_LABELS[token];
  if (key !== undefined) return t(key);
  return SILENT.has(token) ? null : token;
};

/** The English reasons of the schema (src/domain/config, src/domain/calendar/spec) in Chinese; `$1`… are captures. */
const ZH_REASONS: readonly (readonly [RegExp, string])[] = [
  [/^must not be blank$/, '不能为空'],
  [/^expected whole minutes$/, '请输入整数分钟'],
  [/^expected whole months$/, '请输入整数月数'],
  [/^at most 1200 months$/, '最多 1200 个月'],
  [/^expected a Confluence space key such as KB \(letters and digits\)$/, '请输入 Confluence 空间标识(字母和数字),例如 KB'],
  [/^must be more than 0 minutes$/, '必须大于 0 分钟'],
  [/^expected whole months$/, '请输入整数月'],
  [/^at most 1200 months$/, '最多 1200 个月'],
  [/^expected whole days$/, '请输入整数天'],
  [/^a link must stay valid at least 1 day$/, '链接有效期至少 1 天'],
  [/^at most 90 days$/, '最多 90 天'],
  [/^choose a transition, auto or none$/, '请选择一个流转、自动或不关闭'],
  [/^expected a Confluence space key such as KB \(letters and digits\)$/, '请输入 Confluence 空间标识,例如 KB(字母和数字)'],
  [/^unknown field$/, '未知字段'],
  [/^ids are at most 64 characters$/, '标识最多 64 个字符'],
  [/^expected a kebab-case id \(a-z, 0-9 and single hyphens\)$/, '标识只能包含小写字母、数字和单个连字符'],
  [/^invalid id: (.*)$/, '标识无效'],
  [/^expected an Atlassian accountId$/, '请输入 Atlassian 账号 ID'],
  [/^expected the name of a secret variable \(letters, digits, _\)$/, '请输入密钥变量名(字母、数字、下划线)'],
  [/^expected one of urgent, high, medium, low$/, '请选择紧急、高、中或低'],
  [/^expected one of jira, dingtalk, wecom$/, '请选择 Jira、钉钉或企业微信'],
  [/^expected an IANA time zone such as Asia\/Shanghai$/, '请输入 IANA 时区,例如 Asia/Shanghai'],
  [/^timezone is required \(an IANA zone such as Asia\/Shanghai\)$/, '时区为必填项(IANA 时区,例如 Asia/Shanghai)'],
  [/^expected a wall time HH:MM \(00:00–23:59\)$/, '请输入时间 HH:MM(00:00–23:59)'],
  [/^expected a wall time HH:MM \(00:01–24:00\)$/, '请输入时间 HH:MM(00:01–24:00)'],
  [/^a window must end after it starts and cannot cross midnight \(split it into two windows\)$/, '时间段的结束必须晚于开始,且不能跨越午夜(请拆成两段)'],
  [/^a workday entry needs at least one window \(list the date under holidays to close it\)$/, '工作日至少需要一个时间段(若要休息,请把该日期列入节假日)'],
  [/^expected a local date YYYY-MM-DD or \{date, windows\}$/, '请输入日期 YYYY-MM-DD'],
  [/^expected a local date YYYY-MM-DD$/, '请输入日期 YYYY-MM-DD'],
  [/^expected a month and day MM-DD, e\.g\. 11-01$/, '请输入月日 MM-DD,例如 11-01'],
  [/^expected 1–10 upper-case letters or digits, starting with a letter$/, '请输入 1–10 位大写字母或数字,以字母开头'],
  [/^at least one impact level is required$/, '至少需要一个影响范围级别'],
  [/^at least one done status is required$/, '至少需要一个完成状态'],
  [/^at least one category is required$/, '至少需要一个问题类型'],
  [/^a status name must not be blank$/, '状态名称不能为空'],
  [/^a warning threshold is a percentage above 0$/, '预警阈值必须大于 0%'],
  [/^a warning threshold is a percentage below 100 \(100 is the breach itself\)$/, '预警阈值必须小于 100%(100% 即为超时)'],
  [/^warning thresholds must be strictly ascending$/, '预警阈值必须严格递增'],
  [/^a threshold of 1 or less never fires$/, '阈值为 1 或更低时永远不会触发'],
  [/^list at least one value, or leave the condition out to match anything$/, '至少选择一项;不选表示任意'],
  [/^expected \{atLeast: impactId\} or \{in: \[impactId, …\]\}$/, '请选择影响范围条件'],
  [/^expected \{type: "dutySupervisor"\} or \{type: "account", accountId\}$/, '请选择值班主管或指定人员'],
  [/^the URL must not carry a token; store it as a secret and reference it by name$/, '地址中不能包含令牌;请把令牌存为密钥并按名称引用'],
  [/^expected an https URL on (.+)$/, '请输入 $1 上的 https 地址'],
  [/^duplicate subcategory id "(.+)" \(subcategory ids are unique across categories\)$/, '子类标识“$1”重复(子类标识在所有类型中唯一)'],
  [/^duplicate (.+) "(.+)"$/, '“$2”重复'],
  [/^unknown calendar "(.+)"$/, '没有名为“$1”的日历'],
  [/^unknown category "(.+)"$/, '没有标识为“$1”的类型'],
  [/^unknown subcategory "(.+)"$/, '没有标识为“$1”的子类'],
  [/^unknown impact level "(.+)"$/, '没有标识为“$1”的影响范围级别'],
  [/^subcategory "(.+)" belongs to "(.+)", which the rule's categories exclude, so the rule can never match$/, '子类“$1”属于类型“$2”,而规则的类型不含它,此规则永远不会匹配'],
  [/^"(.+)" is also a pause status$/, '“$1”同时是暂停状态'],
  [/^channel "(.+)" is used but notifications\.(.+) is not configured$/, '使用了渠道“$1”,但尚未配置'],
  [/^Invalid input: expected number, received NaN$/, '请输入数字'],
  [/^Invalid input/, '格式不正确'],
  [/^Too small/, '数值太小'],
  [/^Too big/, '数值太大'],
];

/** The schema's reason in the page's language (English as reported; Chinese from the table, else the English). */
export const reasonText = (message: string, locale: UiLocale): string => {
  if (locale === 'en') return message;
  for (const [pattern, zh] of ZH_REASONS) {
    const match = pattern.exec(message);
    if (match !== null) return zh.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
  }
  return message;
};

/** "紧急 · 响应(分钟):请输入整数分钟" — the problem as one sentence for the list above the section. */
export const issueText = (path: string, message: string, config: AppConfig, t: Translate<AdminKey>, locale: UiLocale): string =>
  `${fieldLabel(path, config, t, locale)}${locale === 'en' ? ': ' : ':'}${reasonText(message, locale)}`;
