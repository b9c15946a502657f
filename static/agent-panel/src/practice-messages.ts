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
  cancel: ['Cancel', '取消'],
  reclassify: ['Reclassify', '重新分类'],
  reclassifyTitle: ['Correct the classification', '更正分类'],
  category: ['Category', '问题类型'],
  subcategory: ['Subcategory', '问题子类'],
  impact: ['Impact', '影响范围'],
  reason: ['Reason', '原因'],
  reasonHelp: ['Required: why the requester\'s classification was wrong.', '必填:说明原分类为何不正确。'],
  reasonRequired: ['Reason: say why the classification changes.', '原因:请说明更改分类的原因。'],
  chooseSubcategory: ['Subcategory: choose one of this category.', '问题子类:请选择该类型下的子类。'],
  unchanged: ['Nothing changes: choose another category, subcategory or impact.', '分类未变化:请选择不同的类型、子类或影响范围。'],
  loading: ['Loading the categories…', '正在加载分类…'],
  reclassified: ['{who}, {at}: {from} → {to}', '{who},{at}:{from} → {to}'],
  routedTo: ['routed to {who}', '已重新分派给 {who}'],
  history: ['Classification history', '分类变更记录'],
});

export type PracticeKey = keyof (typeof practiceMessages)['en'];
