/**
 * The real Custom UI apps (static/*) in the sandbox, driven in Chromium: 张三 raises a request and follows
 * it on the portal, 李四 works it in the agent panel while the sandbox clock moves through the warning
 * levels to a breach, 张三 confirms and rates, the agent panel shows the follow-up, and the admin console
 * refuses bad input and a stale save. Every surface is photographed in light/dark × zh-CN/en into
 * test-results/screenshots/ and checked with axe-core (no serious or critical violation).
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot, trackOutsideRequests } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(300_000);

const APP_ROOT = resolve(__dirname, '..', '..');
const APPS = ['agent-panel', 'portal-intake', 'portal-request', 'admin', 'reports'] as const;
const AXE_SOURCE = join(APP_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;
let outside: string[];
let requestKey = '';

const as = async (email: string, lang: 'zh-CN' | 'en' = 'zh-CN', theme: 'light' | 'dark' = 'light'): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
    { name: 'sandbox_theme', value: theme, url: server.url },
  ]);
};

const frameOf = (key: string): FrameLocator => page.frameLocator(`[data-testid="frame-${key}"]`);

const frameHandle = async (key: string): Promise<Frame> => {
  const element = await page.locator(`[data-testid="frame-${key}"]`).elementHandle();
  const frame = await element.contentFrame();
  if (frame === null) throw new Error(`no frame for ${key}`);
  return frame;
};

const ViolationsSchema = z.array(z.object({ id: z.string(), impact: z.string().nullable().optional(), help: z.string(), nodes: z.array(z.unknown()) }));

/** axe-core inside the app's frame; returns the serious and critical violations as `id: help (n nodes)`. */
const seriousViolations = async (key: string): Promise<string[]> => {
  const frame = await frameHandle(key);
  await frame.addScriptTag({ path: AXE_SOURCE });
  const raw: unknown = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return ViolationsSchema.parse(raw)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
};

const SlaPropertySchema = z.object({
  value: z.object({
    nextCheckAt: z.number().nullable(),
    response: z.object({ due: z.string().nullable() }).nullable(),
  }),
});

/** The request's stored SLA snapshot, read through the emulated REST API as the Jira admin. */
const slaOf = async (key: string) => {
  const res = await fetch(`${server.url}/rest/api/3/issue/${key}/properties/sla`, {
    headers: { authorization: `Basic ${Buffer.from('admin@example.com:x').toString('base64')}` },
  });
  return SlaPropertySchema.parse(await res.json()).value;
};

const AgentSlaSchema = z.object({
  result: z.object({
    ok: z.literal(true),
    data: z.object({ sla: z.object({ nextCheckAt: z.number().nullable(), response: z.object({ due: z.string().nullable() }).nullable() }) }),
  }),
});

