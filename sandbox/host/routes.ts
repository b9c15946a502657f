import type { IncomingMessage, ServerResponse } from 'node:http';
import { z, ZodError } from 'zod';
import { zodErrorBody } from '../server/control-api';
import { cookie, parseCookies, parseForm, readBody, readJson, redirect, sendHtml, sendJson } from '../server/http-util';
import { JiraCallError, RestClient } from '../server/rest-client';
import { DEMO_ACCOUNTS, resolveUser } from './accounts';
import { adminPage, queuePage } from './app-pages';
import { agentAction, agentIssue, agentQueue } from './agent-pages';
import type { ClientBundles } from './client/bundle';
import { buildContext, FrameAccessError, FrameTargetSchema } from './extension-context';
import { resourceDir } from './frames';
import { html, raw } from './html';
import { translator, type Lang } from './i18n';
import { layout, type PageEnv, type Theme } from './layout';
import type { HostDeps, PageCtx } from './page-context';
import { HOST_CSS } from './styles';
import { portalComment, portalCreate, portalCreateForm, portalHome, portalRequests, portalRequestView } from './portal-pages';
import { serveResourceFile } from './static-resources';

export const USER_COOKIE = 'sandbox_user';
const LANG_COOKIE = 'sandbox_lang';
const THEME_COOKIE = 'sandbox_theme';

