/**
 * Issue 13 point 3 in the browser: the requester opens the link sent with the resolution (a page served by the
 * `survey-link` web trigger, no portal, no sign-in), confirms and rates in zh-CN, or switches to English and says
 * "not resolved"; what the page promised is what happens to the request, and a used link is refused.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import type { BrowserContext, Page } from 'playwright-core';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot, trackOutsideRequests } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(300_000);

const APP_ROOT = resolve(__dirname, '..', '..');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;
let outside: string[];

const basic = (email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:x`).toString('base64')}`, 'content-type': 'application/json' });
const settle = () => fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });

const as = async (email: string, lang: 'zh-CN' | 'en'): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
    { name: 'sandbox_theme', value: 'light', url: server.url },
  ]);
};

const adfText = (node: unknown): string => {
  if (typeof node !== 'object' || node === null) return '';
  const text: unknown = Reflect.get(node, 'text');
  if (typeof text === 'string') return text;
  const content: unknown = Reflect.get(node, 'content');
  return Array.isArray(content) ? content.map(adfText).join('') : '';
};

/** 张三 raises a request, 李四 resolves it; returns the key and the link the app posted in a public comment. */
const resolvedWithLink = async (summary: string): Promise<{ key: string; link: string }> => {
  const created = await fetch(`${server.url}/rest/servicedeskapi/request`, {
    method: 'POST',
    headers: basic('zhangsan@example.com'),
    body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary, description: summary } }),
  });
  expect(created.status).toBe(201);
  const { issueKey } = z.object({ issueKey: z.string() }).parse(await created.json());
  await settle();
  const moved = await fetch(`${server.url}/rest/api/3/issue/${issueKey}/transitions`, { method: 'POST', headers: basic('lisi@example.com'), body: JSON.stringify({ transition: { id: '51' } }) });
  expect(moved.status).toBe(204);
  await settle();
  const comments = z
    .object({ comments: z.array(z.object({ body: z.unknown(), jsdPublic: z.boolean() })) })
    .parse(await (await fetch(`${server.url}/rest/api/3/issue/${issueKey}/comment`, { headers: basic('lisi@example.com') })).json()).comments;
  const link = comments
    .filter((c) => c.jsdPublic)
    .map((c) => /(https?:\/\/\S+\/survey-link\?t=[A-Za-z0-9%._-]+)/.exec(adfText(c.body))?.[1])
    .find((l) => l !== undefined);
  expect(link).toBeDefined();
  return { key: issueKey, link: link ?? '' };
};

const statusOf = async (key: string): Promise<string> =>
  z.object({ fields: z.object({ status: z.object({ name: z.string() }) }) }).parse(await (await fetch(`${server.url}/rest/api/3/issue/${key}`, { headers: basic('lisi@example.com') })).json()).fields.status.name;

beforeAll(async () => {
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  outside = trackOutsideRequests(browser);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the confirmation-and-survey link page', () => {
  it('zh-CN: says that "resolved" closes the request, names a missing score by its label, then confirms, rates and closes', async () => {
    const { key, link } = await resolvedWithLink('打印机无法打印');
    await page.goto(link);
    await page.getByRole('heading', { name: '服务确认与评分' }).waitFor();
    await page.getByText('选择“已解决”将关闭此请求；选择“未解决”将重新打开请求，我们会继续处理。').waitFor();
    await page.getByRole('radio', { name: '已解决' }).check();
    for (const item of ['responseSpeed', 'expertise', 'effectiveness', 'recurrence']) await page.locator(`[data-item="${item}"] input[value="5"]`).check();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('处理态度：请选择 1 到 5 分。').waitFor();
    expect(await statusOf(key)).toBe('Resolved');
    await screenshot(page, 'survey-link-error-zh');

    // The answers given so far are kept on the page; only the missing one is added.
    await page.locator('[data-item="attitude"] input[value="4"]').check();
    await page.getByLabel('意见（可选）').fill('工程师很耐心');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('heading', { name: '感谢您的反馈！' }).waitFor();
    await page.getByText('您已确认问题解决，请求已关闭。').waitFor();
    await screenshot(page, 'survey-link-done-zh');
    await settle();
    expect(await statusOf(key)).toBe('Closed');
  });

  it('en: switched to English, "not resolved" reopens the request, and opening the link again is refused', async () => {
    const { key, link } = await resolvedWithLink('VPN keeps dropping');
    await page.goto(link);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Confirm and rate our service' }).waitFor();
    await page.getByText('Choosing "Resolved" closes this request; "Not resolved" reopens it and we continue working on it.').waitFor();
    await screenshot(page, 'survey-link-form-en');
    await page.getByRole('radio', { name: 'Not resolved' }).check();
    await page.getByLabel('Comment (optional)').fill('It dropped again this afternoon');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('You told us the problem is not resolved, so we reopened your request and will continue working on it.').waitFor();
    await settle();
    expect(await statusOf(key)).toBe('In Progress');

    await page.goto(`${link}&lang=en`);
    await page.getByText('This link has already been used; each link works once.').waitFor();
    await screenshot(page, 'survey-link-used-en');
    expect(outside).toEqual([]);
  });

  it('the admin picks the close transition from the workflow (zh-CN) and the choice is kept (en)', async () => {
    await resolvedWithLink('键盘按键失灵');
    await as('admin@example.com', 'zh-CN');
    await page.goto(`${server.url}/admin`);
    const admin = page.frameLocator('[data-testid="frame-admin"]');
    await admin.getByRole('button', { name: '满意度与回访', exact: true }).click();
    await admin.getByRole('combobox', { name: /用户确认“已解决”时/ }).selectOption('named');
    const picker = admin.getByRole('combobox', { name: /转换名称/ });
    await picker.locator('option', { hasText: 'Close → Closed' }).waitFor({ state: 'attached' });
    await picker.selectOption('Close');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();
    await screenshot(page, 'survey-link-admin-close-transition-zh');

    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    await admin.getByRole('button', { name: 'Survey & follow-up', exact: true }).click();
    await expect(admin.getByRole('combobox', { name: /When the requester answers "resolved"/ }).inputValue()).resolves.toBe('named');
    await expect(admin.getByRole('combobox', { name: /Transition name/ }).inputValue()).resolves.toBe('Close');
  });
});