/** The clocks as the agent panel gets them (`agent/getState` through the host's bridge), evaluated when read. */
const agentSlaOf = async () => {
  const descriptor = await page.locator('[data-testid="frame-agent-panel"]').getAttribute('data-descriptor');
  const body = `{"descriptor":${descriptor ?? 'null'},"functionKey":"agent/getState","payload":{}}`;
  const raw: unknown = await page.evaluate(
    async (json): Promise<unknown> => {
      const res = await fetch('/__host/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
      return (await res.json()) as unknown;
    },
    body,
  );
  return AgentSlaSchema.parse(raw).result.data.sla;
};

/**
 * The panel evaluates the clocks when it reads them, so one minute past a crossing is enough: no sweep
 * (every five minutes) has to have stored the crossing first.
 */
const PAST_CROSSING_MS = 60_000;

const moveClockTo = async (epochMs: number): Promise<void> => {
  const res = await fetch(`${server.url}/__sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ set: new Date(epochMs).toISOString() }),
  });
  expect(res.status).toBe(200);
  await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });
};

const responseTone = async (): Promise<string | null> => {
  const clock = frameOf('agent-panel').locator('[data-clock="response"]');
  await clock.waitFor();
  return clock.getAttribute('data-tone');
};

const reloadedTone = async (): Promise<string | null> => {
  await page.reload();
  return responseTone();
};

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, APPS.map((app) => `static/${app}`), () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  browser = await launchBrowser();
  outside = trackOutsideRequests(browser);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('Custom UI apps in the sandbox', () => {
  it('张三 raises a high-priority software request through the intake panel; the portal panel shows its number, commitment and live clocks', async () => {
    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.getByTestId('summary').fill('CRM系统无法新建客户');
    const intake = frameOf('portal-intake');
    await intake.getByRole('combobox', { name: /问题类型/ }).selectOption('software');
    await intake.getByRole('radio', { name: /^高/ }).check();
    await intake.getByRole('textbox', { name: /所属部门/ }).fill('销售部');
    await page.getByTestId('create').click();
    // The panel reported the missing subcategory and contact as invalid, so the portal did not create anything.
    await page.locator('[data-panel-invalid]').waitFor({ state: 'visible' });
    await intake.getByText('请填写问题子类。').waitFor();
    await intake.getByText('请填写联系方式(电话、邮箱或 IM)。').waitFor();
    await intake.getByRole('combobox', { name: /问题子类/ }).selectOption({ index: 1 });
    await intake.getByRole('textbox', { name: /联系方式/ }).fill('138 0000 0000');
    await intake.getByRole('textbox', { name: /影响说明/ }).fill('10 人无法打卡');
    await screenshot(page, 'ui-portal-intake-filled');
    await page.getByTestId('create').click();
    await page.waitForURL(/\/portal\/requests\/[A-Z]+-\d+$/);
    requestKey = page.url().split('/').pop() ?? '';

    const panel = frameOf('portal-request');
    await expect(panel.locator('[data-service-number]').textContent()).resolves.toMatch(/^TS-\d{8}-\d{3}$/);
    await expect(panel.locator('[data-commitment]').textContent()).resolves.toMatch(/\d{2}:\d{2}/);
    const countdown = panel.locator('[data-clock="response"]');
    const first = await countdown.textContent();
    await page.waitForTimeout(2_500);
    expect(await countdown.textContent()).not.toBe(first);
  });

  it('李四 verifies the urgency, and the clock tones follow the sandbox clock to the warnings and the breach', async () => {
    await as('lisi@example.com');
    await page.goto(`${server.url}/agent/issue/${requestKey}`);
    const panel = frameOf('agent-panel');
    await expect(panel.locator('[data-service-number]').textContent()).resolves.toMatch(/^TS-/);
    expect(await responseTone()).toBe('ok');

    await panel.getByRole('button', { name: '核实 / 修改' }).click();
    await panel.getByRole('combobox', { name: /紧急程度/ }).selectOption('high');
    await panel.getByRole('textbox', { name: '备注' }).fill('影响整个销售部');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByText('影响整个销售部').waitFor();
    // Names, not ids: the verifier and the category as configured.
    await panel.getByText(/^李四 于 /).waitFor();
    await panel.getByText(/^软件异常 \/ /).waitFor();
    await expect(panel.locator('[data-priority]').getAttribute('data-priority')).resolves.toBe('high');

    for (const tone of ['warning', 'critical']) {
      const { nextCheckAt } = await agentSlaOf();
      expect(nextCheckAt).not.toBeNull();
      await moveClockTo((nextCheckAt ?? 0) + PAST_CROSSING_MS);
      expect(await reloadedTone()).toBe(tone);
    }
    await screenshot(page, 'ui-agent-panel-warning');

    const { response } = await agentSlaOf();
    await moveClockTo(Date.parse(response?.due ?? '') + PAST_CROSSING_MS);
    expect(await reloadedTone()).toBe('breached');
    await expect(panel.locator('[data-clock="response"]').textContent()).resolves.toContain('已超时');
    await screenshot(page, 'ui-agent-panel-breached');
  });

  it('李四 resolves; 张三 confirms and rates attitude 2; the agent panel shows the follow-up', async () => {
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByTestId('issue-status').getByText(/resolved|done/i).waitFor();

    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal/requests/${requestKey}`);
    const portal = frameOf('portal-request');
    await portal.getByRole('button', { name: '已解决' }).click();
    await portal.getByRole('button', { name: '提交评分' }).click();
    await expect(portal.getByText('请为“').count()).resolves.toBe(5);
    const scores: Record<string, number> = { 响应速度: 4, 服务态度: 2, 专业能力: 5, 解决效果: 4, 问题未复发: 4 };
    for (const [item, score] of Object.entries(scores)) {
      await portal.getByRole('group', { name: item }).getByLabel(`${score} 分(满分 5 分)`).check();
    }
    await portal.getByRole('button', { name: '提交评分' }).click();
    await portal.getByText('感谢您的反馈!').waitFor();
    await screenshot(page, 'ui-portal-request-thanks');

    await as('lisi@example.com');
    await page.goto(`${server.url}/agent/issue/${requestKey}`);
    const agent = frameOf('agent-panel');
    await agent.getByText('低分').waitFor();
    await expect(agent.locator('[data-follow-up]').count()).resolves.toBe(1);
  });

  it('the admin console names the bad field and saves nothing, then refuses a stale save', async () => {
    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: 'Numbering' }).click();
    await admin.getByLabel('Prefix').fill('ts-');
    await admin.getByText('expected 1–10 upper-case letters').first().waitFor();
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText(/Nothing was saved/).waitFor();
    await page.reload();
    await admin.getByRole('button', { name: 'Numbering' }).click();
    await expect(admin.getByLabel('Prefix').inputValue()).resolves.toBe('TS');

    const other = await browser.newPage();
    await other.goto(`${server.url}/admin`);
    const otherAdmin = other.frameLocator('[data-testid="frame-admin"]');
    await otherAdmin.getByRole('button', { name: 'Numbering' }).click();
    await otherAdmin.getByLabel('Prefix').fill('SD');
    await otherAdmin.getByRole('button', { name: 'Save', exact: true }).click();
    await otherAdmin.getByText(/^Saved \(version/).waitFor();
    await other.close();

    await admin.getByLabel('Prefix').fill('IT');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText(/someone else saved the settings/).waitFor();
    await screenshot(page, 'ui-admin-stale-save');
  });

  it('the admin shortens a response target and adds a holiday; the open request follows after the save', async () => {
    await as('zhangsan@example.com');
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('request-type-12').click();
    await page.getByTestId('summary').fill('OA系统登录缓慢');
    const intake = frameOf('portal-intake');
    await intake.getByRole('combobox', { name: /问题类型/ }).selectOption('software');
    await intake.getByRole('combobox', { name: /问题子类/ }).selectOption({ index: 1 });
    await intake.getByRole('radio', { name: /^高/ }).check();
    await intake.getByRole('textbox', { name: /所属部门/ }).fill('财务部');
    await intake.getByRole('textbox', { name: /联系方式/ }).fill('wangwu@example.com');
    await page.getByTestId('create').click();
    await page.waitForURL(/\/portal\/requests\/[A-Z]+-\d+$/);
    const key = page.url().split('/').pop() ?? '';
    const before = await slaOf(key);

    await as('admin@example.com', 'en');
    await page.goto(`${server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: 'Priorities & targets' }).click();
    await admin.getByRole('region', { name: 'High' }).getByRole('textbox', { name: /Response \(minutes\)/ }).fill('60');
    await admin.getByRole('button', { name: 'Calendars & holidays' }).click();
    const dueDate = (before.response?.due ?? '').slice(0, 10);
    const holidays = admin.locator('[data-calendar="workday"]').getByRole('textbox', { name: /Extra holidays/ });
    await holidays.fill(dueDate);
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText(/^Saved \(version/).waitFor();

    let after = await slaOf(key);
    for (let attempt = 0; attempt < 20 && after.response?.due === before.response?.due; attempt += 1) {
      await page.waitForTimeout(500);
      after = await slaOf(key);
    }
    expect(after.response?.due).not.toBe(before.response?.due);
    await as('lisi@example.com');
    await page.goto(`${server.url}/agent/issue/${key}`);
    await frameOf('agent-panel').locator('[data-clock="response"]').getByText(/目标 1小时/).waitFor();
  });

  const SURFACES = [
    {
      name: 'portal-intake',
      user: 'zhangsan@example.com',
      open: async () => {
        await page.goto(`${server.url}/portal`);
        await page.getByTestId('request-type-12').click();
      },
    },
    { name: 'portal-request', user: 'zhangsan@example.com', open: () => page.goto(`${server.url}/portal/requests/${requestKey}`) },
    { name: 'agent-panel', user: 'lisi@example.com', open: () => page.goto(`${server.url}/agent/issue/${requestKey}`) },
    { name: 'admin', user: 'admin@example.com', open: () => page.goto(`${server.url}/admin`) },
    { name: 'reports', user: 'zhouba@example.com', open: () => page.goto(`${server.url}/reports/reports`) },
    { name: 'sla-overview', user: 'lisi@example.com', open: () => page.goto(`${server.url}/reports/sla-overview`) },
  ] as const;

  for (const surface of SURFACES) {
    it(`${surface.name}: light and dark, zh-CN and en, no serious accessibility violation`, async () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          await as(surface.user, lang, theme);
          await surface.open();
          const frame = await frameHandle(surface.name);
          await frame.locator('#root > *').first().waitFor();
          await frame.waitForFunction(() => document.querySelector('[role="status"] .ss-spinner') === null);
          await expect(frame.locator('html').getAttribute('data-color-mode')).resolves.toBe(theme);
          await expect(frame.locator('html').getAttribute('lang')).resolves.toBe(lang);
          await screenshot(page, `ui-${surface.name}-${lang}-${theme}`);
          expect(await seriousViolations(surface.name)).toEqual([]);
        }
      }
    });
  }

  it('never left the loopback interface', () => {
    expect(outside).toEqual([]);
  });
});
