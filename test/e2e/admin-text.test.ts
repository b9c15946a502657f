/**
 * The admin console speaks the admin's language (issue 14 point 6), in the real admin build in Chromium, in
 * zh-CN and en: a problem names the field by its label (never a config path), a negative target is not
 * restated as a duration, a rule just added is not greeted with "must not be blank", rule conditions are
 * picked by name, and the header names who saved by their Jira display name.
 */
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(180_000);

const APP_ROOT = resolve(__dirname, '..', '..');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;

const openAdmin = async (lang: 'zh-CN' | 'en'): Promise<FrameLocator> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent('admin@example.com'), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
  ]);
  await page.goto(`${server.url}/admin`);
  return page.frameLocator('[data-testid="frame-admin"]');
};

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, ['static/admin'], () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const WORDS = {
  'zh-CN': {
    priorities: '优先级与时限',
    urgent: '紧急',
    response: '响应(分钟)',
    positive: '必须大于 0 分钟',
    problem: '紧急 · 响应(分钟):必须大于 0 分钟',
    fiveMinutes: '= 5分钟',
    moduleTitle: '服务标准',
    rules: '优先级规则',
    addRule: '添加规则',
    blank: '不能为空',
    hardware: '硬件故障',
    save: '保存',
    discard: '放弃修改',
    numbering: '单号',
    prefix: '前缀',
    savedBy: /Site Admin 于 .* 保存/,
  },
  en: {
    priorities: 'Priorities & targets',
    urgent: 'Urgent',
    response: /Response \(minutes\)/,
    positive: 'must be more than 0 minutes',
    problem: 'Urgent · Response (minutes): must be more than 0 minutes',
    fiveMinutes: '= 5 min',
    moduleTitle: 'Support standard',
    rules: 'Priority rules',
    addRule: 'Add rule',
    blank: 'must not be blank',
    hardware: 'Hardware fault',
    save: 'Save',
    discard: 'Discard changes',
    numbering: 'Numbering',
    prefix: 'Prefix',
    savedBy: /saved .* by Site Admin/,
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('the admin console in %s', (lang) => {
  const w = WORDS[lang];

  it('names a bad target by its label and does not restate -5 as a duration', async () => {
    const admin = await openAdmin(lang);
    // The module title from the manifest's translations, in the viewer's language only.
    await expect(page.locator('[data-module="admin"] > header').textContent()).resolves.toBe(`App${w.moduleTitle}`);
    await admin.getByRole('button', { name: w.priorities }).click();
    await admin.getByRole('region', { name: w.urgent, exact: true }).getByRole('textbox', { name: w.response }).fill('-5');
    await admin.getByText(w.problem).waitFor();
    await expect(admin.getByText(w.positive).count()).resolves.toBeGreaterThanOrEqual(2); // beside the field and in the list
    await expect(admin.getByText('priorities.urgent.response').count()).resolves.toBe(0);
    await expect(admin.getByText(w.fiveMinutes, { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, `admin-text-target-${lang}`);
  });

  it('adds a rule without "must not be blank", picks its category by name, and reports the blank names on save', async () => {
    const admin = await openAdmin(lang);
    await admin.getByRole('button', { name: w.rules }).click();
    const rules = admin.locator('[data-rule]');
    const before = await rules.count();
    await admin.getByRole('button', { name: w.addRule }).click();
    const added = rules.nth(before);
    await added.waitFor();
    await expect(admin.getByText(w.blank).count()).resolves.toBe(0);

    await added.getByRole('checkbox', { name: w.hardware, exact: true }).check();
    await expect(added.getByRole('checkbox', { name: w.hardware, exact: true }).isChecked()).resolves.toBe(true);
    await expect(added.getByRole('textbox', { name: /ids|标识\)/ }).count()).resolves.toBe(0);

    await admin.getByRole('button', { name: w.save, exact: true }).click();
    await expect(admin.getByText(w.blank).count()).resolves.toBeGreaterThanOrEqual(1);
    await screenshot(page, `admin-text-new-rule-${lang}`);
  });

  it('shows who saved by their Jira display name, not an account id', async () => {
    const admin = await openAdmin(lang);
    await admin.getByRole('button', { name: w.numbering }).click();
    const prefix = admin.getByLabel(w.prefix);
    await prefix.fill((await prefix.inputValue()) === 'TS' ? 'IT' : 'TS');
    await admin.getByRole('button', { name: w.save, exact: true }).click();
    await admin.getByText(w.savedBy).waitFor();
    await expect(admin.getByText(/5f1a0000/).count()).resolves.toBe(0);
  });
});
