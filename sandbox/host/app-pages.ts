import { z } from 'zod';
import { sendHtml } from '../server/http-util';
import { titleIn, type UiModule } from '../server/manifest';
import { html } from './html';
import { layout } from './layout';
import { framesFor, type PageCtx } from './page-context';

const MyPermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});

async function isJiraAdmin(ctx: PageCtx): Promise<boolean> {
  const res = await ctx.asUser.raw('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER');
  if (res.status !== 200) return false;
  const parsed = MyPermissionsSchema.safeParse(res.body);
  return parsed.success && parsed.data.permissions.ADMINISTER?.havePermission === true;
}

/** Jira shows admin pages only to Jira administrators; the app's resolvers check again on every call. */
export async function adminPage(ctx: PageCtx): Promise<void> {
  const { t } = ctx.env;
  if (!(await isJiraAdmin(ctx))) {
    sendHtml(ctx.res, 403, layout(ctx.env, t('admin'), html`<h1>${t('admin')}</h1><div class="banner error" role="alert">${t('forbidden')}</div>`));
    return;
  }
  const frames = await framesFor(ctx, 'jira:adminPage', {});
  const body = html`<h1>${t('admin')}</h1>${frames.length === 0 ? html`<div class="banner warning">${t('noModule')}</div>` : frames}`;
  sendHtml(ctx.res, 200, layout(ctx.env, t('admin'), body));
}

export async function queuePage(ctx: PageCtx, module: UiModule): Promise<void> {
  const { t } = ctx.env;
  const frames = await framesFor(ctx, 'jiraServiceManagement:queuePage', {}, { onlyKey: module.key });
  const title = titleIn(module, ctx.env.lang);
  const body = html`<div class="breadcrumbs"><a href="/agent">${t('agent')}</a> / ${title}</div><h1>${title}</h1>${frames}`;
  sendHtml(ctx.res, 200, layout(ctx.env, title, body));
}
