import { z } from 'zod';
import { parseForm, readBody, redirect, sendHtml } from '../server/http-util';
import { describeErrorBody } from '../server/rest-client';
import { DEMO_ACCOUNTS } from './accounts';
import { adfToText, formatInstant, lozengeClass } from './format';
import { html, type Raw } from './html';
import { layout } from './layout';
import { framesFor, withError, type PageCtx } from './page-context';

export const DEFAULT_QUEUE_JQL = 'statusCategory != Done ORDER BY created DESC';
const QUEUE_FIELDS = 'summary,status,priority,assignee,reporter,created,updated';
const PAGE_SIZE = 25;

const UserSchema = z.looseObject({ accountId: z.string(), displayName: z.string().optional() });
const StatusSchema = z.looseObject({ id: z.string().optional(), name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() });
const PrioritySchema = z.looseObject({ id: z.string(), name: z.string() });
const IssueFieldsSchema = z.looseObject({
  summary: z.string().optional(),
  status: StatusSchema.optional(),
  priority: PrioritySchema.nullish(),
  assignee: UserSchema.nullish(),
  reporter: UserSchema.nullish(),
  created: z.string().optional(),
  updated: z.string().optional(),
  description: z.unknown().optional(),
  issuetype: z.looseObject({ name: z.string() }).nullish(),
  project: z.looseObject({ key: z.string(), name: z.string().optional() }).optional(),
});
const SearchSchema = z.looseObject({
  issues: z.array(z.looseObject({ id: z.string(), key: z.string(), fields: IssueFieldsSchema })),
  nextPageToken: z.string().nullish(),
});
const IssueSchema = z.looseObject({ id: z.string(), key: z.string(), fields: IssueFieldsSchema });
const TransitionsSchema = z.looseObject({ transitions: z.array(z.looseObject({ id: z.string(), name: z.string(), to: StatusSchema.optional() })) });
const PrioritiesSchema = z.array(PrioritySchema);
const CommentsSchema = z.looseObject({
  values: z.array(
    z.looseObject({
      id: z.string(),
      body: z.string(),
      public: z.boolean(),
      author: z.looseObject({ displayName: z.string().optional() }).optional(),
      created: z.looseObject({ iso8601: z.string() }).optional(),
    }),
  ),
});

const PlatformCommentsSchema = z.looseObject({
  comments: z.array(
    z.looseObject({
      id: z.string(),
      body: z.unknown(),
      jsdPublic: z.boolean().optional(),
      author: z.looseObject({ displayName: z.string().optional() }).optional(),
      created: z.string().optional(),
    }),
  ),
});

/**
 * A service request's comments come from the JSM API (with their public/internal flag); any other issue, such as a
 * follow-up task, is not a request there (404), so its comments come from the platform API, as Jira's issue view does.
 */
