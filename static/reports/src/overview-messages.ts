import { fromPairs } from '@support-standard/ui-kit/src/i18n';

/** Strings of the SLA overview (issue 12 point 9). */
export const overviewMessages = fromPairs({
  title: ['SLA overview: what is due next', 'SLA 概览:接下来要处理的请求'],
  clock: ['Clock', '计时'],
  priority: ['Priority', '优先级'],
  category: ['Category', '问题类型'],
  mine: ['Only mine', '只看我的'],
  any: ['All', '全部'],
  request: ['Request', '请求'],
  assignee: ['Assignee', '处理人'],
  timeLeft: ['Time left', '剩余时间'],
  unassigned: ['Unassigned', '未分派'],
  empty: ['No open request has a running clock.', '没有正在计时的未完成请求。'],
  truncated: ['Only the first 1000 open requests are ranked.', '仅对前 1000 个未完成请求排序。'],
  refresh: ['Refresh', '刷新'],
  pageIntro: [
    'What to do next: the open requests whose clocks run out first are at the top. Open one to work on it.',
    '接下来做什么:最先到期的未完成请求排在最前面,点击即可处理。',
  ],
  noProject: ['Open this page from a service project to see its requests.', '请在服务项目中打开此页面以查看其请求。'],
  open: ['Open the SLA overview: what is due next', '打开 SLA 概览:接下来要处理的请求'],
  'clock.response': ['Response', '响应'],
  'clock.resolution': ['Resolution', '解决'],
  'clock.onsite': ['On-site departure', '上门出发'],
  'level.urgent': ['Urgent', '紧急'],
  'level.high': ['High', '高'],
  'level.medium': ['Medium', '中'],
  'level.low': ['Low', '低'],
  'tone.ok': ['On track', '正常'],
  'tone.warning': ['Warning', '预警'],
  'tone.breached': ['Breached', '已超时'],
});
