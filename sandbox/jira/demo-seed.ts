import type { SandboxClock } from '../contracts';
import { findAccountByEmail } from './accounts';
import { ISSUE_TYPES, findPriority, findRequestType } from './catalog';
import { textToAdf } from './adf';
import type { IssueService } from './issue-service';

/**
 * The demo site's requests, created through the same service the REST API uses. Creation times are spread
 * over the last days (relative to the sandbox clock) so lists and SLA views look lived-in.
 */

interface SeedRequest {
  readonly reporter: string;
  readonly requestType: string;
  readonly summary: string;
  readonly description: string;
  readonly priority: string;
  readonly hoursAgo: number;
  readonly assignee?: string;
  /** Transition ids applied in order, by the assignee. */
  readonly transitions?: readonly string[];
  readonly comments?: readonly { readonly by: string; readonly text: string; readonly internal: boolean }[];
  readonly participants?: readonly string[];
  readonly feedback?: number;
}

const SEED: readonly SeedRequest[] = [
  {
    reporter: 'zhangsan', requestType: 'software', priority: 'High', hoursAgo: 0.5,
    summary: "CRM系统无法新建客户，报错'权限不足'",
    description: '在CRM中点击“新建客户”时提示“权限不足”，昨天还可以正常使用。销售部今天的新客户都无法录入。',
  },
  {
    reporter: 'wangwu', requestType: 'hardware', priority: 'Medium', hoursAgo: 3, assignee: 'zhaoliu', transitions: ['11'],
    summary: '财务部打印机卡纸，无法打印报销单', description: '三楼财务部的共享打印机频繁卡纸，清理后仍然无法打印。',
    comments: [{ by: 'zhaoliu', text: '已收到，下午两点到现场检查。', internal: false }],
  },
  {
    reporter: 'zhangsan', requestType: 'network', priority: 'Medium', hoursAgo: 20, assignee: 'sunqi', transitions: ['11', '21'],
    summary: '会议室Wi-Fi频繁掉线', description: '5楼大会议室的Wi-Fi每隔几分钟断开一次，影响视频会议。',
    comments: [{ by: 'sunqi', text: '请提供掉线时使用的设备型号和大致时间点。', internal: false }],
  },
  {
    reporter: 'wangwu', requestType: 'consultation', priority: 'Low', hoursAgo: 30, assignee: 'lisi', transitions: ['11', '51'],
    summary: '如何在OA中设置邮件自动回复？', description: '下周休假，需要设置自动回复。',
    comments: [{ by: 'lisi', text: '在OA“个人设置 → 邮件 → 自动回复”中开启并填写内容即可。', internal: false }],
  },
  {
    reporter: 'wangwu', requestType: 'data-security', priority: 'Highest', hoursAgo: 2, assignee: 'lisi', transitions: ['11'],
    summary: '收到可疑钓鱼邮件，已点击链接', description: '收到一封自称银行的邮件，点击了其中的链接并输入了邮箱密码。',
    comments: [
      { by: 'lisi', text: '已重置该账号密码并开启二次验证。', internal: false },
      { by: 'lisi', text: '邮件网关日志显示同一发件人还投递给了财务部另外3人，需排查。', internal: true },
    ],
  },
  {
    reporter: 'zhangsan', requestType: 'third-party', priority: 'High', hoursAgo: 26, assignee: 'lisi', transitions: ['11', '31'],
    summary: '短信平台接口调用失败，返回超时', description: '客户验证码短信发送失败，短信平台接口返回 504。',
    comments: [{ by: 'lisi', text: '已向短信服务商提交工单，等待对方排查。', internal: true }],
  },
  {
    reporter: 'zhangsan', requestType: 'hardware', priority: 'High', hoursAgo: 72, assignee: 'zhaoliu', transitions: ['11', '51', '61'],
    summary: '笔记本电脑无法开机', description: '按电源键无反应，充电指示灯不亮。',
    comments: [{ by: 'zhaoliu', text: '更换电源适配器后恢复正常。', internal: false }],
    feedback: 5,
  },
  {
    reporter: 'wangwu', requestType: 'software', priority: 'Medium', hoursAgo: 5,
    summary: 'ERP报表导出Excel乱码', description: '从ERP导出的月度报表用Excel打开后中文全部是乱码。',
  },
  {
    reporter: 'zhangsan', requestType: 'network', priority: 'Highest', hoursAgo: 50, assignee: 'sunqi', transitions: ['11', '51'],
    summary: 'VPN无法连接公司内网', description: '出差期间VPN客户端提示“连接超时”，无法访问CRM。',
    participants: ['wangwu'],
    comments: [{ by: 'sunqi', text: 'VPN网关证书已更新，请重新连接试试。', internal: false }],
  },
  {
    reporter: 'wangwu', requestType: 'software', priority: 'Low', hoursAgo: 8, participants: ['zhangsan'],
    summary: 'OA系统登录缓慢', description: '每天早上登录OA需要等待一分钟以上。',
  },
];

