import type { Locale } from '../config';

/**
 * Jira Service Management's built-in workflow statuses as its Chinese UI names them. The export's 处理进展 column
 * is read by people, so a zh-CN export shows these; a status a Jira admin created keeps the name they gave it
 * (usually already in the desk's language), and an English export keeps Jira's names.
 */
const ZH_CN: Readonly<Record<string, string>> = {
  open: '打开',
  'to do': '待办',
  new: '新建',
  'waiting for support': '等待支持',
  'waiting for customer': '等待客户',
  'waiting for third party': '等待第三方',
  'waiting for approval': '等待审批',
  pending: '挂起',
  'in progress': '处理中',
  'work in progress': '处理中',
  escalated: '已升级',
  reopened: '重新打开',
  resolved: '已解决',
  closed: '已关闭',
  done: '完成',
  canceled: '已取消',
  cancelled: '已取消',
  declined: '已拒绝',
  completed: '已完成',
};

export const statusName = (jiraName: string, locale: Locale): string =>
  locale === 'zh-CN' ? (ZH_CN[jiraName.trim().toLowerCase()] ?? jiraName) : jiraName;