async function loadComments(ctx: PageCtx, key: string): Promise<z.infer<typeof CommentsSchema>> {
  const request = await ctx.asUser.raw('GET', `/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment`);
  if (request.status !== 404) return CommentsSchema.parse(request.body);
  const platform = await ctx.asUser.call(PlatformCommentsSchema, 'GET', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`);
  return {
    values: platform.comments.map((c) => ({
      id: c.id,
      body: adfToText(c.body),
      public: c.jsdPublic ?? true,
      ...(c.author === undefined ? {} : { author: c.author }),
      ...(c.created === undefined ? {} : { created: { iso8601: c.created } }),
    })),
  };
}

function banner(ctx: PageCtx): Raw {
  const error = ctx.url.searchParams.get('error');
  return error === null ? html`` : html`<div class="banner error" role="alert">${error}</div>`;
}

function status(s: z.infer<typeof StatusSchema> | undefined): Raw {
  return s === undefined ? html`` : html`<span class="lozenge ${lozengeClass(s.statusCategory?.key)}">${s.name}</span>`;
}

export async function agentQueue(ctx: PageCtx): Promise<void> {
  const { t, lang } = ctx.env;
  const jql = ctx.url.searchParams.get('jql') ?? DEFAULT_QUEUE_JQL;
  const token = ctx.url.searchParams.get('page');
  const query = new URLSearchParams({ jql, fields: QUEUE_FIELDS, maxResults: String(PAGE_SIZE) });
  if (token !== null) query.set('nextPageToken', token);
  const res = await ctx.asUser.raw('GET', `/rest/api/3/search/jql?${query.toString()}`);
  let table: Raw;
  if (res.status >= 400) {
    table = html`<div class="banner error" role="alert" data-testid="jql-error">${describeErrorBody(res.body)}</div>`;
  } else {
    const page = SearchSchema.parse(res.body);
    const rows = page.issues.map(
      (i) => html`<tr data-testid="queue-row-${i.key}">
        <td><a href="/agent/issue/${i.key}">${i.key}</a></td>
        <td><a href="/agent/issue/${i.key}" style="color:inherit">${i.fields.summary ?? ''}</a></td>
        <td>${i.fields.reporter?.displayName ?? ''}</td>
        <td>${i.fields.assignee?.displayName ?? html`<span class="muted">${t('unassigned')}</span>`}</td>
        <td>${i.fields.priority?.name ?? ''}</td>
        <td>${status(i.fields.status)}</td>
        <td class="muted">${formatInstant(i.fields.created, lang, ctx.env.timezone)}</td>
      </tr>`,
    );
    const next = page.nextPageToken;
    table = html`${page.issues.length === 0
      ? html`<div class="card muted">${t('noIssues')}</div>`
      : html`<table data-testid="queue"><thead><tr><th>${t('key')}</th><th>${t('summary')}</th><th>${t('reporter')}</th><th>${t('assignee')}</th><th>${t('priority')}</th><th>${t('status')}</th><th>${t('created')}</th></tr></thead><tbody>${rows}</tbody></table>`}
      ${next === undefined || next === null ? '' : html`<p class="pager"><a class="button" href="/agent?${new URLSearchParams({ jql, page: next }).toString()}">${t('more')} →</a></p>`}`;
  }
  // The agent's landing for "what do I do next" is the app's SLA overview queue page, when the app has one.
  const overview = ctx.env.modules.some((m) => m.type === 'jiraServiceManagement:queuePage' && m.key === 'sla-overview');
  const whatNext = overview ? html`<p><a class="button primary" href="/reports/sla-overview" data-testid="what-next">${t('whatNext')} →</a></p>` : '';
  const body = html`<h1>${t('queue')}</h1>${banner(ctx)}${whatNext}
    <form class="jql-form" method="get" action="/agent">
      <label class="muted" for="jql" style="align-self:center">${t('jql')}</label>
      <input type="text" id="jql" name="jql" value="${jql}" data-testid="jql">
      <button type="submit" class="primary">${t('search')}</button>
    </form>
    ${table}`;
  sendHtml(ctx.res, 200, layout(ctx.env, t('agent'), body));
}

export async function agentIssue(ctx: PageCtx, key: string): Promise<void> {
  const { t, lang } = ctx.env;
  const fields = 'summary,description,status,priority,assignee,reporter,created,updated,issuetype,project';
  const res = await ctx.asUser.raw('GET', `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${fields}`);
  if (res.status >= 400) {
    sendHtml(ctx.res, res.status === 404 ? 404 : 403, layout(ctx.env, t('notFound'), html`<h1>${t('notFound')}</h1><p>${describeErrorBody(res.body)}</p>`));
    return;
  }
  const issue = IssueSchema.parse(res.body);
  const f = issue.fields;
  const [transitions, priorities, comments, frames] = await Promise.all([
    ctx.asUser.call(TransitionsSchema, 'GET', `/rest/api/3/issue/${issue.key}/transitions`),
    ctx.asUser.call(PrioritiesSchema, 'GET', '/rest/api/3/priority'),
    loadComments(ctx, issue.key),
    framesFor(ctx, 'jira:issuePanel', { issueKey: issue.key }),
  ]);
  const assignable = DEMO_ACCOUNTS.map((a) => ({ ...a, accountId: ctx.deps.instance.parts.emulator.resolveAccountByEmail(a.email) })).filter(
    (a) => a.home !== '/portal',
  );
  const body = html`<div class="breadcrumbs"><a href="/agent">${t('agent')}</a> / ${f.project?.name ?? f.project?.key ?? ''} / ${issue.key}</div>
  <h1 data-testid="issue-summary">${f.summary ?? ''}</h1>
  ${banner(ctx)}
  <div class="split">
    <div>
      <div class="actions" style="margin-bottom:16px;flex-wrap:wrap">
        ${transitions.transitions.map(
          (tr) => html`<form method="post" action="/agent/issue/${issue.key}/transition" style="margin:0"><input type="hidden" name="transitionId" value="${tr.id}"><button type="submit" data-testid="transition-${tr.id}">${tr.name}</button></form>`,
        )}
      </div>
      <div class="card">
        <h3>${t('description')}</h3>
        <p style="white-space:pre-wrap;margin-top:0">${adfToText(f.description)}</p>
      </div>
      <div style="margin-top:16px">${frames}</div>
      <div class="card" style="margin-top:16px">
        <h3>${t('comments')}</h3>
        ${comments.values.length === 0 ? html`<p class="muted">${t('noComments')}</p>` : ''}
        ${comments.values.map(
          (c) => html`<div class="comment${c.public ? '' : ' internal'}"><div class="meta">${c.author?.displayName ?? ''} · ${formatInstant(c.created?.iso8601, lang, ctx.env.timezone)} ${c.public ? '' : html`<span class="lozenge internal">${t('internalBadge')}</span>`}</div><div style="white-space:pre-wrap">${c.body}</div></div>`,
        )}
        <form method="post" action="/agent/issue/${issue.key}/comment" style="margin-top:12px">
          <div class="field"><textarea name="body" required aria-label="${t('addComment')}" data-testid="comment-body"></textarea></div>
          <div class="actions">
            <button type="submit" class="primary" name="visibility" value="public" data-testid="comment-public">${t('reply')}</button>
            <button type="submit" name="visibility" value="internal" data-testid="comment-internal">${t('internal')}</button>
          </div>
        </form>
      </div>
    </div>
    <aside class="card">
      <h3>${t('details')}</h3>
      <dl class="props">
        <dt>${t('status')}</dt><dd data-testid="issue-status">${status(f.status)}</dd>
        <dt>${t('requestType')}</dt><dd>${f.issuetype?.name ?? ''}</dd>
        <dt>${t('reporter')}</dt><dd>${f.reporter?.displayName ?? ''}</dd>
        <dt>${t('assignee')}</dt><dd>
          <form method="post" action="/agent/issue/${issue.key}/assignee" class="actions">
            <select name="accountId" aria-label="${t('assignee')}" data-testid="assignee" onchange="this.form.submit()">
              <option value="">${t('unassigned')}</option>
              ${assignable.map((a) => html`<option value="${a.accountId ?? ''}" ${a.accountId === f.assignee?.accountId ? 'selected' : ''}>${a.name}</option>`)}
            </select>
          </form></dd>
        <dt>${t('priority')}</dt><dd>
          <form method="post" action="/agent/issue/${issue.key}/priority" class="actions">
            <select name="priorityId" aria-label="${t('priority')}" data-testid="priority" onchange="this.form.submit()">
              ${priorities.map((p) => html`<option value="${p.id}" ${p.id === f.priority?.id ? 'selected' : ''}>${p.name}</option>`)}
            </select>
          </form></dd>
        <dt>${t('created')}</dt><dd>${formatInstant(f.created, lang, ctx.env.timezone)}</dd>
        <dt>${t('updated')}</dt><dd>${formatInstant(f.updated, lang, ctx.env.timezone)}</dd>
      </dl>
    </aside>
  </div>`;
  sendHtml(ctx.res, 200, layout(ctx.env, issue.key, body));
}

export async function agentAction(ctx: PageCtx, key: string, action: string): Promise<void> {
  const form = parseForm(await readBody(ctx.req));
  const back = `/agent/issue/${key}`;
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}`;
  let res;
  switch (action) {
    case 'transition':
      res = await ctx.asUser.raw('POST', `${path}/transitions`, { transition: { id: form.transitionId ?? '' } });
      break;
    case 'priority':
      res = await ctx.asUser.raw('PUT', path, { fields: { priority: { id: form.priorityId ?? '' } } });
      break;
    case 'assignee':
      res = await ctx.asUser.raw('PUT', `${path}/assignee`, { accountId: form.accountId === '' || form.accountId === undefined ? null : form.accountId });
      break;
    case 'comment':
      res = await ctx.asUser.raw('POST', `/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment`, {
        body: form.body ?? '',
        public: form.visibility !== 'internal',
      });
      if (res.status === 404) {
        // Not a service request (e.g. a follow-up task): a plain Jira comment, as the issue view would post it.
        res = await ctx.asUser.raw('POST', `${path}/comment`, {
          body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: form.body ?? '' }] }] },
        });
      }
      break;
    default:
      redirect(ctx.res, withError(back, `unknown action ${action}`));
      return;
  }
  await Promise.race([ctx.deps.instance.settle(), new Promise((resolve) => setTimeout(resolve, 3000))]);
  redirect(ctx.res, res.status >= 400 ? withError(back, describeErrorBody(res.body)) : back);
}
