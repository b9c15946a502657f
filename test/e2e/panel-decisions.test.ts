/**
 * Issue 14 point 2 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the agent panel shows the
 * backend's decision on whether an on-site visit is timed, so when the admin gives the medium priority an on-site
 * target the same request's panel follows the changed configuration, and the survey items it marks low follow the
 * configured low-score threshold — nothing in the panel decides either.
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

/** 张三 raises a (medium) request through the JSM REST API; returns its key once the app has numbered it. */
const raise = async (summary: string): Promise<string> => {
  const created = await fetch(`${server.url}/rest/servicedeskapi/request`, {
    method: 'POST',
    headers: basic('zhangsan@example.com'),
    body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary, description: summary } }),
  });
  expect(created.status).toBe(201);
  const { issueKey } = (await created.json()) as { issueKey: string };
  await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
  return issueKey;
};

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, ['static/admin', 'static/agent-panel', 'static/portal-request'], () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the agent panel follows the configuration through the backend (issue 14 point 2)', () => {
  it('a medium request is untimed on-site until the admin gives medium an on-site target; then the same panel shows it timed (zh-CN and en)', async () => {
    const key = await raise('会议室投影仪无法开机');
    await as('zhaoliu@example.com', 'zh-CN');
    await page.goto(`${server.url}/agent/issue/${key}`);
    const before = frameOf('agent-panel').getByRole('region', { name: '上门服务' });
    await before.getByText('该优先级未设上门出发时限:仅记录上门过程,不计时。').waitFor();
    await before.getByRole('button', { name: '需要上门' }).waitFor();

    await as('admin@example.com', 'zh-CN');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: '优先级与时限', exact: true }).click();
    await admin.getByRole('region', { name: '中', exact: true }).getByRole('textbox', { name: /上门出发/ }).fill('240');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();

    await as('zhaoliu@example.com', 'zh-CN');
    await page.goto(`${server.url}/agent/issue/${key}`);
    const zh = frameOf('agent-panel').getByRole('region', { name: '上门服务' });
    await zh.getByRole('button', { name: '需要上门' }).waitFor();
    await expect(zh.locator('[data-onsite-untimed]').count()).resolves.toBe(0);
    await screenshot(page, 'panel-decisions-onsite-timed-zh');

    await as('zhaoliu@example.com', 'en');
    await page.reload();
    const en = frameOf('agent-panel').getByRole('region', { name: 'On-site visit' });
    await en.getByRole('button', { name: 'On-site requested' }).waitFor();
    await expect(en.locator('[data-onsite-untimed]').count()).resolves.toBe(0);
    await screenshot(page, 'panel-decisions-onsite-timed-en');
  });

  it('with the low-score threshold raised to 4 by the admin, the panel marks a 3 as low (zh-CN and en)', async () => {
    const key = await raise('打印机卡纸');
    await as('admin@example.com', 'zh-CN');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: '满意度与回访', exact: true }).click();
    await admin.getByRole('textbox', { name: /^阈值/ }).fill('4');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();

    const resolved = await fetch(`${server.url}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: basic('lisi@example.com'), body: JSON.stringify({ transition: { id: '51' } }) });
    expect(resolved.status).toBe(204);
    await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
    await as('zhangsan@example.com', 'zh-CN');
    await page.goto(`${server.url}/portal/requests/${key}`);
    const portal = frameOf('portal-request');
    await portal.getByRole('button', { name: '已解决' }).click();
    const given: Record<string, number> = { 响应速度: 3, 服务态度: 5, 专业能力: 4, 解决效果: 5, 问题未复发: 5 };
    for (const [item, score] of Object.entries(given)) {
      await portal.getByRole('group', { name: item }).getByLabel(`${score} 分(满分 5 分)`).check();
    }
    await portal.getByRole('button', { name: '提交评分' }).click();
    await portal.getByText('感谢您的反馈!').waitFor();
    await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });

    await as('lisi@example.com', 'zh-CN');
    await page.goto(`${server.url}/agent/issue/${key}`);
    const zh = frameOf('agent-panel');
    await zh.getByText('低分', { exact: true }).waitFor();
    // Only 响应速度 (3) is below 4; 专业能力 (4) equals the threshold and is not low.
    await expect(zh.locator('[data-low]').count()).resolves.toBe(1);
    await expect(zh.getByRole('row', { name: /响应速度/ }).locator('[data-low]').count()).resolves.toBe(1);
    await screenshot(page, 'panel-decisions-low-items-zh');

    await as('lisi@example.com', 'en');
    await page.reload();
    const en = frameOf('agent-panel');
    await en.getByText('Low score', { exact: true }).waitFor();
    await expect(en.locator('[data-low]').count()).resolves.toBe(1);
    await expect(en.getByRole('row', { name: /Response speed/ }).locator('[data-low]').count()).resolves.toBe(1);
    await screenshot(page, 'panel-decisions-low-items-en');
  });
});
