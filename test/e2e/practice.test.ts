/**
 * Issue 12 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the routing strategy an admin
 * picks is explained and kept, and the agent panel's remedy forms refuse past dates and start from the current
 * remedy.
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

describe('issue 12 in the browser', () => {
  it('the admin picks least-loaded routing (zh-CN), the page says what it does, and the choice is kept (en)', async () => {
    await as('admin@example.com', 'zh-CN');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: '分派', exact: true }).click();
    await admin.getByText('新请求按顺序轮流分派给组内成员。').waitFor();
    await admin.getByRole('combobox', { name: /分派方式/ }).selectOption('least-loaded');
    await admin.getByText('新请求分派给当前未完成请求最少的成员;数量相同时轮流分派。').waitFor();
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();
    await screenshot(page, 'practice-admin-least-loaded-zh');

    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    await admin.getByRole('button', { name: 'Routing', exact: true }).click();
    await expect(admin.getByRole('combobox', { name: /Assignment/ }).inputValue()).resolves.toBe('least-loaded');
    await admin.getByText('New requests go to the member with the fewest open assigned requests; equal loads take turns.').waitFor();
  });
});
