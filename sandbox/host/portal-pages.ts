import { z } from 'zod';
import { parseForm, readBody, redirect, sendHtml } from '../server/http-util';
import { describeErrorBody, JiraCallError } from '../server/rest-client';
import { DEMO_ACCOUNTS } from './accounts';
import { formatInstant, lozengeClass } from './format';
import { html, type Raw } from './html';
import { layout } from './layout';
import { framesFor, withError, type PageCtx } from './page-context';

const ServiceDesksSchema = z.looseObject({
  values: z.array(z.looseObject({ id: z.string(), projectKey: z.string(), projectName: z.string().optional() })),
});
const RequestTypesSchema = z.looseObject({
  values: z.array(
    z.looseObject({ id: z.string(), name: z.string(), description: z.string().optional(), groupIds: z.array(z.string()).optional() }),
  ),
});
const RequestTypeGroupsSchema = z.looseObject({ values: z.array(z.looseObject({ id: z.string(), name: z.string() })) });
const StatusSchema = z.looseObject({ status: z.string(), statusCategory: z.string().optional() });
const DateSchema = z.looseObject({ iso8601: z.string() });
const RequestSchema = z.looseObject({
  issueKey: z.string(),
  requestTypeId: z.string(),
  serviceDeskId: z.string(),
  createdDate: DateSchema.optional(),
  currentStatus: StatusSchema.optional(),
  reporter: z.looseObject({ displayName: z.string().optional() }).optional(),
  requestFieldValues: z.array(z.looseObject({ fieldId: z.string(), label: z.string().optional(), value: z.unknown() })).default([]),
});
const RequestListSchema = z.looseObject({ values: z.array(RequestSchema) });
const CommentsSchema = z.looseObject({
  values: z.array(
    z.looseObject({
      id: z.string(),
      body: z.string(),
      public: z.boolean(),
      author: z.looseObject({ displayName: z.string().optional() }).optional(),
      created: DateSchema.optional(),
    }),
  ),
});
const CreatedSchema = z.looseObject({ issueKey: z.string() });
const ServiceDeskSchema = z.looseObject({ projectId: z.string() });
const MyPermissionsSchema = z.looseObject({ permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })) });

/**
 * JSM shows agents "Raise this request on behalf of" on the portal's create form; Jira answers who is one (the
 * agent permission on the desk's project), as it does for the app.
 */
async function isAgentOfDesk(ctx: PageCtx, serviceDeskId: string): Promise<boolean> {
  const desk = await ctx.asUser.raw('GET', `/rest/servicedeskapi/servicedesk/${encodeURIComponent(serviceDeskId)}`);
  const parsed = desk.status === 200 ? ServiceDeskSchema.safeParse(desk.body) : null;
  if (parsed?.success !== true) return false;
  const res = await ctx.asUser.raw('GET', `/rest/api/3/mypermissions?projectId=${encodeURIComponent(parsed.data.projectId)}&permissions=SERVICEDESK_AGENT`);
  const permissions = res.status === 200 ? MyPermissionsSchema.safeParse(res.body) : null;
  return permissions?.success === true && permissions.data.permissions['SERVICEDESK_AGENT']?.havePermission === true;
}

/** The demo customers an agent can raise a request for (the directory's requesters). */
const CUSTOMERS = DEMO_ACCOUNTS.filter((a) => a.home === '/portal');

/** What `view.submit` must carry for a create-property panel (Forge docs: form data schema). */
const PanelDataSchema = z.object({
  fields: z.array(z.object({ key: z.string().min(1), value: z.unknown() })),
  isValid: z.boolean(),
});

const SETTLE_BEFORE_REDIRECT_MS = 5000;

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fieldText(request: z.infer<typeof RequestSchema>, fieldId: string): string {
  const field = request.requestFieldValues.find((f) => f.fieldId === fieldId);
  return typeof field?.value === 'string' ? field.value : '';
}

function banner(ctx: PageCtx): Raw {
  const error = ctx.url.searchParams.get('error');
  return error === null ? html`` : html`<div class="banner error" role="alert">${error}</div>`;
}

async function requestTypeName(ctx: PageCtx, serviceDeskId: string, requestTypeId: string): Promise<string> {
  const types = await ctx.asUser.call(RequestTypesSchema, 'GET', `/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype`);
  return types.values.find((t) => t.id === requestTypeId)?.name ?? requestTypeId;
}

