/**
 * Bad input in every form of the requester and agent surfaces (issue 5): the real Custom UI builds in
 * Chromium, in zh-CN, each form refusing what it must refuse with a message that names the field, and the
 * emulated Jira showing that nothing was created or stored. The admin console's case is in ui-surfaces.
 */
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(120_000);

const APP_ROOT = resolve(__dirname, '..', '..');
const APPS = ['portal-intake', 'agent-panel', 'portal-request'] as const;
/** The seed's first request: 张三's, open, unassigned, numbered by the app when the sandbox showed it the seed. */
const SEED_KEY = 'ITS-1';

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;

const as = async (email: string): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: 'zh-CN', url: server.url },
  ]);
};

const frameOf = (key: string): FrameLocator => page.frameLocator(`[data-testid="frame-${key}"]`);

const basic = (email: string): string => `Basic ${Buffer.from(`${email}:x`).toString('base64')}`;

const rest = (path: string, email: string, init: { method?: string; body?: unknown } = {}): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: basic(email), 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

const settle = async (): Promise<void> => {
  const res = await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
  expect(res.status).toBe(200);
};

const PropertySchema = z.object({ key: z.string(), value: z.unknown() });

/** An issue property as the Jira admin reads it, or `null` when the request has none under that key. */
const propertyOf = async (key: string, property: string): Promise<unknown> => {
  const res = await rest(`/rest/api/3/issue/${key}/properties/${property}`, 'admin@example.com');
  if (res.status === 404) return null;
  expect(res.status).toBe(200);
  return PropertySchema.parse(await res.json()).value;
};

const SearchSchema = z.object({ issues: z.array(z.object({ id: z.string() })), isLast: z.boolean().optional() });

