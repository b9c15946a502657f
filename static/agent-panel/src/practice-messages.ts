import { fromPairs } from '@support-standard/ui-kit/src/i18n';

/** Strings of the issue-12 sections (remedy history and dates, …), kept apart from the panel's base messages. */
export const practiceMessages = fromPairs({
  update: ['Update', '更新'],
  earlierVersions: ['Earlier versions ({n})', '历史版本({n})'],
  versionLine: ['{who}, {at}', '{who},{at}'],
  expectedPast: ['Expected by: the date lies in the past. Enter a later date or clear it.', '预计完成时间:该时间已过去,请填写之后的时间或清空。'],
  escalations: ['Escalations to the duty supervisor', '值班主管通知记录'],
  escalated: ['Duty supervisor notified: {who}, {at} — {how}', '已通知值班主管:{who},{at} — {how}'],
  escalatedCycle: ['Duty supervisor notified (cycle {cycle}): {who}, {at} — {how}', '已通知值班主管(第 {cycle} 轮):{who},{at} — {how}'],
  noSupervisor: ['no duty supervisor configured, IM groups only', '未配置值班主管,仅通知 IM 群'],
  'path.intake': ['urgent at intake', '受理即为紧急'],
  'path.verification': ['urgency verified as urgent', '核实后升级为紧急'],
  'path.reclassification': ['reclassified to urgent', '重新分类后升级为紧急'],
  'path.rules': ['priority rules changed', '优先级规则变更'],
  'path.jira': ['Jira priority set to Highest', 'Jira 优先级设为最高'],
});

export type PracticeKey = keyof (typeof practiceMessages)['en'];
