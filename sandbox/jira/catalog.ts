/** The fixed configuration of the emulated site: one service project with its workflow, types and priorities. */

export const PROJECT = { id: '10000', key: 'ITS', name: 'IT Support', leadEmail: 'zhouba@example.com' } as const;
export const SERVICE_DESK = { id: '1', projectId: PROJECT.id, portalId: '1' } as const;

/** JSM stores the request type in this system custom field ("Customer Request Type"). */
export const REQUEST_TYPE_FIELD_ID = 'customfield_10010';

export interface IssueType { readonly id: string; readonly name: string; readonly description: string }
export const ISSUE_TYPES: readonly IssueType[] = [
  { id: '10001', name: 'Service Request', description: 'A request raised through the help centre.' },
  { id: '10002', name: 'Task', description: 'Internal work, e.g. a follow-up after a low satisfaction score.' },
];

export interface StatusCategory { readonly id: number; readonly key: 'new' | 'indeterminate' | 'done'; readonly name: string; readonly colorName: string }
export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export interface Status { readonly id: string; readonly name: string; readonly categoryKey: StatusCategory['key'] }
export const STATUSES: readonly Status[] = [
  { id: '1', name: 'Open', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '10001', name: 'Waiting for customer', categoryKey: 'indeterminate' },
  { id: '10002', name: 'Waiting for third party', categoryKey: 'indeterminate' },
  { id: '5', name: 'Resolved', categoryKey: 'done' },
  { id: '6', name: 'Closed', categoryKey: 'done' },
];
export const INITIAL_STATUS_ID = '1';

export interface Transition {
  readonly id: string;
  readonly name: string;
  readonly from: readonly string[];
  readonly to: string;
  /** Offered to customers on the portal (`/servicedeskapi/request/{key}/transition`). */
  readonly customer: boolean;
}
export const TRANSITIONS: readonly Transition[] = [
  { id: '11', name: 'Start progress', from: ['1'], to: '3', customer: false },
  { id: '21', name: 'Wait for customer', from: ['1', '3', '10002'], to: '10001', customer: false },
  { id: '31', name: 'Wait for third party', from: ['1', '3', '10001'], to: '10002', customer: false },
  { id: '41', name: 'Resume progress', from: ['10001', '10002'], to: '3', customer: false },
  { id: '51', name: 'Resolve', from: ['1', '3', '10001', '10002'], to: '5', customer: false },
  { id: '61', name: 'Close', from: ['5'], to: '6', customer: true },
  { id: '71', name: 'Reopen', from: ['5', '6'], to: '3', customer: true },
];

export interface Priority { readonly id: string; readonly name: string; readonly statusColor: string; readonly description: string; readonly rank: number }
/** Jira's default priority scheme; `rank` 1 is the most urgent (JQL `priority > High` compares ranks). */
export const PRIORITIES: readonly Priority[] = [
  { id: '1', name: 'Highest', statusColor: '#d04437', description: '紧急 Urgent: core business system fully down.', rank: 1 },
  { id: '2', name: 'High', statusColor: '#f15c75', description: '高 High: main function unavailable.', rank: 2 },
  { id: '3', name: 'Medium', statusColor: '#f79232', description: '中 Medium: part of a function abnormal.', rank: 3 },
  { id: '4', name: 'Low', statusColor: '#707070', description: '低 Low: minor question, non-core device.', rank: 4 },
  { id: '5', name: 'Lowest', statusColor: '#999999', description: 'Trivial.', rank: 5 },
];
export const DEFAULT_PRIORITY_ID = '3';

export const RESOLUTION_DONE = { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' } as const;

export interface RequestType { readonly id: string; readonly key: string; readonly name: string; readonly description: string; readonly category: string }
export const REQUEST_TYPES: readonly RequestType[] = [
  { id: '11', key: 'hardware', name: '硬件故障 Hardware fault', description: 'PC, peripheral, printer, server or meeting-room equipment faults.', category: 'hardware' },
  { id: '12', key: 'software', name: '软件异常 Software exception', description: 'Business-system errors (ERP/CRM/OA), install failures, crashes, slowness.', category: 'software' },
  { id: '13', key: 'network', name: '网络问题 Network issue', description: 'Outages, Wi-Fi, VPN, DNS, database connection failures.', category: 'network' },
  { id: '14', key: 'consultation', name: '操作咨询 How-to consultation', description: 'How do I…? Settings, accounts and permissions questions.', category: 'consultation' },
  { id: '15', key: 'data-security', name: '数据安全 Data security', description: 'Account lock or compromise, malware, data leaks, backup and restore.', category: 'data-security' },
  { id: '16', key: 'third-party', name: '第三方服务 Third-party service', description: 'Integration errors, cloud resources, external data migration.', category: 'third-party' },
];

export interface IssueLinkType { readonly id: string; readonly name: string; readonly inward: string; readonly outward: string }
export const ISSUE_LINK_TYPES: readonly IssueLinkType[] = [
  { id: '10000', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  { id: '10001', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10002', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
];

const lookup = <T extends { readonly id: string; readonly name: string }>(items: readonly T[], idOrName: string): T | undefined => {
  const wanted = idOrName.trim().toLowerCase();
  return items.find((i) => i.id === idOrName.trim() || i.name.toLowerCase() === wanted);
};

export const findStatus = (idOrName: string): Status | undefined => lookup(STATUSES, idOrName);
export const findPriority = (idOrName: string): Priority | undefined => lookup(PRIORITIES, idOrName);
export const findIssueType = (idOrName: string): IssueType | undefined => lookup(ISSUE_TYPES, idOrName);
export const findLinkType = (idOrName: string): IssueLinkType | undefined => lookup(ISSUE_LINK_TYPES, idOrName);
export const findRequestType = (idOrKey: string): RequestType | undefined =>
  REQUEST_TYPES.find((r) => r.id === idOrKey || r.key === idOrKey || `its/${r.key}` === idOrKey);

export const statusOf = (id: string): Status => {
  const s = STATUSES.find((x) => x.id === id);
  if (s === undefined) throw new Error(`unknown status id ${id}`);
  return s;
};
export const categoryOf = (key: StatusCategory['key']): StatusCategory => {
  const c = STATUS_CATEGORIES.find((x) => x.key === key);
  if (c === undefined) throw new Error(`unknown status category ${key}`);
  return c;
};
export const priorityOf = (id: string): Priority => {
  const p = PRIORITIES.find((x) => x.id === id);
  if (p === undefined) throw new Error(`unknown priority id ${id}`);
  return p;
};
export const issueTypeOf = (id: string): IssueType => {
  const t = ISSUE_TYPES.find((x) => x.id === id);
  if (t === undefined) throw new Error(`unknown issue type id ${id}`);
  return t;
};
export const requestTypeOf = (id: string): RequestType | undefined => REQUEST_TYPES.find((x) => x.id === id);

/** The site's default zone: events and the app principal see instants in it. */
export const SITE_TIME_ZONE = 'Asia/Shanghai';