const requestCount = async (): Promise<number> => {
  const res = await rest(`/rest/api/3/search/jql?jql=${encodeURIComponent('project=ITS')}&maxResults=5000`, 'admin@example.com');
  expect(res.status).toBe(200);
  const body = SearchSchema.parse(await res.json());
  expect(body.isLast).not.toBe(false);
  return body.issues.length;
};

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, APPS.map((app) => `static/${app}`), () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('bad input in the requester and agent forms names the field and saves nothing', () => {
  it('portal-intake: missing category, department and contact and a future start time are named; Create stays blocked', async () => {
    const before = await requestCount();
    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.waitForURL(/\/portal\/create\//);
    const createUrl = page.url();
    await page.getByTestId('summary').fill('打印机无法连接');
    const intake = frameOf('portal-intake');
    const category = intake.getByRole('combobox', { name: /问题类型/ });
    // Choosing and then clearing the category is how a requester ends up with none.
    await category.selectOption('software');
    await intake.getByText('请填写问题子类。').waitFor();
    await category.selectOption('');
    await intake.getByRole('textbox', { name: /发生时间/ }).fill('2099-01-01T09:00');

    await page.getByTestId('create').click();
    await page.locator('[data-panel-invalid]').waitFor({ state: 'visible' });
    for (const message of ['请填写问题类型。', '请填写所属部门。', '请填写联系方式(电话、邮箱或 IM)。', '发生时间不能晚于当前时间。']) {
      await intake.getByText(message, { exact: true }).waitFor();
    }
    await expect(category.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(intake.getByRole('textbox', { name: /所属部门/ }).getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'validation-portal-intake');

    expect(page.url()).toBe(createUrl);
    await settle();
    expect(await requestCount()).toBe(before);
  });

  it('portal-intake: Create with the panel untouched names every required field still empty and creates nothing', async () => {
    const before = await requestCount();
    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.waitForURL(/\/portal\/create\//);
    const createUrl = page.url();
    await page.getByTestId('summary').fill('打印机无法连接');
    const intake = frameOf('portal-intake');
    await intake.getByRole('combobox', { name: /问题类型/ }).waitFor();

    await page.getByTestId('create').click();
    await page.locator('[data-panel-invalid]').waitFor({ state: 'visible' });
    const missing = (await intake.locator('[data-missing]').textContent()) ?? '';
    expect(missing).toMatch(/^尚需填写:/);
    for (const label of ['问题类型', '所属部门', '联系方式(电话、邮箱或 IM)']) expect(missing).toContain(label);
    // Filled or not yet applicable fields are not listed.
    for (const label of ['问题子类', '紧急程度', '影响范围', '发生时间']) expect(missing).not.toContain(label);
    await screenshot(page, 'validation-portal-intake-untouched');

    expect(page.url()).toBe(createUrl);
    await settle();
    expect(await requestCount()).toBe(before);
  });

  it('agent-panel: an empty workaround, a blank permanent fix and a half-typed expected date are refused naming the field; the service record is unchanged', async () => {
    const before = await propertyOf(SEED_KEY, 'service-record');
    expect(before).not.toBeNull();
    await as('lisi@example.com');
    await page.goto(`${server.url}/agent/issue/${SEED_KEY}`);
    const panel = frameOf('agent-panel');

    for (const [title, text] of [['临时方案', ''], ['永久解决方案', '   ']] as const) {
      const section = panel.getByRole('region', { name: title });
      await section.getByRole('button', { name: `记录: ${title}` }).click();
      const field = section.getByRole('textbox', { name: /处理内容/ });
      await field.fill(text);
      await section.getByRole('button', { name: '保存' }).click();
      await section.getByText('请填写处理内容。', { exact: true }).waitFor();
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(section.getByRole('button', { name: '保存' }).isVisible()).resolves.toBe(true);
    }
    await screenshot(page, 'validation-agent-panel');

    // A half-typed expected date (the control then reads '') must not be dropped silently with valid text.
    const workaround = panel.getByRole('region', { name: '临时方案' });
    await workaround.getByRole('textbox', { name: /处理内容/ }).fill('重启 CRM 服务');
    const expected = workaround.getByLabel(/预计完成时间/);
    await expected.click();
    await page.keyboard.type('12012026');
    await workaround.getByRole('button', { name: '保存' }).click();
    await workaround.getByText('预计完成时间:请填写完整的日期和时间,或清空。', { exact: true }).waitFor();
    await expect(expected.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'validation-agent-panel-expected');

    await settle();
    expect(await propertyOf(SEED_KEY, 'service-record')).toEqual(before);
    await page.reload();
    // Wait for the reloaded panel to render its remedies before counting them.
    await panel.getByRole('region', { name: '临时方案' }).getByText('暂无记录').waitFor();
    await expect(panel.getByText('暂无记录').count()).resolves.toBe(2);
  });

  it('portal-request: a survey with 服务态度 unanswered is refused naming that item; no survey is stored', async () => {
    const resolved = await rest(`/rest/api/3/issue/${SEED_KEY}/transitions`, 'lisi@example.com', { method: 'POST', body: { transition: { id: '51' } } });
    expect(resolved.status).toBe(204);
    await settle();

    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal/requests/${SEED_KEY}`);
    const portal = frameOf('portal-request');
    await portal.getByRole('button', { name: '已解决' }).click();
    const answered: Record<string, number> = { 响应速度: 4, 专业能力: 5, 解决效果: 4, 问题未复发: 3 };
    for (const [item, score] of Object.entries(answered)) {
      await portal.getByRole('group', { name: item }).getByLabel(`${score} 分(满分 5 分)`).check();
    }
    await portal.getByRole('button', { name: '提交评分' }).click();
    await portal.getByText('请为“服务态度”评分。', { exact: true }).waitFor();
    await expect(portal.getByText('请为“').count()).resolves.toBe(1);
    await expect(portal.getByRole('group', { name: '服务态度' }).getAttribute('aria-describedby')).resolves.toMatch(/error/);
    await screenshot(page, 'validation-portal-request');

    await settle();
    expect(await propertyOf(SEED_KEY, 'survey')).toBeNull();
    await expect(portal.getByText('感谢您的反馈!').count()).resolves.toBe(0);
  });
});
