import { z } from 'zod';
import { ACCOUNTS, GROUPS, findAccount, findAccountByEmail, groupsOf, type Account } from '../accounts';
import { ISSUE_LINK_TYPES, PRIORITIES, DEFAULT_PRIORITY_ID, PROJECT, STATUSES, STATUS_CATEGORIES } from '../catalog';
import { PERMISSIONS, findPermission, holds, viewerOf, type Viewer } from '../permissions';
import { priorityJson, projectJson, statusCategoryJson, statusJson, userBean, userDetails } from '../representations';
import { issueByIdOrKey } from '../store';
import { intParam, listParam, parseBody, requirePermission } from './guards';
import { RestError, badRequest, notFound, ok } from './rest-error';
import { route, type Route, type RouteContext } from './route';

/** Users, groups, permissions and the site's reference data (priorities, statuses, project, link types). */

const userNotFound = (): RestError => notFound('Specified user does not exist or you do not have required permissions');

const matchesQuery = (a: Account, query: string): boolean => {
  const q = query.trim().toLowerCase();
  return q === '' || a.displayName.toLowerCase().includes(q) || a.email.includes(q) || a.accountId === query;
};

const humans = (): Account[] => ACCOUNTS.filter((a) => a.accountType !== 'app');

const groupOf = (ctx: RouteContext): (typeof GROUPS)[number] => {
  const name = ctx.query.get('groupname');
  const id = ctx.query.get('groupId');
  if (name === null && id === null) throw badRequest('groupname', 'You must specify a group name or group id.');
  const g = GROUPS.find((x) => x.name === name || x.groupId === id);
  if (g === undefined) throw notFound(`Group '${name ?? id ?? ''}' does not exist.`);
  return g;
};

/** Rejects project/issue scopes that do not exist, as `mypermissions` does. */
const checkScope = (ctx: RouteContext): void => {
  const projectKey = ctx.query.get('projectKey');
  const projectId = ctx.query.get('projectId');
  if (projectKey !== null && projectKey.toUpperCase() !== PROJECT.key) throw notFound(`No project could be found with key '${projectKey}'.`);
  if (projectId !== null && projectId !== PROJECT.id) throw notFound(`No project could be found with id '${projectId}'.`);
  const issue = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  if (issue !== null && issueByIdOrKey(ctx.env.db, issue) === undefined) throw notFound(`Issue '${issue}' does not exist.`);
};

const checkBody = z.object({
  accountId: z.string().optional(),
  globalPermissions: z.array(z.string()).optional(),
  projectPermissions: z.array(z.object({
    permissions: z.array(z.string()),
    projects: z.array(z.number().int()).optional(),
    issues: z.array(z.number().int()).optional(),
  })).optional(),
});

const subjectOf = (ctx: RouteContext, accountId: string | undefined): Viewer => {
  if (accountId === undefined) return ctx.viewer;
  if (!holds(ctx.viewer, 'ADMINISTER')) throw new RestError(403, ['Only Jira administrators and apps can check the permissions of other users.']);
  const subject = viewerOf({ kind: 'user', accountId });
  if (subject.kind !== 'user') throw badRequest('accountId', `The user '${accountId}' does not exist.`);
  return subject;
};

