import { z } from 'zod';
import { findAccount, findAccountByEmail } from '../accounts';
import { DEFAULT_PRIORITY_ID, ISSUE_TYPES, PRIORITIES, REQUEST_TYPES, SERVICE_DESK, STATUSES, findRequestType } from '../catalog';
import { isAdfDoc, textToAdf } from '../adf';
import { canViewRequest, isAgentOrAbove } from '../permissions';
import { requestTypeDto, serviceDeskDto } from '../representations';
import { commentsOf, feedbackOf, issueByIdOrKey, participantsOf, type IssueRow } from '../store';
import { resolvePriority } from './field-inputs';
import { intParam, listParam, parseBody } from './guards';
import { commentDto, paged, requestJson, usersDto } from './request-json';
import { RestError, badRequest, forbidden, noContent, notFound, ok } from './rest-error';
import { route, type Route, type RouteContext } from './route';

/** `/rest/servicedeskapi/**`: the JSM customer-facing API, with portal visibility (reporter / participants). */

const requestNotFound = (): RestError => notFound('The request does not exist or you do not have permission to see it.');

const visibleRequest = (ctx: RouteContext, idOrKey: string | undefined): IssueRow => {
  const issue = idOrKey === undefined ? undefined : issueByIdOrKey(ctx.env.db, idOrKey);
  if (issue === undefined || issue.request_type_id === null) throw requestNotFound();
  if (!canViewRequest(ctx.viewer, issue, participantsOf(ctx.env.db, issue.id))) throw requestNotFound();
  return issue;
};

const serviceDeskOf = (id: string | undefined): void => {
  if (id !== SERVICE_DESK.id) throw notFound(`Service desk '${id ?? ''}' does not exist.`);
};

const pageParams = (ctx: RouteContext): { start: number; limit: number } => ({
  start: intParam(ctx.query, 'start', 0, Number.MAX_SAFE_INTEGER),
  limit: intParam(ctx.query, 'limit', 50, 100),
});

const accountFrom = (field: string, idOrEmail: string): string => {
  const a = findAccount(idOrEmail) ?? findAccountByEmail(idOrEmail);
  if (a === undefined) throw badRequest(field, `The user '${idOrEmail}' does not exist.`);
  return a.accountId;
};

const createBody = z.object({
  serviceDeskId: z.string({ error: 'serviceDeskId is required.' }),
  requestTypeId: z.string({ error: 'requestTypeId is required.' }),
  requestFieldValues: z.record(z.string(), z.unknown()),
  raiseOnBehalfOf: z.string().optional(),
  requestParticipants: z.array(z.string()).optional(),
  channel: z.string().optional(),
  isAdfRequest: z.boolean().optional(),
  form: z.unknown().optional(),
});

const fieldValues = z.object({
  summary: z.string({ error: 'Summary is required.' }).min(1, 'Summary is required.').max(255, 'Summary must be less than 255 characters.'),
  description: z.unknown().optional(),
  priority: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
  labels: z.array(z.string()).optional(),
}).strict();

const participantsBody = z.object({ accountIds: z.array(z.string()).optional(), usernames: z.array(z.string()).optional() });
const commentBody = z.object({ body: z.string().min(1, 'Comment body is required.'), public: z.boolean() });
const transitionBody = z.object({ id: z.string({ error: 'Transition id is required.' }), additionalComment: z.object({ body: z.string() }).optional() });
const feedbackBody = z.object({
  type: z.literal('csat').optional(),
  rating: z.number().int().min(1, 'The rating must be between 1 and 5.').max(5, 'The rating must be between 1 and 5.'),
  comment: z.object({ body: z.string() }).optional(),
});

const REQUEST_FIELDS = [
  { fieldId: 'summary', name: 'Summary', required: true, jiraSchema: { type: 'string', system: 'summary' } },
  { fieldId: 'description', name: 'Description', required: false, jiraSchema: { type: 'string', system: 'description' } },
  { fieldId: 'priority', name: 'Priority', required: false, jiraSchema: { type: 'priority', system: 'priority' } },
];

