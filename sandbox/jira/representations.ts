import { findAccount, type Account } from './accounts';
import {
  ISSUE_TYPES, PROJECT, SERVICE_DESK, categoryOf, issueTypeOf, priorityOf, statusOf,
  type IssueType, type Priority, type RequestType, type Status, type StatusCategory,
} from './catalog';

/** JSON shapes of the site's reference entities, as the Jira and JSM REST APIs render them. */

const avatarUrls = (base: string, seed: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string> => ({
  '16x16': `${base}/secure/useravatar?size=xsmall&ownerId=${seed}`,
  '24x24': `${base}/secure/useravatar?size=small&ownerId=${seed}`,
  '32x32': `${base}/secure/useravatar?size=medium&ownerId=${seed}`,
  '48x48': `${base}/secure/useravatar?ownerId=${seed}`,
});

/** `UserDetails` (embedded users: reporter, assignee, comment author). */
export const userDetails = (base: string, account: Account): Record<string, unknown> => ({
  self: `${base}/rest/api/3/user?accountId=${account.accountId}`,
  accountId: account.accountId,
  emailAddress: account.email,
  avatarUrls: avatarUrls(base, account.accountId),
  displayName: account.displayName,
  active: true,
  timeZone: account.timeZone,
  accountType: account.accountType,
});

export const userDetailsById = (base: string, accountId: string | null): Record<string, unknown> | null => {
  if (accountId === null) return null;
  const account = findAccount(accountId);
  return account === undefined ? { accountId, active: false, displayName: 'Former user', accountType: 'unknown' } : userDetails(base, account);
};

/** `User` (myself, user lookup). */
export const userBean = (base: string, account: Account, groups: readonly string[] | undefined): Record<string, unknown> => ({
  ...userDetails(base, account),
  locale: account.locale,
  ...(groups === undefined ? {} : { groups: { size: groups.length, items: groups.map((name) => ({ name, self: `${base}/rest/api/3/group?groupname=${name}` })) } }),
  applicationRoles: { size: 0, items: [] },
  expand: 'groups,applicationRoles',
});

/** JSM `UserDTO`. */
export const userDto = (base: string, account: Account): Record<string, unknown> => ({
  accountId: account.accountId,
  emailAddress: account.email,
  displayName: account.displayName,
  active: true,
  timeZone: account.timeZone,
  _links: { jiraRest: `${base}/rest/api/2/user?accountId=${account.accountId}`, avatarUrls: avatarUrls(base, account.accountId), self: `${base}/rest/api/2/user?accountId=${account.accountId}` },
});

export const statusCategoryJson = (base: string, c: StatusCategory): Record<string, unknown> => ({
  self: `${base}/rest/api/3/statuscategory/${c.id}`,
  id: c.id,
  key: c.key,
  colorName: c.colorName,
  name: c.name,
});

export const statusJson = (base: string, s: Status): Record<string, unknown> => ({
  self: `${base}/rest/api/3/status/${s.id}`,
  description: '',
  iconUrl: `${base}/images/icons/statuses/generic.png`,
  name: s.name,
  id: s.id,
  statusCategory: statusCategoryJson(base, categoryOf(s.categoryKey)),
});

export const statusById = (base: string, id: string): Record<string, unknown> => statusJson(base, statusOf(id));

export const priorityJson = (base: string, p: Priority): Record<string, unknown> => ({
  self: `${base}/rest/api/3/priority/${p.id}`,
  statusColor: p.statusColor,
  description: p.description,
  iconUrl: `${base}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
  name: p.name,
  id: p.id,
});

export const priorityById = (base: string, id: string): Record<string, unknown> => priorityJson(base, priorityOf(id));

const issueTypeJson = (base: string, t: IssueType): Record<string, unknown> => ({
  self: `${base}/rest/api/3/issuetype/${t.id}`,
  id: t.id,
  description: t.description,
  iconUrl: `${base}/images/icons/issuetypes/${t.id}.svg`,
  name: t.name,
  subtask: false,
  hierarchyLevel: 0,
});

export const issueTypeById = (base: string, id: string): Record<string, unknown> => issueTypeJson(base, issueTypeOf(id));

/** The short project reference embedded in issues. */
export const projectRef = (base: string): Record<string, unknown> => ({
  self: `${base}/rest/api/3/project/${PROJECT.id}`,
  id: PROJECT.id,
  key: PROJECT.key,
  name: PROJECT.name,
  projectTypeKey: 'service_desk',
  simplified: false,
  avatarUrls: avatarUrls(base, `project-${PROJECT.id}`),
});

export const projectJson = (base: string, lead: Account | undefined): Record<string, unknown> => ({
  expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
  self: `${base}/rest/api/3/project/${PROJECT.id}`,
  id: PROJECT.id,
  key: PROJECT.key,
  name: PROJECT.name,
  description: 'IT support service desk (技术支持服务台).',
  ...(lead === undefined ? {} : { lead: userBean(base, lead, undefined) }),
  issueTypes: ISSUE_TYPES.map((t) => issueTypeJson(base, t)),
  assigneeType: 'UNASSIGNED',
  avatarUrls: avatarUrls(base, `project-${PROJECT.id}`),
  projectTypeKey: 'service_desk',
  simplified: false,
  style: 'classic',
  isPrivate: false,
  properties: {},
});

export const serviceDeskDto = (base: string): Record<string, unknown> => ({
  id: SERVICE_DESK.id,
  projectId: PROJECT.id,
  projectName: PROJECT.name,
  projectKey: PROJECT.key,
  _links: { self: `${base}/rest/servicedeskapi/servicedesk/${SERVICE_DESK.id}` },
});

export const requestTypeDto = (base: string, rt: RequestType): Record<string, unknown> => ({
  _links: { self: `${base}/rest/servicedeskapi/servicedesk/${SERVICE_DESK.id}/requesttype/${rt.id}` },
  id: rt.id,
  name: rt.name,
  description: rt.description,
  helpText: '',
  issueTypeId: ISSUE_TYPES[0]?.id ?? '10001',
  serviceDeskId: SERVICE_DESK.id,
  portalId: SERVICE_DESK.portalId,
  groupIds: [],
  icon: { id: `100${rt.id}`, _links: { iconUrls: {} } },
  restrictionStatus: 'OPEN',
  canCreateRequest: true,
});

/** The "Customer Request Type" field value as issue fields carry it. */
export const requestTypeFieldValue = (base: string, rt: RequestType, status: Status): Record<string, unknown> => ({
  _links: { jiraRest: `${base}/rest/api/2/issue`, web: `${base}/servicedesk/customer/portal/${SERVICE_DESK.portalId}`, self: `${base}/rest/servicedeskapi/request` },
  requestType: requestTypeDto(base, rt),
  currentStatus: { status: status.name, statusCategory: jsmStatusCategory(status) },
});

/** JSM names status categories in capitals: NEW, INDETERMINATE, DONE. */
export const jsmStatusCategory = (status: Status): 'NEW' | 'INDETERMINATE' | 'DONE' =>
  status.categoryKey === 'new' ? 'NEW' : status.categoryKey === 'done' ? 'DONE' : 'INDETERMINATE';