export const directoryRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/myself', (ctx) => {
    const me = ctx.viewer.kind === 'user' ? ctx.viewer.account : findAccount(ctx.actor);
    if (me === undefined) throw userNotFound();
    return ok(userBean(ctx.env.baseUrl, me, groupsOf(me.accountId).map((g) => g.name)));
  }),

  route('GET', '/rest/api/3/user', (ctx) => {
    const id = ctx.query.get('accountId');
    if (id === null) throw badRequest('accountId', 'The accountId query parameter needs to be provided.');
    const account = findAccount(id);
    if (account === undefined) throw userNotFound();
    const withGroups = listParam(ctx.query, 'expand').includes('groups');
    return ok(userBean(ctx.env.baseUrl, account, withGroups ? groupsOf(account.accountId).map((g) => g.name) : undefined));
  }),

  route('GET', '/rest/api/3/user/search', (ctx) => {
    requirePermission(ctx, 'USER_PICKER', 'You do not have the Browse users and groups permission.');
    const query = ctx.query.get('query') ?? '';
    const accountId = ctx.query.get('accountId');
    if (query === '' && accountId === null) throw badRequest('query', 'One of query or accountId must be specified.');
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 50, 1000);
    const found = humans().filter((a) => (accountId === null || a.accountId === accountId) && matchesQuery(a, query));
    return ok(found.slice(startAt, startAt + maxResults).map((a) => userBean(ctx.env.baseUrl, a, undefined)));
  }),

  route('GET', '/rest/api/3/users/search', (ctx) => {
    requirePermission(ctx, 'USER_PICKER', 'You do not have the Browse users and groups permission.');
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 50, 1000);
    return ok(ACCOUNTS.slice(startAt, startAt + maxResults).map((a) => userBean(ctx.env.baseUrl, a, undefined)));
  }),

  route('GET', '/rest/api/3/group/member', (ctx) => {
    requirePermission(ctx, 'USER_PICKER', 'You do not have the Browse users and groups permission.');
    const g = groupOf(ctx);
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 50, 50);
    const members = g.members.map((id) => findAccount(id)).filter((a): a is Account => a !== undefined);
    const values = members.slice(startAt, startAt + maxResults).map((a) => userDetails(ctx.env.baseUrl, a));
    return ok({
      self: `${ctx.env.baseUrl}/rest/api/3/group/member?groupId=${g.groupId}&startAt=${startAt}&maxResults=${maxResults}`,
      maxResults, startAt, total: members.length, isLast: startAt + maxResults >= members.length, values,
    });
  }),

  route('GET', '/rest/api/3/groups/picker', (ctx) => {
    const query = (ctx.query.get('query') ?? '').toLowerCase();
    const maxResults = intParam(ctx.query, 'maxResults', 20, 1000);
    const accountId = ctx.query.get('accountId');
    const found = GROUPS.filter((g) => g.name.includes(query) && (accountId === null || g.members.includes(accountId)));
    const groups = found.slice(0, maxResults).map((g) => ({ name: g.name, html: g.name, groupId: g.groupId, labels: [] }));
    return ok({ header: `Showing ${groups.length} of ${found.length} matching groups`, total: found.length, groups });
  }),

  route('GET', '/rest/api/3/group/bulk', (ctx) => {
    requirePermission(ctx, 'USER_PICKER', 'You do not have the Browse users and groups permission.');
    const names = ctx.query.getAll('groupName');
    const ids = ctx.query.getAll('groupId');
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 50, 50);
    const found = GROUPS.filter((g) => (names.length === 0 && ids.length === 0) || names.includes(g.name) || ids.includes(g.groupId));
    return ok({
      maxResults, startAt, total: found.length, isLast: startAt + maxResults >= found.length,
      values: found.slice(startAt, startAt + maxResults).map((g) => ({ name: g.name, groupId: g.groupId })),
    });
  }),

  route('GET', '/rest/api/3/mypermissions', (ctx) => {
    const keys = listParam(ctx.query, 'permissions');
    if (keys.length === 0) throw badRequest('permissions', 'The permissions query parameter is required.');
    checkScope(ctx);
    const permissions: Record<string, unknown> = {};
    for (const key of keys) {
      const p = findPermission(key);
      if (p === undefined) throw notFound(`The permission with key '${key}' does not exist.`);
      permissions[key] = { id: String(PERMISSIONS.indexOf(p) + 1), key: p.key, name: p.name, type: p.type, description: p.description, havePermission: holds(ctx.viewer, key) };
    }
    return ok({ permissions });
  }),

  route('POST', '/rest/api/3/permissions/check', (ctx) => {
    const body = parseBody(checkBody, ctx.body);
    const subject = subjectOf(ctx, body.accountId);
    for (const key of [...(body.globalPermissions ?? []), ...(body.projectPermissions ?? []).flatMap((p) => p.permissions)]) {
      if (findPermission(key) === undefined) throw badRequest('permissions', `Unrecognized permission: ${key}`);
    }
    return ok({
      globalPermissions: (body.globalPermissions ?? []).filter((k) => holds(subject, k)),
      projectPermissions: (body.projectPermissions ?? []).flatMap((pp) => pp.permissions.map((permission) => {
        const granted = holds(subject, permission);
        const issues = (pp.issues ?? []).filter((id) => granted && issueByIdOrKey(ctx.env.db, String(id)) !== undefined);
        const projects = (pp.projects ?? []).filter((id) => granted && String(id) === PROJECT.id);
        return { permission, issues, projects };
      })),
    });
  }),

  route('GET', '/rest/api/3/priority', (ctx) => ok(PRIORITIES.map((p) => ({ ...priorityJson(ctx.env.baseUrl, p), isDefault: p.id === DEFAULT_PRIORITY_ID })))),

  route('GET', '/rest/api/3/priority/search', (ctx) => {
    const values = PRIORITIES.map((p) => ({ ...priorityJson(ctx.env.baseUrl, p), isDefault: p.id === DEFAULT_PRIORITY_ID }));
    return ok({ maxResults: 50, startAt: 0, total: values.length, isLast: true, values });
  }),

  route('GET', '/rest/api/3/status', (ctx) => ok(STATUSES.map((s) => statusJson(ctx.env.baseUrl, s)))),

  route('GET', '/rest/api/3/statuses', (ctx) => {
    const ids = listParam(ctx.query, 'id');
    const chosen = ids.length === 0 ? STATUSES : STATUSES.filter((s) => ids.includes(s.id));
    return ok(chosen.map((s) => ({
      id: s.id, name: s.name, description: '',
      statusCategory: s.categoryKey === 'new' ? 'TODO' : s.categoryKey === 'done' ? 'DONE' : 'IN_PROGRESS',
      scope: { type: 'GLOBAL' },
    })));
  }),

  route('GET', '/rest/api/3/statuscategory', (ctx) => ok(STATUS_CATEGORIES.map((c) => statusCategoryJson(ctx.env.baseUrl, c)))),

  route('GET', '/rest/api/3/project/{projectIdOrKey}', (ctx) => {
    const v = ctx.params.projectIdOrKey ?? '';
    if (v !== PROJECT.id && v.toUpperCase() !== PROJECT.key) throw notFound(`No project could be found with key '${v}'.`);
    return ok(projectJson(ctx.env.baseUrl, findAccountByEmail(PROJECT.leadEmail)));
  }),

  route('GET', '/rest/api/3/issueLinkType', (ctx) => ok({
    issueLinkTypes: ISSUE_LINK_TYPES.map((t) => ({ ...t, self: `${ctx.env.baseUrl}/rest/api/3/issueLinkType/${t.id}` })),
  })),
];
