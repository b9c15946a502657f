/**
 * The product itself in a real browser: the real manifest, backend and Custom UI builds. As 张三 raise a
 * request through the portal (with the app's create-property panel), then as 李四 find it in the queue and see
 * the app's issue panel show the service number the app assigned. Screenshots go to test-results/screenshots/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openSandbox, sandboxLocation } from '../../sandbox/server/open-sandbox';
import { createRealParts } from '../../sandbox/server/real-parts';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server/server';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import { launchBrowser, screenshot, trackOutsideRequests } from './browser';

jest.setTimeout(180_000);

const APP_ROOT = resolve(__dirname, '..', '..');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;
let outside: string[];
let requestKey = '';
const pageErrors: string[] = [];

/** Waits for an app frame to render something; on failure the assertion shows the page errors (e.g. a crash on import). */
async function expectRendered(moduleKey: string): Promise<void> {
  const rendered = await page
    .frameLocator(`[data-testid="frame-${moduleKey}"]`)
    .locator('body *:visible')
    .first()
    .waitFor({ timeout: 20_000 })
    .then(
      () => true,
      () => false,
    );
  expect({ moduleKey, rendered, pageErrors }).toEqual({ moduleKey, rendered: true, pageErrors: [] });
}

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, ['static/portal-intake', 'static/portal-request', 'static/agent-panel'], () => undefined);
  const location = sandboxLocation(APP_ROOT, { SANDBOX_DIR: mkdtempSync(join(tmpdir(), 'sandbox-product-')) });
  server = await startSandboxServer({ appRoot: APP_ROOT, port: 0, log: () => undefined, openInstance: (baseUrl) => openSandbox(location, createRealParts, baseUrl) });
  browser = await launchBrowser();
  outside = trackOutsideRequests(browser);
  await browser.addCookies([
    { name: 'sandbox_user', value: 'zhangsan%40example.com', url: server.url },
    { name: 'sandbox_lang', value: 'zh-CN', url: server.url },
  ]);
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the product in the sandbox', () => {
  it('as 张三, raises a request through the portal with the app panel', async () => {
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.getByTestId('summary').fill('ERP登录报错500');
    await page.getByTestId('description').fill('今天早上开始，财务报表无法打开。');
    await expectRendered('portal-intake');
    const panel = page.frameLocator('[data-testid="frame-portal-intake"]');
    await panel.getByLabel('问题类型').selectOption('software');
    await panel.getByLabel('问题子类').selectOption({ index: 1 });
    await panel.getByRole('radio', { name: /^高/ }).check();
    await panel.getByLabel('所属部门').fill('财务部');
    await panel.getByLabel(/^联系方式/).fill('13800000000');
    await screenshot(page, 'product-portal-create');
    await page.getByTestId('create').click();
    await page.waitForURL(/\/portal\/requests\/ITS-\d+$/);
    requestKey = page.url().split('/').pop() ?? '';
    await expect(page.getByTestId('request-summary').textContent()).resolves.toBe('ERP登录报错500');
    await expectRendered('portal-request');
    await page.waitForTimeout(1500);
    await screenshot(page, 'product-portal-request');
  });

  it('as 李四, sees it in the agent queue with the service number the app assigned', async () => {
    expect(requestKey).toMatch(/^ITS-\d+$/);
    await Promise.all([
      page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
      page.getByTestId('user-switch').selectOption('lisi@example.com'),
    ]);
    await page.goto(`${server.url}/agent`);
    const row = page.getByTestId(`queue-row-${requestKey}`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('ERP登录报错500');
    await screenshot(page, 'product-agent-queue');
    await row.getByRole('link', { name: requestKey }).click();
    await page.waitForURL(new RegExp(`/agent/issue/${requestKey}$`));
    await expectRendered('agent-panel');
    const panel = page.frameLocator('[data-testid="frame-agent-panel"]');
    await panel.getByText(/TS-\d{8}-\d{3}/).first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'product-agent-issue');
  });

  it('kept what 张三 entered in the panel: category, urgency, department and contact reach the service record', async () => {
    const response = await fetch(`${server.url}/rest/api/3/issue/${requestKey}/properties/service-record`, {
      headers: { authorization: `Basic ${Buffer.from('lisi@example.com:x').toString('base64')}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: Record<string, unknown> };
    expect(body.value).toMatchObject({ category: 'software', urgencyProposed: 'high', priority: 'high', department: '财务部', contact: '13800000000', channel: 'portal' });
  });

  it('never left the loopback interface', () => {
    expect(outside).toEqual([]);
  });
});
