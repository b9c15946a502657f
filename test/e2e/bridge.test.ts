/**
 * The host pages and the bridge shim in a real browser, with the fixture Custom UI page on the unmodified
 * @forge/bridge: as 张三 raise a request through the portal with the create-property panel, then as 李四 find it
 * in the agent queue and work it. Screenshots go to test-results/screenshots/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot, trackOutsideRequests } from './browser';
import { buildFixtureApp } from './fixture-app/build-fixture';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(90_000);

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;
let outside: string[];
let requestKey = '';

beforeAll(async () => {
  server = await startFixtureSandbox(await buildFixtureApp());
  browser = await launchBrowser();
  outside = trackOutsideRequests(browser);
  await browser.addCookies([{ name: 'sandbox_user', value: 'zhangsan%40example.com', url: server.url }]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('portal → agent through the bridge', () => {
  it('as 张三, raises a request whose create-panel data lands on the request', async () => {
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.getByTestId('summary').fill('CRM系统无法新建客户');
    await page.getByTestId('description').fill("报错'权限不足'");
    const panel = page.frameLocator('[data-testid="frame-fixture-intake"]');
    await panel.locator('#note').waitFor();
    await page.getByTestId('create').click();
    await page.locator('[data-panel-invalid]').waitFor({ state: 'visible' });
    expect(page.url()).toContain('/portal/create/');
    await panel.locator('#note').fill('销售部 · 紧急');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[data-panel-data]')?.value.includes('"isValid":true') === true);
    await screenshot(page, 'portal-create');
    await page.getByTestId('create').click();
    await page.waitForURL(/\/portal\/requests\/ITS-\d+$/);
    requestKey = page.url().split('/').pop() ?? '';
    await expect(page.getByTestId('request-summary').textContent()).resolves.toBe('CRM系统无法新建客户');
    const detail = page.frameLocator('[data-testid="frame-fixture-request"]');
    await detail.locator('#done').getByText('ready').waitFor();
    const who = await detail.locator('#who').textContent();
    expect(who).toContain('销售部 · 紧急');
    expect(who).toContain(requestKey);
    await page.locator('#flags .flag').getByText('Fixture loaded').waitFor();
    await screenshot(page, 'portal-request');
  });

  it('as 李四, sees the request in the queue and works it with the issue panel', async () => {
    await Promise.all([
      page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
      page.getByTestId('user-switch').selectOption('lisi@example.com'),
    ]);
    await page.waitForLoadState('load');
    await page.goto(`${server.url}/agent`);
    const row = page.getByTestId(`queue-row-${requestKey}`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('CRM系统无法新建客户');
    await screenshot(page, 'agent-queue');

    await row.getByRole('link', { name: requestKey }).click();
    await page.waitForURL(new RegExp(`/agent/issue/${requestKey}$`));
    const lisi = server.instance.parts.emulator.resolveAccountByEmail('lisi@example.com') ?? 'missing';
    const panel = page.frameLocator('[data-testid="frame-fixture-issue"]');
    await panel.locator('#done').getByText('ready').waitFor();
    await expect(panel.locator('#me').textContent()).resolves.toBe(lisi);
    const who = await panel.locator('#who').textContent();
    expect(who).toContain(lisi);
    expect(who).toContain(`"key":"${requestKey}"`);
    await panel.locator('#heard').getByText('fixture-issue-2').waitFor();
    await page.frameLocator('[data-testid="frame-fixture-issue-2"]').locator('#heard').getByText('fixture-issue', { exact: true }).waitFor();

    await page.getByTestId('comment-body').fill('内部：已联系CRM厂商');
    await page.getByTestId('comment-internal').click();
    await page.getByText('内部：已联系CRM厂商').waitFor();
    await page.getByRole('button', { name: 'Start progress' }).click();
    await page.getByTestId('issue-status').getByText(/in progress/i).waitFor();
    await screenshot(page, 'agent-issue');

    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    await panel.locator('#done').getByText('ready').waitFor();
    await expect(panel.locator('html').getAttribute('data-color-mode')).resolves.toBe('dark');
    await screenshot(page, 'agent-issue-dark');
  });

  it('never left the loopback interface', () => {
    expect(outside).toEqual([]);
  });
});