export async function portalHome(ctx: PageCtx): Promise<void> {
  const { t } = ctx.env;
  const desks = await ctx.asUser.call(ServiceDesksSchema, 'GET', '/rest/servicedeskapi/servicedesk');
  const sections: Raw[] = [];
  for (const desk of desks.values) {
    const types = await ctx.asUser.call(RequestTypesSchema, 'GET', `/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`);
    const groupsRes = await ctx.asUser.raw('GET', `/rest/servicedeskapi/servicedesk/${desk.id}/requesttypegroup`);
    const groups = groupsRes.status === 200 ? RequestTypeGroupsSchema.parse(groupsRes.body).values : [];
    const tile = (type: z.infer<typeof RequestTypesSchema>['values'][number]): Raw =>
      html`<a class="tile" href="/portal/create/${desk.id}/${type.id}" data-testid="request-type-${type.id}"><strong>${type.name}</strong><span>${type.description ?? ''}</span></a>`;
    const grouped = groups
      .map((g) => ({ g, items: types.values.filter((rt) => rt.groupIds?.includes(g.id) === true) }))
      .filter((x) => x.items.length > 0);
    const ungrouped = types.values.filter((rt) => !grouped.some((x) => x.items.includes(rt)));
    sections.push(html`<h2>${desk.projectName ?? desk.projectKey}</h2>
      ${grouped.map((x) => html`<h3>${x.g.name}</h3><div class="grid" style="margin-bottom:16px">${x.items.map(tile)}</div>`)}
      ${ungrouped.length > 0 ? html`<div class="grid">${ungrouped.map(tile)}</div>` : ''}`);
  }
  const body = html`<div class="hero"><h1>${t('portal')}</h1><p>${t('requestTypes')}</p></div>
    <p><a class="button" href="/portal/requests" data-testid="my-requests-link">${t('myRequests')} →</a></p>
    ${banner(ctx)}${sections}`;
  sendHtml(ctx.res, 200, layout(ctx.env, t('portal'), body));
}

export async function portalCreateForm(ctx: PageCtx, serviceDeskId: string, requestTypeId: string): Promise<void> {
  const { t } = ctx.env;
  const name = await requestTypeName(ctx, serviceDeskId, requestTypeId);
  const frames = await framesFor(ctx, 'jiraServiceManagement:portalRequestCreatePropertyPanel', { serviceDeskId, requestTypeId }, { submittable: true });
  const onBehalf = (await isAgentOfDesk(ctx, serviceDeskId))
    ? html`<div class="field"><label for="raiseOnBehalfOf">${t('raiseOnBehalfOf')}</label><select id="raiseOnBehalfOf" name="raiseOnBehalfOf" data-testid="raise-on-behalf-of">
        <option value="">${t('myself')}</option>
        ${CUSTOMERS.map((c) => html`<option value="${c.email}">${c.name} (${c.email})</option>`)}
      </select></div>`
    : html``;
  const body = html`<div class="breadcrumbs"><a href="/portal">${t('portal')}</a> / ${name}</div>
  <h1>${name}</h1>
  ${banner(ctx)}
  <form class="card" method="post" action="/portal/create/${serviceDeskId}/${requestTypeId}" data-create-form>
    ${onBehalf}
    <div class="field"><label for="summary">${t('summary')} *</label><input type="text" id="summary" name="summary" required maxlength="255" data-testid="summary"></div>
    <div class="field"><label for="description">${t('description')}</label><textarea id="description" name="description" data-testid="description"></textarea></div>
    <div class="field">${frames}</div>
    <div class="banner error" data-panel-invalid hidden>${t('panelInvalid')}</div>
    <div class="actions"><button type="submit" class="primary" data-testid="create">${t('create')}</button><a class="button subtle" href="/portal">${t('cancel')}</a></div>
  </form>`;
  sendHtml(ctx.res, 200, layout(ctx.env, name, body, { narrow: true }));
}

export async function portalCreate(ctx: PageCtx, serviceDeskId: string, requestTypeId: string): Promise<void> {
  const form = parseForm(await readBody(ctx.req));
  const back = `/portal/create/${serviceDeskId}/${requestTypeId}`;
  const summary = (form.summary ?? '').trim();
  if (summary === '') {
    redirect(ctx.res, withError(back, `${ctx.env.t('summary')}: required`));
    return;
  }
  let panel: z.infer<typeof PanelDataSchema> | undefined;
  if (form.panelData !== undefined && form.panelData !== '') {
    const parsed = PanelDataSchema.safeParse(parseJsonOrUndefined(form.panelData));
    if (!parsed.success) {
      redirect(ctx.res, withError(back, `panelData: view.submit needs {fields:[{key,value}], isValid}`));
      return;
    }
    if (!parsed.data.isValid) {
      redirect(ctx.res, withError(back, ctx.env.t('panelInvalid')));
      return;
    }
    panel = parsed.data;
  }
  const instance = ctx.deps.instance;
  try {
    const created = await instance.withEventsHeld(async () => {
      const request = await ctx.asUser.call(CreatedSchema, 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId,
        requestTypeId,
        requestFieldValues: { summary, description: form.description ?? '' },
        // Jira decides whether the caller may: a customer naming someone gets 403, shown on the form.
        ...(form.raiseOnBehalfOf === undefined || form.raiseOnBehalfOf === '' ? {} : { raiseOnBehalfOf: form.raiseOnBehalfOf }),
      });
      if (panel !== undefined) {
        // JSM stores the panel's submission with the request, under the app id's UUID (see sandbox/README.md).
        await ctx.asPlatform.send('PUT', `/rest/api/3/issue/${request.issueKey}/properties/${instance.manifest.appUuid}`, { fields: panel.fields });
      }
      return request;
    });
    await Promise.race([instance.settle(), new Promise((resolve) => setTimeout(resolve, SETTLE_BEFORE_REDIRECT_MS))]);
    redirect(ctx.res, `/portal/requests/${created.issueKey}`);
  } catch (error) {
    if (!(error instanceof JiraCallError)) throw error;
    redirect(ctx.res, withError(back, describeErrorBody(error.body)));
  }
}

