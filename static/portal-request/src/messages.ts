import type { Messages } from '@support-standard/ui-kit';

export type RequestKey =
  | 'serviceNumber'
  | 'unnumbered'
  | 'commitment'
  | 'commitmentRespond'
  | 'commitmentResolve'
  | 'commitmentBoth'
  | 'zoneNote'
  | 'status'
  | 'clock.response'
  | 'clock.resolution'
  | 'clock.onsite'
  | 'state.running'
  | 'state.paused'
  | 'state.breached'
  | 'state.met'
  | 'state.missed'
  | 'pausedHint'
  | 'inProgress'
  | 'reopened'
  | 'confirmTitle'
  | 'confirmHint.close'
  | 'confirmHint.record-only'
  | 'confirmHint.unavailable'
  | 'closeFailed'
  | 'confirmYes'
  | 'confirmNo'
  | 'confirmNoHint'
  | 'comment'
  | 'surveyTitle'
  | 'surveyHint'
  | 'scoreLegend'
  | 'scoreScale'
  | 'unrated'
  | 'commentTooLong'
  | 'submit'
  | 'thanks'
  | 'thanksHint'
  | 'yourScores'
  | 'readOnly'
  | 'confirmedBy'
  | 'item.responseSpeed'
  | 'item.attitude'
  | 'item.expertise'
  | 'item.effectiveness'
  | 'item.recurrence'
  | 'level.urgent'
  | 'level.high'
  | 'level.medium'
  | 'level.low'
  | 'priority';

export const messages: Messages<RequestKey> = {
  en: {
    serviceNumber: 'Service number',
    unnumbered: 'Being assigned',
    commitment: 'Our commitment',
    commitmentRespond: 'We will respond by {respond}.',
    commitmentResolve: 'We will resolve it by {resolve}.',
    commitmentBoth: 'We will respond by {respond} and resolve it by {resolve}.',
    zoneNote: 'Times are in your time zone ({zone}).',
    status: 'Status: {status}',
    'clock.response': 'Response',
    'clock.resolution': 'Resolution',
    'clock.onsite': 'On-site departure',
    'state.running': 'In progress',
    'state.paused': 'Waiting for you or a third party',
    'state.breached': 'Later than promised',
    'state.met': 'Done on time',
    'state.missed': 'Done, later than promised',
    pausedHint: 'The clock is paused while we wait; it continues when the request moves on.',
    inProgress: 'We are working on your request.',
    reopened: 'You told us the problem is not resolved, so we reopened your request.',
    confirmTitle: 'Is your problem resolved?',
    'confirmHint.close': '"Yes, resolved" closes the request. "No, not resolved" reopens it and we continue working on it.',
    'confirmHint.record-only': '"Yes, resolved" records your confirmation (the request stays resolved). "No, not resolved" reopens it.',
    'confirmHint.unavailable': 'This request cannot be closed automatically right now: "Yes, resolved" records your confirmation and tells the team to close it. "No, not resolved" reopens it.',
    closeFailed: 'We recorded your confirmation, but the request could not be closed automatically; the team has been told and will close it.',
    confirmYes: 'Yes, resolved',
    confirmNo: 'No, not resolved',
    confirmNoHint: 'Tell us what still does not work (optional).',
    comment: 'Comment (optional)',
    surveyTitle: 'How did we do?',
    surveyHint: 'Rate each item from 1 (very dissatisfied) to 5 (very satisfied).',
    scoreLegend: '{item}',
    scoreScale: '{score} of 5',
    unrated: 'Choose a score for {item}.',
    commentTooLong: 'The comment is too long (at most 2000 characters).',
    submit: 'Send rating',
    thanks: 'Thank you for your feedback!',
    thanksHint: 'Your answers help us improve the service.',
    yourScores: 'Your rating',
    readOnly: 'Only the person who raised the request can confirm and rate it.',
    confirmedBy: 'Confirmed resolved on {at}.',
    'item.responseSpeed': 'Response speed',
    'item.attitude': 'Service attitude',
    'item.expertise': 'Technical expertise',
    'item.effectiveness': 'Effectiveness of the solution',
    'item.recurrence': 'Problem has not come back',
    'level.urgent': 'Urgent',
    'level.high': 'High',
    'level.medium': 'Medium',
    'level.low': 'Low',
    priority: 'Priority: {priority}',
  },
  'zh-CN': {
    serviceNumber: '服务单号',
    unnumbered: '正在分配',
    commitment: '服务承诺',
    commitmentRespond: '我们将在 {respond} 前响应。',
    commitmentResolve: '我们将在 {resolve} 前解决。',
    commitmentBoth: '我们将在 {respond} 前响应,并在 {resolve} 前解决。',
    zoneNote: '时间按您所在时区({zone})显示。',
    status: '状态:{status}',
    'clock.response': '响应',
    'clock.resolution': '解决',
    'clock.onsite': '上门出发',
    'state.running': '处理中',
    'state.paused': '等待您或第三方',
    'state.breached': '已超出承诺时间',
    'state.met': '按时完成',
    'state.missed': '已完成,但超出承诺时间',
    pausedHint: '等待期间计时暂停,请求继续处理后恢复计时。',
    inProgress: '我们正在处理您的请求。',
    reopened: '您反馈问题未解决,我们已重新打开请求。',
    confirmTitle: '您的问题解决了吗?',
    'confirmHint.close': '选择“已解决”将关闭请求;选择“未解决”将重新打开请求,我们会继续处理。',
    'confirmHint.record-only': '选择“已解决”将记录您的确认(请求保持已解决状态);选择“未解决”将重新打开请求。',
    'confirmHint.unavailable': '此请求目前无法自动关闭:选择“已解决”将记录您的确认并通知处理团队关闭;选择“未解决”将重新打开请求。',
    closeFailed: '已记录您的确认,但请求未能自动关闭;处理团队已收到通知,将手动关闭。',
    confirmYes: '已解决',
    confirmNo: '未解决',
    confirmNoHint: '请告诉我们仍存在的问题(可选)。',
    comment: '意见(可选)',
    surveyTitle: '请为本次服务评分',
    surveyHint: '每项 1 分(非常不满意)至 5 分(非常满意)。',
    scoreLegend: '{item}',
    scoreScale: '{score} 分(满分 5 分)',
    unrated: '请为“{item}”评分。',
    commentTooLong: '意见过长(最多 2000 个字符)。',
    submit: '提交评分',
    thanks: '感谢您的反馈!',
    thanksHint: '您的评价将帮助我们改进服务。',
    yourScores: '您的评分',
    readOnly: '只有请求提交人可以确认和评分。',
    confirmedBy: '已于 {at} 确认解决。',
    'item.responseSpeed': '响应速度',
    'item.attitude': '服务态度',
    'item.expertise': '专业能力',
    'item.effectiveness': '解决效果',
    'item.recurrence': '问题未复发',
    'level.urgent': '紧急',
    'level.high': '高',
    'level.medium': '中',
    'level.low': '低',
    priority: '优先级:{priority}',
  },
};
