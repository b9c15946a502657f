/**
 * Calendars in the browser (issue 11): the admin page opens on the missing-holiday-data warning; 2027's
 * notice (a self-consistent test fixture, not the State Council's notice) is pasted, read into month grids
 * beside the current data and saved; a low request due across 2027 Spring Festival moves in the agent panel
 * and its "holiday data missing" line goes; ICS import keeps the make-up workdays. zh-CN and en.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(300_000);

const APP_ROOT = resolve(__dirname, '..', '..');
const NOTICE_2027 = readFileSync(join(APP_ROOT, 'test/fixtures/state-council/notice-2027-test-fixture.txt'), 'utf8');
const PACKAGE_ICS = require.resolve('chinese-days/dist/holidays.ics');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;

/** A sandbox whose clock starts at `epochMs` (the demo desk is seeded around it). */
const sandboxAt = (epochMs: number): Promise<SandboxServer> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-calendars-'));
  writeFileSync(join(dataDir, 'clock.json'), JSON.stringify({ anchorSandboxMs: epochMs, anchorRealMs: Date.now(), frozen: true }));
  return startFixtureSandbox(APP_ROOT, dataDir);
};

const as = async (email: string, lang: 'zh-CN' | 'en'): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
    { name: 'sandbox_theme', value: 'light', url: server.url },
  ]);
};

const frameOf = (key: string): FrameLocator => page.frameLocator(`[data-testid="frame-${key}"]`);
const basic = (email: string) => `Basic ${Buffer.from(`${email}:x`).toString('base64')}`;

/** An integration (as 李四) raises a low hardware request (service-intake set at creation, as documented). */
const raiseLowRequest = async (): Promise<string> => {
  const res = await fetch(`${server.url}/rest/api/3/issue`, {
    method: 'POST',
    headers: { authorization: basic('lisi@example.com'), 'content-type': 'application/json' },
    body: JSON.stringify({
      fields: { project: { key: 'ITS' }, issuetype: { name: 'Service Request' }, summary: '会议室投影仪无信号', customfield_10010: '11' },
      properties: [{ key: 'service-intake', value: { category: 'hardware', urgency: 'low', impact: 'individual', department: '销售部', contact: 'zhangsan@example.com', channel: 'api' } }],
    }),
  });
  expect(res.status).toBe(201);
  const { key } = z.object({ key: z.string() }).parse(await res.json());
  await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
  return key;
};

const resolutionDue = async (key: string): Promise<string | null> => {
  const res = await fetch(`${server.url}/rest/api/3/issue/${key}/properties/sla`, { headers: { authorization: basic('admin@example.com') } });
  const body = z.object({ value: z.object({ priority: z.string(), resolution: z.object({ due: z.string().nullable() }).nullable() }) }).parse(await res.json());
  expect(body.value.priority).toBe('low');
  return body.value.resolution?.due ?? null;
};

afterEach(async () => {
  await browser.close();
  await server.close();
});

beforeAll(() => {
  ensureStaticBuilds(APP_ROOT, ['static/admin', 'static/agent-panel'], () => undefined);
});

const start = async (epochMs: number): Promise<void> => {
  server = await sandboxAt(epochMs);
  browser = await launchBrowser();
  page = await browser.newPage();
};