const account = (name: string): string => {
  const a = findAccountByEmail(`${name}@example.com`);
  if (a === undefined) throw new Error(`seed account ${name} missing`);
  return a.accountId;
};

const HOUR = 3_600_000;

const URGENCY_OF_PRIORITY: Readonly<Record<string, string>> = { Highest: 'urgent', High: 'high', Medium: 'medium', Low: 'low', Lowest: 'low' };
const DEPARTMENT: Readonly<Record<string, string>> = { zhangsan: '销售部', wangwu: '财务部' };

/**
 * What the requester entered in the app's intake panel, as an integration would supply it at creation
 * (`service-intake`): the demo requests then carry their real category, urgency and department.
 */
const intakeOf = (r: SeedRequest): { readonly key: string; readonly value: unknown } => ({
  key: 'service-intake',
  value: {
    category: r.requestType,
    urgency: URGENCY_OF_PRIORITY[r.priority] ?? 'medium',
    impact: r.priority === 'Highest' ? 'department' : 'individual',
    department: DEPARTMENT[r.reporter] ?? '',
    contact: `${r.reporter}@example.com`,
    channel: 'portal',
  },
});

export const seedDemo = (service: IssueService, clock: SandboxClock): void => {
  const now = clock.now();
  for (const r of SEED) {
    const rt = findRequestType(r.requestType);
    const priority = findPriority(r.priority);
    if (rt === undefined || priority === undefined) throw new Error(`bad seed request ${r.summary}`);
    let at = now - r.hoursAgo * HOUR;
    const step = (): void => {
      at += Math.min(HOUR / 4, (r.hoursAgo * HOUR) / 10);
    };
    const timed = service.withClock({ now: () => at });
    const issue = timed.create(account(r.reporter), {
      issueTypeId: ISSUE_TYPES[0]?.id ?? '10001',
      summary: r.summary,
      description: textToAdf(r.description),
      priorityId: priority.id,
      reporter: account(r.reporter),
      assignee: null,
      labels: [],
      requestTypeId: rt.id,
      channel: 'portal',
      properties: [intakeOf(r)],
      participants: (r.participants ?? []).map(account),
    });
    const agent = r.assignee === undefined ? undefined : account(r.assignee);
    if (agent !== undefined) {
      step();
      timed.edit(agent, issue.id, { assignee: agent });
    }
    for (const t of r.transitions ?? []) {
      step();
      const result = timed.transition(agent ?? account('admin'), issue.id, t, false);
      if (!result.ok) throw new Error(`seed transition ${t} failed on ${issue.key}: ${result.message}`);
      for (const c of t === '11' ? r.comments ?? [] : []) {
        step();
        timed.comment(account(c.by), issue.id, textToAdf(c.text), c.internal);
      }
    }
    if ((r.transitions ?? []).length === 0) {
      for (const c of r.comments ?? []) timed.comment(account(c.by), issue.id, textToAdf(c.text), c.internal);
    }
    if (r.feedback !== undefined) timed.setFeedback(issue.id, r.feedback, null);
  }
};
