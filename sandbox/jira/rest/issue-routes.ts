import { z } from 'zod';
import { REQUEST_TYPE_FIELD_ID, DEFAULT_PRIORITY_ID, findLinkType } from '../catalog';
import { GROUPS, findAccount } from '../accounts';
import { labelsOf } from '../event-payloads';
import { isAgentOrAbove } from '../permissions';
import { changelogOf, commentsOf, issueByIdOrKey, participantsOf, propertiesOf, propertyOf } from '../store';
import {
  accountRef, adfDoc, idOrKeyRef, idOrNameRef, resolveAssignee, resolveIssueType, resolvePriority, resolveProject, resolveRequestType, resolveUser,
} from './field-inputs';
import { intParam, listParam, parseBody, platformIssue, requirePermission } from './guards';
import { changelogJson, commentJson, issueJson, selectFields, transitionJson } from './issue-json';
import { RestError, badRequest, badRequestMessage, noContent, notFound, ok } from './rest-error';
import { route, type Route, type RouteContext } from './route';

/** `/rest/api/3/issue/**`, `/issueLink`: the platform issue API. */

const SETTABLE_FIELDS = new Set(['project', 'issuetype', 'summary', 'description', 'priority', 'assignee', 'reporter', 'labels', REQUEST_TYPE_FIELD_ID]);

const propertyInput = z.object({ key: z.string().min(1).max(255), value: z.unknown() });

const linkAdd = z.object({
  add: z.object({ type: idOrNameRef, inwardIssue: idOrKeyRef.optional(), outwardIssue: idOrKeyRef.optional() }),
});

const createBody = z.object({
  fields: z.record(z.string(), z.unknown()),
  update: z.object({ issuelinks: z.array(linkAdd).optional() }).loose().optional(),
  properties: z.array(propertyInput).optional(),
});

const createFields = z.object({
  project: idOrKeyRef,
  issuetype: idOrNameRef,
  summary: z.string().min(1, 'You must specify a summary of the issue.').max(255, 'Summary must be less than 255 characters.'),
  description: adfDoc.nullable().optional(),
  priority: idOrNameRef.optional(),
  assignee: accountRef.optional(),
  reporter: z.object({ accountId: z.string() }).optional(),
  labels: z.array(z.string().regex(/^\S+$/, 'Labels cannot contain spaces.')).optional(),
  [REQUEST_TYPE_FIELD_ID]: z.string().optional(),
});

const editBody = z.object({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.object({
    labels: z.array(z.object({ add: z.string().optional(), remove: z.string().optional(), set: z.array(z.string()).optional() })).optional(),
    // The edit screen's comment field: `add` posts a comment with the edit (public on a JSM request unless flagged).
    comment: z.array(z.object({ add: z.object({ body: adfDoc, properties: z.array(propertyInput).optional() }) })).optional(),
  }).optional(),
  // IssueUpdateDetails.properties: issue properties set in the same edit (EntityProperty: key and value).
  properties: z.array(propertyInput).optional(),
});

const editFields = createFields.omit({ project: true, issuetype: true, [REQUEST_TYPE_FIELD_ID]: true }).partial();

const VALUE_LIMIT = 32_768;

