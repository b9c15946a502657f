import { fromPairs } from '@support-standard/ui-kit';

export const messages = fromPairs({
  title: ['Service reports', '服务报表'],
  empty: ['No report data yet', '暂无报表数据'],
  emptyHint: [
    'SLA compliance, breaches, satisfaction and volume charts appear here once requests have been handled.',
    '请求处理后,这里将显示 SLA 达成率、超时、满意度和请求量图表。',
  ],
});

export type ReportsKey = keyof (typeof messages)['en'];
