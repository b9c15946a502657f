import type { Messages } from './i18n';

export type KitKey =
  | 'loading'
  | 'retry'
  | 'errorTitle'
  | 'error.transport'
  | 'error.bad-response'
  | 'error.invalid-payload'
  | 'error.unauthenticated'
  | 'error.forbidden'
  | 'error.not-found'
  | 'error.wrong-module'
  | 'error.invalid-config'
  | 'error.conflict'
  | 'error.invalid-state'
  | 'error.invalid-ics'
  | 'error.unavailable'
  | 'required'
  | 'remaining'
  | 'overdue'
  | 'paused'
  | 'met'
  | 'missed'
  | 'breached'
  | 'progressLabel';

/** What each failure means for the person in front of the screen, and what they can do about it. */
export const kitMessages: Messages<KitKey> = {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    'error.transport': 'Could not reach the app. Check your connection and try again.',
    'error.bad-response': 'The app sent an answer this page does not understand. Reload the page; if it persists, tell your Jira admin.',
    'error.invalid-payload': 'Some values are not valid. Correct the highlighted fields and try again.',
    'error.unauthenticated': 'You are not logged in. Log in and open this page again.',
    'error.forbidden': 'You do not have permission to do this. Ask your Jira admin or the request’s agent.',
    'error.not-found': 'This request no longer exists or you cannot see it.',
    'error.wrong-module': 'This page is not attached to a request.',
    'error.invalid-config': 'The configuration is not valid. Correct the highlighted fields and save again.',
    'error.conflict': 'Someone else saved first. Reload to see their version, then apply your changes again.',
    'error.invalid-state': 'This is not possible in the request’s current state. Reload to see its latest state.',
    'error.invalid-ics': 'The calendar file could not be read. Check that it is an .ics file.',
    'error.unavailable': 'Jira did not answer in time. Wait a moment and try again.',
    required: 'required',
    remaining: '{time} left',
    overdue: 'overdue by {time}',
    paused: 'Paused',
    met: 'Met',
    missed: 'Missed',
    breached: 'Breached',
    progressLabel: '{name}: {percent}% of target used',
  },
  'zh-CN': {
    loading: '加载中…',
    retry: '重试',
    errorTitle: '出现问题',
    'error.transport': '无法连接到应用。请检查网络后重试。',
    'error.bad-response': '应用返回了本页面无法识别的结果。请刷新页面;如仍出现,请联系 Jira 管理员。',
    'error.invalid-payload': '部分内容无效。请修改标出的字段后重试。',
    'error.unauthenticated': '您尚未登录。请登录后重新打开本页面。',
    'error.forbidden': '您没有执行此操作的权限。请联系 Jira 管理员或该请求的处理人。',
    'error.not-found': '该请求已不存在,或您无权查看。',
    'error.wrong-module': '本页面未关联任何请求。',
    'error.invalid-config': '配置无效。请修改标出的字段后重新保存。',
    'error.conflict': '其他人已先保存。请刷新查看其版本,然后重新应用您的修改。',
    'error.invalid-state': '请求当前状态不允许此操作。请刷新查看最新状态。',
    'error.invalid-ics': '无法读取日历文件。请确认是 .ics 文件。',
    'error.unavailable': 'Jira 未及时响应。请稍后重试。',
    required: '必填',
    remaining: '剩余 {time}',
    overdue: '已超时 {time}',
    paused: '已暂停',
    met: '已达成',
    missed: '未达成',
    breached: '已超时',
    progressLabel: '{name}:已用目标时长的 {percent}%',
  },
};