const checkUnknownFields = (fields: Readonly<Record<string, unknown>>): void => {
  for (const k of Object.keys(fields)) {
    if (!SETTABLE_FIELDS.has(k)) throw badRequest(k, `Field '${k}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
};

const linkTarget = (ctx: RouteContext, ref: z.infer<typeof idOrKeyRef> | undefined, field: string): number => {
  const idOrKey = ref?.key ?? ref?.id;
  const target = idOrKey === undefined ? undefined : issueByIdOrKey(ctx.env.db, idOrKey);
  if (target === undefined) throw badRequest(field, `Issue '${idOrKey ?? ''}' does not exist.`);
  return target.id;
};

const createIssue = (ctx: RouteContext): ReturnType<Route['handle']> => {
  requirePermission(ctx, 'CREATE_ISSUES', 'You do not have permission to create issues in this project.');
  const body = parseBody(createBody, ctx.body);
  checkUnknownFields(body.fields);
  const f = parseBody(createFields, body.fields);
  resolveProject(f.project);
  const issueTypeId = resolveIssueType(f.issuetype);
  const links = (body.update?.issuelinks ?? []).map((l) => {
    const type = findLinkType(l.add.type.name ?? l.add.type.id ?? '');
    if (type === undefined) throw badRequest('issuelinks', 'No issue link type with name or id found.');
    return { type: type.name, inward: l.add.inwardIssue, outward: l.add.outwardIssue };
  });
  const resolvedLinks = links.map((l) => ({
    type: l.type,
    inward: l.inward === undefined ? undefined : linkTarget(ctx, l.inward, 'issuelinks'),
    outward: l.outward === undefined ? undefined : linkTarget(ctx, l.outward, 'issuelinks'),
  }));
  for (const p of body.properties ?? []) {
    if (JSON.stringify(p.value).length > VALUE_LIMIT) throw badRequest('properties', `The property '${p.key}' exceeds the ${VALUE_LIMIT} character limit.`);
  }
  const issue = ctx.env.service.create(ctx.actor, {
    issueTypeId,
    summary: f.summary,
    description: f.description ?? null,
    priorityId: f.priority === undefined ? DEFAULT_PRIORITY_ID : resolvePriority(f.priority),
    reporter: f.reporter === undefined ? ctx.actor : resolveUser('reporter', f.reporter.accountId),
    assignee: resolveAssignee('assignee', f.assignee?.accountId),
    labels: f.labels ?? [],
    requestTypeId: f[REQUEST_TYPE_FIELD_ID] === undefined ? null : resolveRequestType(f[REQUEST_TYPE_FIELD_ID]),
    channel: 'api',
    properties: body.properties ?? [],
    participants: [],
  });
  for (const l of resolvedLinks) {
    // The new issue fills whichever side of the link the request leaves open.
    ctx.env.service.link(l.type, l.inward ?? issue.id, l.outward ?? issue.id);
  }
  return ok({ id: String(issue.id), key: issue.key, self: `${ctx.env.baseUrl}/rest/api/3/issue/${issue.id}` }, 201);
};

const getIssue = (ctx: RouteContext): ReturnType<Route['handle']> => {
  const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
  const fieldsParam = listParam(ctx.query, 'fields');
  return ok(issueJson(ctx.env.db, ctx.env.service, issue, {
    base: ctx.env.baseUrl,
    timeZone: ctx.timeZone,
    fields: selectFields(fieldsParam, true),
    properties: listParam(ctx.query, 'properties'),
    expand: listParam(ctx.query, 'expand'),
  }));
};

const editIssue = (ctx: RouteContext): ReturnType<Route['handle']> => {
  const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
  requirePermission(ctx, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
  const body = parseBody(editBody, ctx.body);
  const fields = body.fields ?? {};
  checkUnknownFields(fields);
  for (const k of ['project', 'issuetype', REQUEST_TYPE_FIELD_ID]) {
    if (k in fields) throw badRequest(k, `Field '${k}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
  const f = parseBody(editFields, fields);
  // Like Jira, assigning through the edit needs the assign permission as well as edit.
  if (f.assignee !== undefined) requirePermission(ctx, 'ASSIGN_ISSUES', 'You do not have permission to assign issues.');
  // Every property is checked before anything changes: a bad one rejects the whole edit.
  for (const p of body.properties ?? []) {
    if (JSON.stringify(p.value ?? null).length > VALUE_LIMIT) throw badRequest('properties', `The property '${p.key}' exceeds the ${VALUE_LIMIT} character limit.`);
  }
  // Comments added with the edit are checked, like everything else, before anything changes.
  const comments = body.update?.comment ?? [];
  if (comments.length > 0) requirePermission(ctx, 'ADD_COMMENTS', 'You do not have permission to comment on this issue.');
  const commentInternal = comments.map((c) => isInternal(c.add.properties));
  let labels = f.labels;
  for (const op of body.update?.labels ?? []) {
    const current = labels ?? labelsOf(issue);
    labels = op.set ?? (op.add !== undefined ? [...new Set([...current, op.add])] : current.filter((l) => l !== op.remove));
  }
  ctx.env.service.edit(ctx.actor, issue.id, {
    ...(f.summary === undefined ? {} : { summary: f.summary }),
    ...(f.description === undefined ? {} : { description: f.description }),
    ...(f.priority === undefined ? {} : { priorityId: resolvePriority(f.priority) }),
    ...(f.assignee === undefined ? {} : { assignee: resolveAssignee('assignee', f.assignee?.accountId) }),
    ...(f.reporter === undefined ? {} : { reporter: resolveUser('reporter', f.reporter.accountId) }),
    ...(labels === undefined ? {} : { labels }),
  });
  for (const p of body.properties ?? []) ctx.env.service.setProperty(issue.id, p.key, p.value ?? null);
  comments.forEach((c, i) => ctx.env.service.comment(ctx.actor, issue.id, c.add.body, commentInternal[i] ?? false));
  return noContent();
};

const transitionBody = z.object({
  transition: z.object({ id: z.string({ error: 'Transition id must be specified.' }) }),
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.object({ comment: z.array(z.object({ add: z.object({ body: adfDoc }) })).optional() }).loose().optional(),
  // IssueUpdateDetails.properties: set with the transition, and only when the transition is made.
  properties: z.array(propertyInput).optional(),
});

const commentBody = z.object({
  body: adfDoc,
  properties: z.array(propertyInput).optional(),
  visibility: z.unknown().optional(),
});

const internalFlag = z.object({ internal: z.boolean() });

const isInternal = (properties: readonly z.infer<typeof propertyInput>[] | undefined): boolean => {
  const flag = properties?.find((p) => p.key === 'sd.public.comment');
  if (flag === undefined) return false;
  const parsed = internalFlag.safeParse(flag.value);
  if (!parsed.success) throw badRequest('properties', "The 'sd.public.comment' property must be {\"internal\": true|false}.");
  return parsed.data.internal;
};

const assigneeBody = z.object({ accountId: z.string().nullable() });

const notifyBody = z.object({
  subject: z.string().optional(),
  textBody: z.string().optional(),
  htmlBody: z.string().optional(),
  to: z.object({
    reporter: z.boolean().optional(),
    assignee: z.boolean().optional(),
    watchers: z.boolean().optional(),
    voters: z.boolean().optional(),
    users: z.array(z.object({ accountId: z.string() })).optional(),
    groups: z.array(z.object({ name: z.string().optional(), groupId: z.string().optional() })).optional(),
  }).optional(),
});

const linkBody = z.object({
  type: idOrNameRef,
  inwardIssue: idOrKeyRef,
  outwardIssue: idOrKeyRef,
  comment: z.unknown().optional(),
});

export const issueRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/issue', createIssue),
  route('GET', '/rest/api/3/issue/{issueIdOrKey}', getIssue),
  route('PUT', '/rest/api/3/issue/{issueIdOrKey}', editIssue),

  route('DELETE', '/rest/api/3/issue/{issueIdOrKey}', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'DELETE_ISSUES', 'You do not have permission to delete issues in this project.');
    ctx.env.service.delete(ctx.actor, issue.id);
    return noContent();
  }),

  route('GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    const transitions = ctx.env.service.availableTransitions(issue, false).map((t) => transitionJson(ctx.env.baseUrl, t.id, t.name, t.to));
    return ok({ expand: 'transitions', transitions });
  }),

  route('POST', '/rest/api/3/issue/{issueIdOrKey}/transitions', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.');
    const body = parseBody(transitionBody, ctx.body);
    for (const p of body.properties ?? []) {
      if (JSON.stringify(p.value ?? null).length > VALUE_LIMIT) throw badRequest('properties', `The property '${p.key}' exceeds the ${VALUE_LIMIT} character limit.`);
    }
    const result = ctx.env.service.transition(ctx.actor, issue.id, body.transition.id, false);
    if (!result.ok) throw badRequestMessage(result.message);
    for (const p of body.properties ?? []) ctx.env.service.setProperty(issue.id, p.key, p.value ?? null);
    for (const c of body.update?.comment ?? []) ctx.env.service.comment(ctx.actor, issue.id, c.add.body, false);
    return noContent();
  }),

  route('GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 100, 100);
    const all = changelogOf(ctx.env.db, issue.id);
    const values = all.slice(startAt, startAt + maxResults).map((c) => changelogJson(c, { base: ctx.env.baseUrl, timeZone: ctx.timeZone }));
    return ok({
      self: `${ctx.env.baseUrl}/rest/api/3/issue/${issue.id}/changelog?startAt=${startAt}&maxResults=${maxResults}`,
      maxResults, startAt, total: all.length, isLast: startAt + maxResults >= all.length, values,
    });
  }),

  route('GET', '/rest/api/3/issue/{issueIdOrKey}/comment', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    const startAt = intParam(ctx.query, 'startAt', 0, Number.MAX_SAFE_INTEGER);
    const maxResults = intParam(ctx.query, 'maxResults', 100, 5000);
    const all = commentsOf(ctx.env.db, issue.id);
    if (ctx.query.get('orderBy') === '-created') all.reverse();
    const view = { base: ctx.env.baseUrl, issueId: issue.id, timeZone: ctx.timeZone, withProperties: listParam(ctx.query, 'expand').includes('properties') };
    return ok({ startAt, maxResults, total: all.length, comments: all.slice(startAt, startAt + maxResults).map((c) => commentJson(c, view)) });
  }),

  route('POST', '/rest/api/3/issue/{issueIdOrKey}/comment', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'ADD_COMMENTS', 'You do not have permission to comment on this issue.');
    const body = parseBody(commentBody, ctx.body);
    const comment = ctx.env.service.comment(ctx.actor, issue.id, body.body, isInternal(body.properties));
    return ok(commentJson(comment, { base: ctx.env.baseUrl, issueId: issue.id, timeZone: ctx.timeZone, withProperties: body.properties !== undefined }), 201);
  }),

  route('GET', '/rest/api/3/issue/{issueIdOrKey}/properties', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    const keys = propertiesOf(ctx.env.db, issue.id).map((p) => ({ key: p.key, self: `${ctx.env.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(p.key)}` }));
    return ok({ keys });
  }),

  route('GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    const key = ctx.params.propertyKey ?? '';
    const p = propertyOf(ctx.env.db, issue.id, key);
    if (p === undefined) throw notFound(`The property with key '${key}' does not exist.`);
    const value: unknown = JSON.parse(p.value);
    return ok({ key: p.key, value });
  }),

  route('PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const key = ctx.params.propertyKey ?? '';
    if (key.length > 255) throw badRequest('propertyKey', 'The property key cannot be longer than 255 characters.');
    if (ctx.body === undefined) throw badRequest('value', 'The property value must be valid JSON.');
    if (JSON.stringify(ctx.body).length > VALUE_LIMIT) throw badRequest('value', `The property value cannot be longer than ${VALUE_LIMIT} characters.`);
    const created = ctx.env.service.setProperty(issue.id, key, ctx.body);
    return ok(undefined, created ? 201 : 200);
  }),

  route('DELETE', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const key = ctx.params.propertyKey ?? '';
    if (!ctx.env.service.deleteProperty(issue.id, key)) throw notFound(`The property with key '${key}' does not exist.`);
    return noContent();
  }),

  route('PUT', '/rest/api/3/issue/{issueIdOrKey}/assignee', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    requirePermission(ctx, 'ASSIGN_ISSUES', 'You do not have permission to assign issues.');
    const body = parseBody(assigneeBody, ctx.body);
    ctx.env.service.edit(ctx.actor, issue.id, { assignee: resolveAssignee('accountId', body.accountId) });
    return noContent();
  }),

  route('POST', '/rest/api/3/issue/{issueIdOrKey}/notify', (ctx) => {
    const issue = platformIssue(ctx, ctx.params.issueIdOrKey);
    if (!isAgentOrAbove(ctx.viewer)) throw new RestError(403, ['You do not have permission to notify users of this issue.']);
    const body = parseBody(notifyBody, ctx.body);
    const to = body.to ?? { reporter: true, assignee: true, watchers: true };
    const recipients = new Set<string>();
    if (to.reporter === true) recipients.add(issue.reporter);
    if (to.assignee === true && issue.assignee !== null) recipients.add(issue.assignee);
    if (to.watchers === true) for (const p of participantsOf(ctx.env.db, issue.id)) recipients.add(p);
    for (const u of to.users ?? []) recipients.add(resolveUser('to.users', u.accountId));
    for (const g of to.groups ?? []) {
      const group = GROUPS.find((x) => x.name === g.name || x.groupId === g.groupId);
      if (group === undefined) throw badRequest('to.groups', `Group '${g.name ?? g.groupId ?? ''}' does not exist.`);
      for (const m of group.members) recipients.add(m);
    }
    if (recipients.size === 0) throw badRequestMessage('The notification has no recipients.');
    const subject = body.subject ?? `[${issue.key}] ${issue.summary}`;
    for (const r of recipients) {
      const email = findAccount(r)?.email ?? r;
      ctx.env.service.recordNotification(email, subject, { issueKey: issue.key, textBody: body.textBody ?? null, htmlBody: body.htmlBody ?? null });
    }
    return noContent();
  }),

  route('POST', '/rest/api/3/issueLink', (ctx) => {
    requirePermission(ctx, 'LINK_ISSUES', 'You do not have permission to link issues.');
    const body = parseBody(linkBody, ctx.body);
    const type = findLinkType(body.type.name ?? body.type.id ?? '');
    if (type === undefined) throw notFound('No issue link type with name or id found.');
    const inward = platformIssue(ctx, body.inwardIssue.key ?? body.inwardIssue.id);
    const outward = platformIssue(ctx, body.outwardIssue.key ?? body.outwardIssue.id);
    ctx.env.service.link(type.name, inward.id, outward.id);
    return ok(undefined, 201);
  }),
];