const createRequest = (ctx: RouteContext): ReturnType<Route['handle']> => {
  const body = parseBody(createBody, ctx.body);
  serviceDeskOf(body.serviceDeskId);
  const rt = findRequestType(body.requestTypeId);
  if (rt === undefined) throw badRequest('requestTypeId', `Request type '${body.requestTypeId}' does not exist in service desk ${SERVICE_DESK.id}.`);
  const values = parseBody(fieldValues, body.requestFieldValues);
  const agent = isAgentOrAbove(ctx.viewer);
  if (body.raiseOnBehalfOf !== undefined && !agent) throw forbidden('You do not have permission to raise a request on behalf of another customer.');
  const reporter = body.raiseOnBehalfOf === undefined ? ctx.actor : accountFrom('raiseOnBehalfOf', body.raiseOnBehalfOf);
  let description = null;
  if (values.description !== undefined && values.description !== null) {
    if (body.isAdfRequest === true) {
      if (!isAdfDoc(values.description)) throw badRequest('description', 'The description must be an ADF document when isAdfRequest is true.');
      description = values.description;
    } else {
      if (typeof values.description !== 'string') throw badRequest('description', 'The description must be a string.');
      description = textToAdf(values.description);
    }
  }
  const issue = ctx.env.service.create(ctx.actor, {
    issueTypeId: ISSUE_TYPES[0]?.id ?? '10001',
    summary: values.summary,
    description,
    priorityId: values.priority === undefined ? DEFAULT_PRIORITY_ID : resolvePriority(values.priority),
    reporter,
    assignee: null,
    labels: values.labels ?? [],
    requestTypeId: rt.id,
    channel: body.channel ?? 'portal',
    properties: [],
    participants: (body.requestParticipants ?? []).map((p) => accountFrom('requestParticipants', p)),
  });
  return ok(requestJson(ctx.env.db, ctx.env.baseUrl, issue, ctx.timeZone, []), 201);
};

