/**
 * Issue 13 point 5 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the admin names the
 * knowledge-base space; an agent drafts a knowledge article from a request resolved with a permanent fix — a draft
 * page in the emulated Confluence, linked (not duplicated) on a second click — and, with no space, downloads it as
 * Markdown; another request of the same kind lists the earlier solution.
 */
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(300_000);

const APP_ROOT = resolve(__dirname, '..', '..');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;

const as = async (email: string, lang: 'zh-CN' | 'en'): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
    { name: 'sandbox_theme', value: 'light', url: server.url },
  ]);
};

const frameOf = (key: string): FrameLocator => page.frameLocator(`[data-testid="frame-${key}"]`);
const basic = (email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:x`).toString('base64')}`, 'content-type': 'application/json' });
const settle = () => fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });

const raise = async (summary: string): Promise<string> => {
  const created = await fetch(`${server.url}/rest/servicedeskapi/request`, {
    method: 'POST',
    headers: basic('zhangsan@example.com'),
    body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary, description: summary } }),
  });
  expect(created.status).toBe(201);
  const { issueKey } = (await created.json()) as { issueKey: string };
  await settle();
  return issueKey;
};

const resolveIssue = async (key: string): Promise<void> => {
  const moved = await fetch(`${server.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: basic('lisi@example.com'), body: JSON.stringify({ transition: { id: '51' } }) });
  expect(moved.status).toBe(204);
  await settle();
};

const setSpace = async (lang: 'zh-CN' | 'en', spaceKey: string): Promise<void> => {
  await as('admin@example.com', lang);
  await page.goto(`${server.url}/admin`);
  const admin = frameOf('admin');
  await admin.getByRole('button', { name: lang === 'zh-CN' ? '知识库' : 'Knowledge base', exact: true }).click();
  await admin.getByRole('textbox', { name: lang === 'zh-CN' ? /Confluence 空间标识/ : /Confluence space key/ }).fill(spaceKey);
  await admin.getByRole('button', { name: lang === 'zh-CN' ? '保存' : 'Save', exact: true }).click();
  await admin.getByText(lang === 'zh-CN' ? /已保存/ : /Saved/).waitFor();
};

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, ['static/admin', 'static/agent-panel'], () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('knowledge from solved requests in the browser', () => {
  let solved: string;

  it('zh-CN: with space KB, a request resolved with a permanent fix becomes one draft page; the second click links to it', async () => {
    await setSpace('zh-CN', 'KB');
    await frameOf('admin').getByText('工程师可将以永久方案解决的请求生成为该空间中的草稿页面。').waitFor();
    solved = await raise('打印机无法打印');
    await as('lisi@example.com', 'zh-CN');
    await page.goto(`${server.url}/agent/issue/${solved}`);
    const panel = frameOf('agent-panel');
    const knowledge = panel.getByRole('region', { name: '知识库' });
    await knowledge.getByText('同一子类中以永久方案解决的以往请求(最新在前)。').waitFor();
    // Not resolved yet: no draft button.
    await expect(knowledge.getByRole('button', { name: '生成知识文章' }).count()).resolves.toBe(0);

    const fix = panel.getByRole('region', { name: '永久解决方案' });
    await fix.getByRole('button', { name: '记录: 永久解决方案' }).click();
    await fix.getByRole('textbox', { name: /处理内容/ }).fill('更换硒鼓并清洁定影器');
    await fix.getByRole('button', { name: '保存' }).click();
    await fix.getByText('更换硒鼓并清洁定影器').waitFor();
    await resolveIssue(solved);
    await page.reload();

    const ready = frameOf('agent-panel').getByRole('region', { name: '知识库' });
    await ready.getByText('文章将作为草稿页面创建在知识库空间中。').waitFor();
    await ready.getByRole('textbox', { name: /原因/ }).fill('硒鼓寿命耗尽 <b>粗体</b>');
    await ready.getByRole('button', { name: '生成知识文章' }).click();
    await ready.getByText(/^已创建草稿页面:TS-\d{8}-\d{3} 打印机无法打印$/).waitFor();
    await screenshot(page, 'knowledge-draft-created-zh');
    const link = ready.getByRole('link', { name: '在 Confluence 中打开草稿' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/wiki\/pages\/resumedraft\.action\?draftId=\d+$/);

    await ready.getByRole('button', { name: '生成知识文章' }).click();
    await ready.getByText(/^该请求已有草稿页面:TS-\d{8}-\d{3} 打印机无法打印$/).waitFor();

    // The emulated Confluence holds exactly one draft, with the agent's text escaped.
    const wiki = await (await fetch(`${server.url}/wiki`)).text();
    expect(wiki.match(/data-wiki-page=/g)).toHaveLength(1);
    await page.goto(href ?? '');
    await page.locator('[data-wiki-title]').getByText(/打印机无法打印/).waitFor();
    const body = await page.frameLocator('iframe').locator('body').textContent();
    expect(body).toContain('硒鼓寿命耗尽 <b>粗体</b>');
    expect(body).toContain('更换硒鼓并清洁定影器');
    await screenshot(page, 'knowledge-draft-in-wiki');
  });

  it('en: another request of the same kind lists the earlier solution; without a space the article downloads as Markdown', async () => {
    const next = await raise('Printer prints blank pages');
    await as('lisi@example.com', 'en');
    await page.goto(`${server.url}/agent/issue/${next}`);
    const knowledge = frameOf('agent-panel').getByRole('region', { name: 'Knowledge' });
    await knowledge.getByText('Solved before').waitFor();
    const item = knowledge.locator(`[data-solved="${solved}"]`);
    await item.getByText('更换硒鼓并清洁定影器').waitFor();
    await expect(knowledge.getByRole('button', { name: 'Draft knowledge article' }).count()).resolves.toBe(0);
    await screenshot(page, 'knowledge-solved-before-en');

    await setSpace('en', '');
    await frameOf('admin').getByText('No space: agents download articles from requests resolved with a permanent fix as Markdown files.').waitFor();
    await as('lisi@example.com', 'en');
    await page.goto(`${server.url}/agent/issue/${solved}`);
    const ready = frameOf('agent-panel').getByRole('region', { name: 'Knowledge' });
    await ready.getByText('No knowledge-base space is configured: the article is offered as a Markdown file.').waitFor();
    await ready.getByRole('button', { name: 'Draft knowledge article' }).click();
    const download = ready.getByRole('link', { name: /^Download TS-\d{8}-\d{3}\.md$/ });
    await download.waitFor();
    const markdown = decodeURIComponent((await download.getAttribute('href'))?.replace(/^data:text\/markdown;charset=utf-8,/, '') ?? '');
    expect(markdown).toMatch(/^# TS\\-\d{8}\\-\d{3} 打印机无法打印/);
    expect(markdown).toContain('更换硒鼓并清洁定影器');
    await screenshot(page, 'knowledge-markdown-en');
  });
});