const InvokeSchema = z.object({ descriptor: FrameTargetSchema, functionKey: z.string().min(1), payload: z.unknown() });
const FetchProductSchema = z.object({
  product: z.string(),
  restPath: z.string().startsWith('/'),
  fetchRequestInit: z
    .looseObject({
      method: z.string().optional(),
      body: z.string().nullish(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
    })
    .optional(),
});

/** Only same-page back links: never redirect off the sandbox. */
function safeBack(back: string | undefined, fallback: string): string {
  return back !== undefined && back.startsWith('/') && !back.startsWith('//') ? back : fallback;
}

function langOf(req: IncomingMessage): Lang {
  return parseCookies(req.headers.cookie)[LANG_COOKIE] === 'en' ? 'en' : 'zh-CN';
}

const MyselfSchema = z.looseObject({ timeZone: z.string().optional() });
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Who is not signed in sees this (401): the demo accounts to choose from. A missing or unknown `sandbox_user`
 * cookie is nobody — never silently the first requester.
 */
function accountChooser(back: string, lang: Lang): string {
  const t = translator(lang);
  return html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('user')} · Support Standard sandbox</title><style>${raw(HOST_CSS)}
.account-chooser { list-style: none; padding: 0; display: grid; gap: 8px; }
.account-chooser button { min-width: 6em; margin-right: 8px; }</style></head>
<body>
<main class="page narrow" data-testid="account-chooser">
<h1>Support Standard <small>sandbox</small></h1>
<p>${lang === 'en' ? 'Choose a demo account to continue.' : '请选择一个演示账号继续。'}</p>
<ul class="account-chooser">
${DEMO_ACCOUNTS.map(
  (a) => html`<li><form method="post" action="/__host/user"><input type="hidden" name="back" value="${back}"><button type="submit" name="email" value="${a.email}">${a.name}</button> <small>${a.email} · ${a.role[lang]}</small></form></li>`,
)}
</ul>
</main>
</body>
</html>`.html;
}

async function pageEnv(deps: HostDeps, req: IncomingMessage, url: URL): Promise<PageEnv | undefined> {
  const cookies = parseCookies(req.headers.cookie);
  const user = resolveUser(deps.instance.parts.emulator, cookies[USER_COOKIE]);
  if (user === undefined) return undefined;
  const lang: Lang = cookies[LANG_COOKIE] === 'en' ? 'en' : 'zh-CN';
  const theme: Theme = cookies[THEME_COOKIE] === 'dark' ? 'dark' : 'light';
  const myself = await deps.instance.parts.emulator.handle({
    method: 'GET',
    path: '/rest/api/3/myself',
    headers: {},
    principal: { kind: 'user', accountId: user.accountId },
  });
  const profile = MyselfSchema.safeParse(myself.body);
  return {
    timezone: (profile.success ? profile.data.timeZone : undefined) ?? DEFAULT_TIME_ZONE,
    user,
    lang,
    theme,
    t: translator(lang),
    here: url.pathname + url.search,
    origin: url.origin,
    modules: deps.instance.manifest.uiModules,
  };
}

function pageCtx(deps: HostDeps, req: IncomingMessage, res: ServerResponse, url: URL, env: PageEnv): PageCtx {
  const emulator = deps.instance.parts.emulator;
  return {
    req,
    res,
    url,
    env,
    deps,
    asUser: new RestClient(emulator, { kind: 'user', accountId: env.user.accountId }),
    asPlatform: new RestClient(emulator, { kind: 'app' }),
  };
}

async function invoke(ctx: PageCtx): Promise<void> {
  const body = InvokeSchema.parse(await readJson(ctx.req));
  const instance = ctx.deps.instance;
  const module = instance.manifest.uiModules.find((m) => m.key === body.descriptor.moduleKey);
  if (module === undefined) {
    sendJson(ctx.res, 400, { error: { name: 'BridgeAPIError', message: `descriptor.moduleKey: no UI module ${body.descriptor.moduleKey}` } });
    return;
  }
  let context: Record<string, unknown>;
  try {
    context = await buildContext({
      module,
      target: body.descriptor,
      user: ctx.env.user,
      lang: ctx.env.lang,
      theme: ctx.env.theme,
      siteUrl: ctx.env.origin,
      location: ctx.req.headers.referer ?? ctx.env.origin,
      asUser: ctx.asUser,
      asPlatform: ctx.asPlatform,
      appUuid: instance.manifest.appUuid,
      timezone: ctx.env.timezone,
    });
  } catch (error) {
    if (error instanceof FrameAccessError || error instanceof JiraCallError) {
      sendJson(ctx.res, 403, { error: { name: 'BridgeAPIError', message: error.message } });
      return;
    }
    throw error;
  }
  try {
    const result = await instance.parts.runtime.invoke({
      moduleKey: module.key,
      functionKey: body.functionKey,
      payload: body.payload,
      accountId: ctx.env.user.accountId,
      context,
    });
    sendJson(ctx.res, 200, { result });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    sendJson(ctx.res, 500, { error: { name: e.name, message: e.message } });
  }
}

async function fetchProduct(ctx: PageCtx): Promise<void> {
  const body = FetchProductSchema.parse(await readJson(ctx.req));
  if (body.product !== 'jira') {
    sendJson(ctx.res, 400, { error: { name: 'BridgeAPIError', message: `product: only jira is emulated, not ${body.product}` } });
    return;
  }
  const init = body.fetchRequestInit;
  const headers = Object.fromEntries((init?.headers ?? []).map(([k, v]) => [k.toLowerCase(), v]));
  const method = (init?.method ?? 'GET').toUpperCase();
  const rest = await ctx.deps.instance.parts.emulator.handle({
    method,
    path: body.restPath,
    headers,
    ...(init?.body === undefined || init.body === null ? {} : { body: init.body }),
    principal: { kind: 'user', accountId: ctx.env.user.accountId },
  });
  const text = rest.body === undefined ? '' : JSON.stringify(rest.body);
  sendJson(ctx.res, 200, {
    result: {
      body: text,
      headers: { 'content-type': 'application/json', ...(rest.headers ?? {}) },
      status: rest.status,
      statusText: rest.status < 400 ? 'OK' : 'Error',
    },
  });
}

/** Serves host pages, the bridge endpoints and app resources; false when the path is not the host's. */
export async function handleHost(deps: HostDeps, bundles: ClientBundles, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;

  if (method === 'GET' && path === '/__host/host-client.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(bundles.hostClient);
    return true;
  }
  if (method === 'GET' && path === '/__host/bridge-shim.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(bundles.bridgeShim);
    return true;
  }
  if (method === 'GET' && path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return true;
  }
  if (method === 'POST' && path === '/__host/user') {
    const form = parseForm(await readBody(req));
    const user = resolveUser(deps.instance.parts.emulator, form.email);
    if (user === undefined) {
      sendHtml(res, 401, accountChooser(safeBack(form.back, '/'), langOf(req)));
      return true;
    }
    redirect(res, safeBack(form.back, user.home), { 'set-cookie': cookie(USER_COOKIE, user.email) });
    return true;
  }
  if (method === 'POST' && path === '/__host/prefs') {
    const form = parseForm(await readBody(req));
    const cookies: string[] = [];
    if (form.lang === 'en' || form.lang === 'zh-CN') cookies.push(cookie(LANG_COOKIE, form.lang));
    if (form.theme === 'light' || form.theme === 'dark') cookies.push(cookie(THEME_COOKIE, form.theme));
    redirect(res, safeBack(form.back, '/'), { 'set-cookie': cookies });
    return true;
  }

  const resourceMatch = /^\/__resources\/([^/]+)\/(.*)$/.exec(path);
  const assetFallback = path.startsWith('/assets/') ? /\/__resources\/([^/]+)\//.exec(req.headers.referer ?? '') : null;
  if (method === 'GET' && (resourceMatch !== null || assetFallback !== null)) {
    // Vite builds with an absolute base ask for /assets/...; the referring frame says which app they belong to.
    const moduleKey = decodeURIComponent(resourceMatch?.[1] ?? assetFallback?.[1] ?? '');
    const rel = resourceMatch?.[2] ?? path.slice(1);
    const module = deps.instance.manifest.uiModules.find((m) => m.key === moduleKey);
    const dir = module === undefined ? undefined : resourceDir(deps.appRoot, module);
    if (dir === undefined || !(await serveResourceFile(res, dir, rel))) sendJson(res, 404, { error: `no resource ${path}` });
    return true;
  }

  const isPage = path === '/' || /^\/(portal|agent|admin|reports|module)(\/|$)/.test(path);
  const isBridge = path === '/__host/invoke' || path === '/__host/fetch-product';
  if (!isPage && !isBridge) return false;

  const env = await pageEnv(deps, req, url);
  if (env === undefined) {
    if (isBridge) sendJson(res, 401, { error: { name: 'BridgeAPIError', message: 'not signed in: set the sandbox_user cookie to a demo account' } });
    else sendHtml(res, 401, accountChooser(url.pathname + url.search, langOf(req)));
    return true;
  }
  const ctx = pageCtx(deps, req, res, url, env);
  try {
    await route(ctx, method, path);
  } catch (error) {
    if (error instanceof ZodError) {
      sendJson(res, 400, { error: { name: 'BridgeAPIError', ...zodErrorBody(error), message: zodErrorBody(error).error } });
    } else if (error instanceof JiraCallError && (error.status === 403 || error.status === 404)) {
      const title = env.t(error.status === 404 ? 'notFound' : 'forbidden');
      sendHtml(res, error.status, layout(env, title, html`<h1>${title}</h1><div class="banner error">${error.message}</div>`));
    } else throw error;
  }
  return true;
}

async function route(ctx: PageCtx, method: string, path: string): Promise<void> {
  const segments = path.split('/').filter((s) => s !== '').map(decodeURIComponent);
  const [area, a, b, c] = segments;
  const get = method === 'GET';
  const post = method === 'POST';
  if (post && path === '/__host/invoke') return invoke(ctx);
  if (post && path === '/__host/fetch-product') return fetchProduct(ctx);
  if (get && area === undefined) {
    redirect(ctx.res, ctx.env.user.home);
    return;
  }
  if (area === 'portal') {
    if (get && a === undefined) return portalHome(ctx);
    if (a === 'create' && b !== undefined && c !== undefined && segments.length === 4) {
      if (get) return portalCreateForm(ctx, b, c);
      if (post) return portalCreate(ctx, b, c);
    }
    if (get && a === 'requests' && b === undefined) return portalRequests(ctx);
    if (get && a === 'requests' && b !== undefined && segments.length === 3) return portalRequestView(ctx, b);
    if (post && a === 'requests' && b !== undefined && c === 'comment') return portalComment(ctx, b);
  }
  if (area === 'agent') {
    if (get && a === undefined) return agentQueue(ctx);
    if (get && a === 'issue' && b !== undefined && segments.length === 3) return agentIssue(ctx, b);
    if (post && a === 'issue' && b !== undefined && c !== undefined) return agentAction(ctx, b, c);
  }
  if (get && area === 'admin' && a === undefined) return adminPage(ctx);
  if (get && area === 'reports' && a !== undefined) {
    const module = ctx.env.modules.find((m) => m.type === 'jiraServiceManagement:queuePage' && m.key === a);
    if (module !== undefined) return queuePage(ctx, module);
  }
  if (get && area === 'module' && a !== undefined) {
    // Where `router.navigate({target: 'module', moduleKey})` lands.
    const module = ctx.env.modules.find((m) => m.key === a);
    if (module?.type === 'jira:adminPage') { redirect(ctx.res, '/admin'); return; }
    if (module?.type === 'jiraServiceManagement:queuePage') { redirect(ctx.res, `/reports/${module.key}`); return; }
  }
  sendHtml(ctx.res, 404, layout(ctx.env, ctx.env.t('notFound'), html`<h1>${ctx.env.t('notFound')}</h1>`));
}
