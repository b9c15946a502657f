import type { UiModule } from '../server/manifest';
import { DEMO_ACCOUNTS, type CurrentUser } from './accounts';
import { html, raw, type Raw } from './html';
import type { Lang, MessageKey } from './i18n';
import { HOST_CSS } from './styles';

export type Theme = 'light' | 'dark';

/** Everything a page needs about who is looking and how. */
export interface PageEnv {
  readonly user: CurrentUser;
  readonly lang: Lang;
  readonly theme: Theme;
  readonly t: (key: MessageKey) => string;
  /** Path and query of the current page, so the toolbar forms can come back to it. */
  readonly here: string;
  readonly origin: string;
  readonly modules: readonly UiModule[];
  readonly timezone: string;
}

function navLink(env: PageEnv, href: string, label: string): Raw {
  const active = env.here === href || env.here.startsWith(`${href}/`) || env.here.startsWith(`${href}?`);
  return html`<a href="${href}" class="${active ? 'active' : ''}">${label}</a>`;
}

export function layout(env: PageEnv, title: string, body: Raw, options: { narrow?: boolean } = {}): string {
  const { t } = env;
  const reports = env.modules.filter((m) => m.type === 'jiraServiceManagement:queuePage');
  const page = html`<!doctype html>
<html lang="${env.lang}" data-color-mode="${env.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Support Standard sandbox</title>
<style>${raw(HOST_CSS)}</style>
</head>
<body>
<header class="topbar">
  <a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Support Standard <small>sandbox</small></a>
  <nav class="nav" aria-label="Main">
    ${navLink(env, '/portal', t('portal'))}
    ${navLink(env, '/agent', t('agent'))}
    ${navLink(env, '/admin', t('admin'))}
    ${reports.map((m) => navLink(env, `/reports/${m.key}`, m.key === 'sla-overview' ? t('slaOverview') : m.key === 'reports' ? t('reports') : m.title))}
  </nav>
  <span class="spacer"></span>
  <div class="toolbar">
    <form class="user-switch" method="post" action="/__host/user">
      <label for="user-switch">${t('user')}</label>
      <select id="user-switch" name="email" data-testid="user-switch" onchange="this.form.submit()">
        ${DEMO_ACCOUNTS.map(
          (a) => html`<option value="${a.email}" ${a.email === env.user.email ? 'selected' : ''}>${a.name} · ${a.role[env.lang]}</option>`,
        )}
      </select>
      <input type="hidden" name="back" value="${env.here}">
      <noscript><button type="submit">${t('switch')}</button></noscript>
    </form>
    <form method="post" action="/__host/prefs">
      <input type="hidden" name="back" value="${env.here}">
      <button type="submit" class="subtle" name="lang" value="${env.lang === 'zh-CN' ? 'en' : 'zh-CN'}" title="${t('language')}" data-testid="lang-toggle">${env.lang === 'zh-CN' ? 'English' : '中文'}</button>
      <button type="submit" class="subtle" name="theme" value="${env.theme === 'dark' ? 'light' : 'dark'}" title="${t('theme')}" data-testid="theme-toggle">${env.theme === 'dark' ? `☀ ${t('light')}` : `☾ ${t('dark')}`}</button>
    </form>
  </div>
</header>
<main class="page${options.narrow === true ? ' narrow' : ''}">
${body}
</main>
<div id="flags" aria-live="polite"></div>
<script src="/__host/host-client.js"></script>
</body>
</html>`;
  return page.html;
}
