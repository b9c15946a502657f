/** Seeded Atlassian accounts and groups of the demo site. Account ids are fixed so links and tests stay stable. */

export type AccountRole = 'customer' | 'agent' | 'admin' | 'app';

export interface Account {
  readonly accountId: string;
  readonly email: string;
  readonly displayName: string;
  readonly accountType: 'atlassian' | 'customer' | 'app';
  readonly role: AccountRole;
  readonly locale: string;
  readonly timeZone: string;
  /** Department (所属部门) of a requester, or the engineer's speciality; shown in the demo only. */
  readonly department?: string;
}

/** The app's own bot account: the author of everything done `asApp()`, and the `atlassianId` of the events it causes. */
export const APP_ACCOUNT_ID = '557058:f3a0c5e2-support-standard-app';

export const ACCOUNTS: readonly Account[] = [
  { accountId: '5f1a00000000000000000001', email: 'zhangsan@example.com', displayName: '张三', accountType: 'customer', role: 'customer', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '销售部' },
  { accountId: '5f1a00000000000000000002', email: 'wangwu@example.com', displayName: '王五', accountType: 'customer', role: 'customer', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '财务部' },
  // An English-speaking requester: what the app tells requesters follows their profile's language (issue 13).
  { accountId: '5f1a00000000000000000008', email: 'emma@example.com', displayName: 'Emma Clark', accountType: 'customer', role: 'customer', locale: 'en_GB', timeZone: 'Europe/London', department: 'Marketing' },
  { accountId: '5f1a00000000000000000003', email: 'lisi@example.com', displayName: '李四', accountType: 'atlassian', role: 'agent', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '软件工程师' },
  { accountId: '5f1a00000000000000000004', email: 'zhaoliu@example.com', displayName: '赵六', accountType: 'atlassian', role: 'agent', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '硬件工程师' },
  { accountId: '5f1a00000000000000000005', email: 'sunqi@example.com', displayName: '孙七', accountType: 'atlassian', role: 'agent', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '网络工程师' },
  { accountId: '5f1a00000000000000000006', email: 'zhouba@example.com', displayName: '周八', accountType: 'atlassian', role: 'agent', locale: 'zh_CN', timeZone: 'Asia/Shanghai', department: '值班主管' },
  { accountId: '5f1a00000000000000000007', email: 'admin@example.com', displayName: 'Site Admin', accountType: 'atlassian', role: 'admin', locale: 'en_US', timeZone: 'Asia/Shanghai' },
  { accountId: APP_ACCOUNT_ID, email: 'support-standard@connect.atlassian.com', displayName: 'Support Standard', accountType: 'app', role: 'app', locale: 'en_US', timeZone: 'UTC' },
];

export interface Group {
  readonly groupId: string;
  readonly name: string;
  readonly members: readonly string[];
}

const byEmail = (email: string): string => {
  const found = ACCOUNTS.find((a) => a.email === email);
  if (found === undefined) throw new Error(`seed account ${email} missing`);
  return found.accountId;
};

export const GROUPS: readonly Group[] = [
  { groupId: '0a1b0000-0000-4000-8000-000000000001', name: 'jira-administrators', members: [byEmail('admin@example.com')] },
  { groupId: '0a1b0000-0000-4000-8000-000000000002', name: 'its-agents', members: ['lisi', 'zhaoliu', 'sunqi', 'zhouba', 'admin'].map((n) => byEmail(`${n}@example.com`)) },
  { groupId: '0a1b0000-0000-4000-8000-000000000003', name: 'ts-software-engineers', members: [byEmail('lisi@example.com')] },
  { groupId: '0a1b0000-0000-4000-8000-000000000004', name: 'ts-hardware-engineers', members: [byEmail('zhaoliu@example.com')] },
  { groupId: '0a1b0000-0000-4000-8000-000000000005', name: 'ts-network-engineers', members: [byEmail('sunqi@example.com')] },
  { groupId: '0a1b0000-0000-4000-8000-000000000006', name: 'ts-duty-supervisors', members: [byEmail('zhouba@example.com')] },
  { groupId: '0a1b0000-0000-4000-8000-000000000007', name: 'its-customers', members: [byEmail('zhangsan@example.com'), byEmail('wangwu@example.com'), byEmail('emma@example.com')] },
];

export const findAccount = (accountId: string): Account | undefined => ACCOUNTS.find((a) => a.accountId === accountId);

export const findAccountByEmail = (email: string): Account | undefined => {
  const wanted = email.trim().toLowerCase();
  return ACCOUNTS.find((a) => a.email === wanted);
};

export const groupsOf = (accountId: string): readonly Group[] => GROUPS.filter((g) => g.members.includes(accountId));
