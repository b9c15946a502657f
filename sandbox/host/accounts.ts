import type { JiraEmulator } from '../contracts';

export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  readonly role: { readonly 'zh-CN': string; readonly en: string };
  /** Where this account lands by default: requesters on the portal, staff in the queue. */
  readonly home: '/portal' | '/agent' | '/admin';
}

/** The demo seed's people (issue 3); account ids come from the emulator, which owns the directory. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'zhangsan@example.com', name: '张三', role: { 'zh-CN': '请求人 · 销售部', en: 'Requester · Sales' }, home: '/portal' },
  { email: 'wangwu@example.com', name: '王五', role: { 'zh-CN': '请求人 · 财务部', en: 'Requester · Finance' }, home: '/portal' },
  { email: 'emma@example.com', name: 'Emma Clark', role: { 'zh-CN': '请求人 · 市场部(英文)', en: 'Requester · Marketing (English)' }, home: '/portal' },
  { email: 'lisi@example.com', name: '李四', role: { 'zh-CN': '软件工程师', en: 'Software engineer' }, home: '/agent' },
  { email: 'zhaoliu@example.com', name: '赵六', role: { 'zh-CN': '硬件工程师', en: 'Hardware engineer' }, home: '/agent' },
  { email: 'sunqi@example.com', name: '孙七', role: { 'zh-CN': '网络工程师', en: 'Network engineer' }, home: '/agent' },
  { email: 'zhouba@example.com', name: '周八', role: { 'zh-CN': '值班主管', en: 'Duty supervisor' }, home: '/agent' },
  { email: 'admin@example.com', name: 'Admin', role: { 'zh-CN': 'Jira 管理员', en: 'Jira admin' }, home: '/admin' },
];

export const ADMIN_EMAIL = 'admin@example.com';

export interface CurrentUser extends DemoAccount {
  readonly accountId: string;
}

/** The demo account a `sandbox_user` cookie names; undefined for a missing or unknown one (never a default). */
export function resolveUser(emulator: JiraEmulator, email: string | undefined): CurrentUser | undefined {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (account === undefined) return undefined;
  const accountId = emulator.resolveAccountByEmail(account.email);
  return accountId === undefined ? undefined : { ...account, accountId };
}