describe('calendars in the browser', () => {
  it('en, 7 December 2026: the admin page opens on the 2027 warning; a wrong notice is refused naming the line; ICS import keeps make-up days; 2027 covered by hand clears the warning', async () => {
    await start(Date.parse('2026-12-07T02:00:00Z'));
    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    const warning = admin.locator('[data-coverage-gap="2027"]');
    await warning.getByText('Holiday data for 2027 is missing (calendars: workday)', { exact: false }).waitFor();
    await screenshot(page, 'calendars-admin-warning-en');

    await warning.getByRole('button', { name: 'Paste the State Council notice for 2027' }).click();
    await expect(admin.getByRole('heading', { name: 'Calendars & holidays' }).isVisible()).resolves.toBe(true);
    const notice = admin.getByRole('textbox', { name: /Notice text 2027/ });
    await expect(notice.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await notice.fill(NOTICE_2027.replace('4月25日（周日）', '4月25日（周六）'));
    await admin.getByRole('button', { name: 'Read the notice' }).click();
    await admin.getByText(/line 9 \(四、劳动节.*2027-04-25 is a Sunday, the notice says 周六/).waitFor();
    await expect(admin.getByRole('button', { name: /to the PRC calendars/ }).isDisabled()).resolves.toBe(true);

    const workday = admin.locator('[data-calendar="workday"]');
    await workday.locator('input[type="file"]').setInputFiles(PACKAGE_ICS);
    const since2024 = (dates: Record<string, string>) => Object.keys(dates).filter((d) => d >= '2024-01-01').length;
    await workday.locator('[data-ics-result]').getByText(`${since2024(chineseDays.holidays)} holiday(s) and ${since2024(chineseDays.workdays)} make-up workday(s) added.`).waitFor();
    const workdays = await workday.getByRole('textbox', { name: /Extra working days/ }).inputValue();
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) expect(workdays).toContain(date);
    const holidays = await workday.getByRole('textbox', { name: /Extra holidays/ }).inputValue();
    expect(holidays).toContain('2026-02-15');
    expect(holidays).not.toContain('2026-02-14');
    await screenshot(page, 'calendars-admin-ics-en');

    // Covered by hand: once the admin says 2027 is listed and saves, the warnings clear.
    await workday.getByText('No holiday data for 2027 in this calendar', { exact: false }).waitFor();
    await workday.getByRole('textbox', { name: /Years listed here by hand/ }).fill('2027');
    await expect(workday.getByText('No holiday data for 2027 in this calendar', { exact: false }).count()).resolves.toBe(0);
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText('Saved (version 2).').waitFor();
    await admin.locator('[data-coverage-gap]').waitFor({ state: 'detached' });
  });

  it('zh-CN, 4 February 2027: paste and save the 2027 notice; the request due across Spring Festival moves in the agent panel; the warning clears (then en)', async () => {
    await start(Date.parse('2027-02-04T02:00:00Z'));
    const key = await raiseLowRequest();
    // No 2027 data: 1440 business minutes from Thu 10:00 end Mon 2027-02-08 16:00 — inside the closure.
    expect(await resolutionDue(key)).toBe('2027-02-08T08:00:00.000Z');

    await as('zhaoliu@example.com', 'zh-CN');
    await page.goto(`${server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    await panel.getByText('解决:缺少 2027 年节假日数据 — 到期时间按无公共假日计算').waitFor();
    await screenshot(page, 'calendars-agent-gap-zh-CN');

    await as('admin@example.com', 'zh-CN');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    const warning = admin.locator('[data-coverage-gap="2027"]');
    await warning.getByText('缺少 2027 年节假日数据(日历:workday):2027 年的到期时间按无公共假日计算。').waitFor();
    await warning.getByRole('button', { name: '粘贴国务院 2027 年节假日安排通知' }).click();
    await admin.getByRole('textbox', { name: /通知原文 2027/ }).fill(NOTICE_2027);
    await admin.getByRole('button', { name: '读取通知' }).click();
    const preview = admin.locator('[data-notice-preview="2027"]');
    await preview.getByText('2027 年:放假 29 天,调休上班 6 天。').waitFor();
    const grid = preview.locator('[data-notice-calendar="workday"]');
    await expect(grid.locator('[data-notice-summary]').textContent()).resolves.toBe('新增 35,移除 0,变更 0,不变 0');
    await expect(grid.locator('table[aria-label="2027-02 保存后"] [data-date="2027-02-05"]').getAttribute('data-change')).resolves.toBe('added');
    await expect(grid.locator('table[aria-label="2027-02 保存后"] [data-date="2027-02-05"]').getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(grid.locator('table[aria-label="2027-02 当前"] [data-date="2027-02-05"]').getAttribute('data-kind')).resolves.toBeNull();
    await expect(grid.locator('table[aria-label="2027-02 保存后"] [data-date="2027-02-20"]').getAttribute('data-kind')).resolves.toBe('workday');
    await screenshot(page, 'calendars-admin-notice-grid-zh-CN');

    await admin.getByRole('button', { name: '保存 2027 年到使用法定节假日的日历' }).click();
    await admin.getByText(/已保存/).first().waitFor();
    await expect(admin.locator('[data-coverage-gap]').count()).resolves.toBe(0);
    await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
    // The rescan moved the stored clock: Tue 2027-02-16 16:00, after the closure and the weekend.
    expect(await resolutionDue(key)).toBe('2027-02-16T08:00:00.000Z');

    await as('zhaoliu@example.com', 'en');
    await page.goto(`${server.url}/agent/issue/${key}`);
    const after = frameOf('agent-panel');
    await after.locator('[data-clock="resolution"]').waitFor();
    await expect(after.locator('[data-holiday-gap]').count()).resolves.toBe(0);
    await expect(after.locator('[data-clock="resolution"]').textContent()).resolves.toMatch(/16/);
    await screenshot(page, 'calendars-agent-after-en');

    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    await frameOf('admin').getByRole('heading', { name: 'Support standard settings' }).waitFor();
    await expect(frameOf('admin').locator('[data-coverage-gap]').count()).resolves.toBe(0);
  });
});