export async function portalRequests(ctx: PageCtx): Promise<void> {
  const { t, lang } = ctx.env;
  const list = await ctx.asUser.call(RequestListSchema, 'GET', '/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&limit=100');
  const rows = list.values.map(
    (r) => html`<tr data-testid="my-request-${r.issueKey}">
      <td><a href="/portal/requests/${r.issueKey}">${r.issueKey}</a></td>
      <td>${fieldText(r, 'summary')}</td>
      <td><span class="lozenge ${lozengeClass(r.currentStatus?.statusCategory?.toLowerCase())}">${r.currentStatus?.status ?? ''}</span></td>
      <td class="muted">${formatInstant(r.createdDate?.iso8601, lang, ctx.env.timezone)}</td>
    </tr>`,
  );
  const body = html`<div class="breadcrumbs"><a href="/portal">${t('portal')}</a></div><h1>${t('myRequests')}</h1>
    ${list.values.length === 0
      ? html`<div class="card muted">${t('noRequests')}</div>`
      : html`<table><thead><tr><th>${t('reference')}</th><th>${t('summary')}</th><th>${t('status')}</th><th>${t('created')}</th></tr></thead><tbody>${rows}</tbody></table>`}`;
  sendHtml(ctx.res, 200, layout(ctx.env, t('myRequests'), body));
}

export async function portalRequestView(ctx: PageCtx, key: string): Promise<void> {
  const { t, lang } = ctx.env;
  const res = await ctx.asUser.raw('GET', `/rest/servicedeskapi/request/${encodeURIComponent(key)}`);
  if (res.status >= 400) {
    sendHtml(ctx.res, res.status === 404 ? 404 : 403, layout(ctx.env, t('notFound'), html`<h1>${t('notFound')}</h1><p>${describeErrorBody(res.body)}</p>`));
    return;
  }
  const request = RequestSchema.parse(res.body);
  const comments = await ctx.asUser.call(CommentsSchema, 'GET', `/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment?public=true&internal=false`);
  const typeName = await requestTypeName(ctx, request.serviceDeskId, request.requestTypeId);
  const frames = await framesFor(ctx, 'jiraServiceManagement:portalRequestDetail', { issueKey: request.issueKey });
  const body = html`<div class="breadcrumbs"><a href="/portal">${t('portal')}</a> / <a href="/portal/requests">${t('myRequests')}</a> / ${request.issueKey}</div>
  <h1 data-testid="request-summary">${fieldText(request, 'summary')}</h1>
  ${banner(ctx)}
  <div class="split">
    <div>
      <div class="card">
        <p style="white-space:pre-wrap;margin-top:0">${fieldText(request, 'description')}</p>
        <h2>${t('comments')}</h2>
        ${comments.values.filter((c) => c.public).length === 0 ? html`<p class="muted">${t('noComments')}</p>` : ''}
        ${comments.values
          .filter((c) => c.public)
          .map((c) => html`<div class="comment"><div class="meta">${c.author?.displayName ?? ''} · ${formatInstant(c.created?.iso8601, lang, ctx.env.timezone)}</div><div style="white-space:pre-wrap">${c.body}</div></div>`)}
        <form method="post" action="/portal/requests/${request.issueKey}/comment">
          <div class="field"><label for="comment">${t('addComment')}</label><textarea id="comment" name="body" required></textarea></div>
          <button type="submit" class="primary">${t('send')}</button>
        </form>
      </div>
      <div style="margin-top:16px">${frames}</div>
    </div>
    <aside class="card">
      <dl class="props">
        <dt>${t('reference')}</dt><dd data-testid="request-key">${request.issueKey}</dd>
        <dt>${t('status')}</dt><dd><span class="lozenge ${lozengeClass(request.currentStatus?.statusCategory?.toLowerCase())}">${request.currentStatus?.status ?? ''}</span></dd>
        <dt>${t('requestType')}</dt><dd>${typeName}</dd>
        <dt>${t('reporter')}</dt><dd>${request.reporter?.displayName ?? ''}</dd>
        <dt>${t('created')}</dt><dd>${formatInstant(request.createdDate?.iso8601, lang, ctx.env.timezone)}</dd>
      </dl>
    </aside>
  </div>`;
  sendHtml(ctx.res, 200, layout(ctx.env, request.issueKey, body));
}

export async function portalComment(ctx: PageCtx, key: string): Promise<void> {
  const form = parseForm(await readBody(ctx.req));
  const back = `/portal/requests/${key}`;
  const res = await ctx.asUser.raw('POST', `/rest/servicedeskapi/request/${encodeURIComponent(key)}/comment`, { body: form.body ?? '', public: true });
  redirect(ctx.res, res.status >= 400 ? withError(back, describeErrorBody(res.body)) : back);
}