const listRequests = (ctx: RouteContext): ReturnType<Route['handle']> => {
  const { start, limit } = pageParams(ctx);
  const ownership = ctx.query.get('requestOwnership') ?? 'DEFAULT';
  const status = ctx.query.get('requestStatus') ?? 'ALL_REQUESTS';
  if (!['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS', 'ALL_REQUESTS', 'DEFAULT'].includes(ownership)) {
    throw badRequest('requestOwnership', `The requestOwnership '${ownership}' is not supported by the sandbox (OWNED_REQUESTS, PARTICIPATED_REQUESTS, ALL_REQUESTS).`);
  }
  if (!['OPEN_REQUESTS', 'CLOSED_REQUESTS', 'ALL_REQUESTS'].includes(status)) throw badRequest('requestStatus', `Unknown requestStatus '${status}'.`);
  const serviceDeskId = ctx.query.get('serviceDeskId');
  if (serviceDeskId !== null) serviceDeskOf(serviceDeskId);
  const requestTypeId = ctx.query.get('requestTypeId');
  const searchTerm = ctx.query.get('searchTerm') ?? '';
  const me = ctx.viewer.kind === 'user' ? ctx.viewer.account.accountId : '';
  const owned = 'i.reporter = ?';
  const participated = 'i.id IN (SELECT issue_id FROM participants WHERE account_id = ?)';
  const conditions: string[] = ['i.request_type_id IS NOT NULL'];
  const params: (string | number)[] = [];
  if (ownership === 'OWNED_REQUESTS') {
    conditions.push(owned);
    params.push(me);
  } else if (ownership === 'PARTICIPATED_REQUESTS') {
    conditions.push(participated);
    params.push(me);
  } else if (ownership === 'DEFAULT' || !isAgentOrAbove(ctx.viewer)) {
    // Customers' ALL_REQUESTS is what they can see: their own and those they take part in.
    conditions.push(`(${owned} OR ${participated})`);
    params.push(me, me);
  }
  if (status !== 'ALL_REQUESTS') {
    const done = STATUSES.filter((x) => x.categoryKey === 'done').map((x) => x.id);
    conditions.push(`i.status_id ${status === 'CLOSED_REQUESTS' ? 'IN' : 'NOT IN'} (${done.map(() => '?').join(', ')})`);
    params.push(...done);
  }
  if (requestTypeId !== null) {
    conditions.push('i.request_type_id = ?');
    params.push(requestTypeId);
  }
  if (searchTerm !== '') {
    conditions.push("i.summary LIKE ? ESCAPE '\\'");
    params.push(`%${searchTerm.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  }
  const where = conditions.join(' AND ');
  const total = ctx.env.db.prepare<(string | number)[], { n: number }>(`SELECT COUNT(*) AS n FROM issues i WHERE ${where}`).get(...params)?.n ?? 0;
  const rows = ctx.env.db.prepare<(string | number)[], IssueRow>(`SELECT i.* FROM issues i WHERE ${where} ORDER BY i.id DESC LIMIT ? OFFSET ?`).all(...params, limit, start);
  const expand = listParam(ctx.query, 'expand');
  const values = rows.map((i) => requestJson(ctx.env.db, ctx.env.baseUrl, i, ctx.timeZone, expand));
  return ok(paged(ctx.env.baseUrl, '/rest/servicedeskapi/request', values, start, limit, total));
};

const participantsPage = (ctx: RouteContext, issue: IssueRow, ids: readonly string[]): ReturnType<Route['handle']> => {
  const { start, limit } = pageParams(ctx);
  return ok(paged(ctx.env.baseUrl, `/rest/servicedeskapi/request/${issue.id}/participant`, usersDto(ctx.env.baseUrl, ids.slice(start, start + limit)), start, limit, ids.length));
};

const changeParticipants = (ctx: RouteContext, adding: boolean): ReturnType<Route['handle']> => {
  const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
  const body = parseBody(participantsBody, ctx.body);
  const ids = [...(body.accountIds ?? []), ...(body.usernames ?? [])].map((a) => accountFrom('accountIds', a));
  if (ids.length === 0) throw badRequest('accountIds', 'At least one account id is required.');
  const after = ctx.env.service.setParticipants(ctx.actor, issue.id, adding ? ids : [], adding ? [] : ids);
  return participantsPage(ctx, issue, after);
};

const feedbackJson = (rating: number, comment: string | null): Record<string, unknown> => ({
  type: 'csat', rating, ...(comment === null ? {} : { comment: { body: comment } }),
});

export const servicedeskRoutes: readonly Route[] = [
  route('GET', '/rest/servicedeskapi/servicedesk', (ctx) => ok(paged(ctx.env.baseUrl, '/rest/servicedeskapi/servicedesk', [serviceDeskDto(ctx.env.baseUrl)], 0, 50, 1))),

  route('GET', '/rest/servicedeskapi/servicedesk/{serviceDeskId}', (ctx) => {
    serviceDeskOf(ctx.params.serviceDeskId);
    return ok(serviceDeskDto(ctx.env.baseUrl));
  }),

  route('GET', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype', (ctx) => {
    serviceDeskOf(ctx.params.serviceDeskId);
    const { start, limit } = pageParams(ctx);
    const q = (ctx.query.get('searchQuery') ?? '').toLowerCase();
    const found = REQUEST_TYPES.filter((r) => r.name.toLowerCase().includes(q));
    const values = found.slice(start, start + limit).map((r) => requestTypeDto(ctx.env.baseUrl, r));
    return ok(paged(ctx.env.baseUrl, `/rest/servicedeskapi/servicedesk/${SERVICE_DESK.id}/requesttype`, values, start, limit, found.length));
  }),

  route('GET', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}', (ctx) => {
    serviceDeskOf(ctx.params.serviceDeskId);
    const rt = findRequestType(ctx.params.requestTypeId ?? '');
    if (rt === undefined) throw notFound(`Request type '${ctx.params.requestTypeId ?? ''}' does not exist.`);
    return ok(requestTypeDto(ctx.env.baseUrl, rt));
  }),

  route('GET', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field', (ctx) => {
    serviceDeskOf(ctx.params.serviceDeskId);
    if (findRequestType(ctx.params.requestTypeId ?? '') === undefined) throw notFound(`Request type '${ctx.params.requestTypeId ?? ''}' does not exist.`);
    const agent = isAgentOrAbove(ctx.viewer);
    return ok({
      requestTypeFields: REQUEST_FIELDS.map((f) => ({
        ...f, description: '', visible: true, defaultValues: [], presetValues: [],
        validValues: f.fieldId === 'priority' ? PRIORITIES.map((p) => ({ value: p.id, label: p.name, children: [] })) : [],
      })),
      canRaiseOnBehalfOf: agent,
      canAddRequestParticipants: true,
    });
  }),

  route('GET', '/rest/servicedeskapi/requesttype', (ctx) => {
    const { start, limit } = pageParams(ctx);
    const values = REQUEST_TYPES.slice(start, start + limit).map((r) => requestTypeDto(ctx.env.baseUrl, r));
    return ok(paged(ctx.env.baseUrl, '/rest/servicedeskapi/requesttype', values, start, limit, REQUEST_TYPES.length));
  }),

  route('POST', '/rest/servicedeskapi/request', createRequest),
  route('GET', '/rest/servicedeskapi/request', listRequests),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    return ok(requestJson(ctx.env.db, ctx.env.baseUrl, issue, ctx.timeZone, listParam(ctx.query, 'expand')));
  }),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}/participant', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    return participantsPage(ctx, issue, participantsOf(ctx.env.db, issue.id));
  }),
  route('POST', '/rest/servicedeskapi/request/{issueIdOrKey}/participant', (ctx) => changeParticipants(ctx, true)),
  route('DELETE', '/rest/servicedeskapi/request/{issueIdOrKey}/participant', (ctx) => changeParticipants(ctx, false)),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}/comment', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const { start, limit } = pageParams(ctx);
    const agent = isAgentOrAbove(ctx.viewer);
    const wantPublic = ctx.query.get('public') !== 'false';
    const wantInternal = agent && ctx.query.get('internal') !== 'false';
    const visible = commentsOf(ctx.env.db, issue.id).filter((c) => (c.internal === 0 ? wantPublic : wantInternal));
    const values = visible.slice(start, start + limit).map((c) => commentDto(ctx.env.baseUrl, issue.id, c, ctx.timeZone));
    return ok(paged(ctx.env.baseUrl, `/rest/servicedeskapi/request/${issue.id}/comment`, values, start, limit, visible.length));
  }),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const c = commentsOf(ctx.env.db, issue.id).find((x) => String(x.id) === ctx.params.commentId && (x.internal === 0 || isAgentOrAbove(ctx.viewer)));
    if (c === undefined) throw notFound(`Comment '${ctx.params.commentId ?? ''}' does not exist.`);
    return ok(commentDto(ctx.env.baseUrl, issue.id, c, ctx.timeZone));
  }),

  route('POST', '/rest/servicedeskapi/request/{issueIdOrKey}/comment', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const body = parseBody(commentBody, ctx.body);
    if (!body.public && !isAgentOrAbove(ctx.viewer)) throw badRequest('public', 'Customers can only add public comments.');
    const c = ctx.env.service.comment(ctx.actor, issue.id, textToAdf(body.body), !body.public);
    return ok(commentDto(ctx.env.baseUrl, issue.id, c, ctx.timeZone), 201);
  }),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}/transition', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const { start, limit } = pageParams(ctx);
    const ts = ctx.env.service.availableTransitions(issue, true).map((t) => ({ id: t.id, name: t.name }));
    return ok(paged(ctx.env.baseUrl, `/rest/servicedeskapi/request/${issue.id}/transition`, ts.slice(start, start + limit), start, limit, ts.length));
  }),

  route('POST', '/rest/servicedeskapi/request/{issueIdOrKey}/transition', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const body = parseBody(transitionBody, ctx.body);
    const result = ctx.env.service.transition(ctx.actor, issue.id, body.id, true);
    if (!result.ok) throw badRequest('id', result.message);
    if (body.additionalComment !== undefined && body.additionalComment.body.trim() !== '') {
      ctx.env.service.comment(ctx.actor, issue.id, textToAdf(body.additionalComment.body), false);
    }
    return noContent();
  }),

  route('GET', '/rest/servicedeskapi/request/{issueIdOrKey}/feedback', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    const f = feedbackOf(ctx.env.db, issue.id);
    if (f === undefined) throw notFound('No feedback has been given for this request.');
    return ok(feedbackJson(f.rating, f.comment));
  }),

  route('POST', '/rest/servicedeskapi/request/{issueIdOrKey}/feedback', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    if (ctx.viewer.kind !== 'user' || ctx.viewer.account.accountId !== issue.reporter) throw forbidden('Only the reporter can give feedback on this request.');
    const body = parseBody(feedbackBody, ctx.body);
    ctx.env.service.setFeedback(issue.id, body.rating, body.comment?.body ?? null);
    return ok(feedbackJson(body.rating, body.comment?.body ?? null), 201);
  }),

  route('DELETE', '/rest/servicedeskapi/request/{issueIdOrKey}/feedback', (ctx) => {
    const issue = visibleRequest(ctx, ctx.params.issueIdOrKey);
    if (ctx.viewer.kind !== 'user' || ctx.viewer.account.accountId !== issue.reporter) throw forbidden('Only the reporter can delete feedback on this request.');
    if (!ctx.env.service.deleteFeedback(issue.id)) throw notFound('No feedback has been given for this request.');
    return noContent();
  }),
];
