import { fromPairs } from '@support-standard/ui-kit/src/i18n';

export const followUpMessages = fromPairs({
  heading: ['Follow-up call', '回访任务'],
  original: ['Original request', '原始请求'],
  open: ['Open {key}', '打开 {key}'],
  scores: ['Scores', '评分'],
  comment: ['Requester’s comment', '用户评价'],
  noComment: ['No comment', '无评价'],
  due: ['Due', '截止时间'],
  statusOpen: ['Open', '进行中'],
  statusClosed: ['Closed', '已关闭'],
  contactAt: ['Contact time', '回访时间'],
  outcome: ['Outcome of the call', '回访结果'],
  improvement: ['Improvement action', '改进措施'],
  save: ['Save', '保存'],
  saveClose: ['Save and close', '保存并关闭'],
  saved: ['Saved.', '已保存。'],
  needed: ['{field} is needed to close the follow-up.', '关闭回访前请填写{field}。'],
  badTime: ['{field}: enter a date and time that exists in {zone}.', '{field}:请输入 {zone} 时区中存在的日期和时间。'],
  tooLong: ['{field}: at most 2000 characters.', '{field}:最多 2000 个字符。'],
  'item.responseSpeed': ['Response speed', '响应速度'],
  'item.attitude': ['Attitude', '服务态度'],
  'item.expertise': ['Expertise', '专业能力'],
  'item.effectiveness': ['Effectiveness', '解决效果'],
  'item.recurrence': ['No recurrence', '问题未复发'],
});

export type FollowUpKey = keyof (typeof followUpMessages)['en'];
