/**
 * The reports queue page (static/reports) in Chromium against the real sandbox: 周八 (duty supervisor, an agent
 * of the project) opens it in zh-CN and en; the charts draw, the headline figures equal the backend's report for
 * the same period and an independent count of the requests through the REST API, and "Export CSV" downloads
 * the service-record table with a UTF-8 BOM and headers in the page's language. Screenshots go to
 * test-results/screenshots/reports-*.png.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import { SERVICE_RECORD_HEADERS } from '../../src/domain/export/service-record-columns';
import { ReportResultSchema } from '../../src/shared/rpc';
import { ensureStaticBuilds } from '../../sandbox/server/static-build';
import type { SandboxServer } from '../../sandbox/server/server';
import { launchBrowser, screenshot, trackOutsideRequests } from './browser';
import { startFixtureSandbox } from './start-fixture-sandbox';

jest.setTimeout(120_000);

const APP_ROOT = resolve(__dirname, '..', '..');
const AXE_SOURCE = join(APP_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const AGENT = 'zhouba@example.com';

let server: SandboxServer;
let browser: BrowserContext;
let page: Page;
let outside: string[];

const as = async (email: string, lang: 'zh-CN' | 'en', theme: 'light' | 'dark'): Promise<void> => {
  await browser.addCookies([
    { name: 'sandbox_user', value: encodeURIComponent(email), url: server.url },
    { name: 'sandbox_lang', value: lang, url: server.url },
    { name: 'sandbox_theme', value: theme, url: server.url },
  ]);
};

const reportsFrame = (): FrameLocator => page.frameLocator('[data-testid="frame-reports"]');

const PeriodSchema = z.object({ from: z.number(), to: z.number(), timezone: z.string(), projectId: z.string().nullable() });
const InvokeBodySchema = z.object({ descriptor: z.unknown(), functionKey: z.string(), payload: z.unknown() });

/** The resolver as the page's own bridge calls it (`/__host/invoke`, identity from the cookie). */
const invokeAsPage = async (descriptor: unknown, functionKey: string, payload: unknown): Promise<unknown> => {
  const body = JSON.stringify({ descriptor, functionKey, payload });
  const raw: unknown = await page.evaluate(async (json): Promise<unknown> => {
    const res = await fetch('/__host/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
    return (await res.json()) as unknown;
  }, body);
  return z.object({ result: z.unknown() }).parse(raw).result;
};

const SearchPageSchema = z.object({
  issues: z.array(z.object({ key: z.string(), fields: z.object({ created: z.string(), project: z.object({ id: z.string() }) }) })),
  nextPageToken: z.string().nullish(),
});

/** Requests with a service record created in the period, counted from REST without the app's report code. */
const countFromRest = async (period: z.infer<typeof PeriodSchema>): Promise<number> => {
  const auth = `Basic ${Buffer.from('admin@example.com:x').toString('base64')}`;
  let token: string | null = null;
  let count = 0;
  do {
    const url = new URL(`${server.url}/rest/api/3/search/jql`);
    url.searchParams.set('jql', 'tsNumber IS NOT EMPTY ORDER BY created ASC');
    url.searchParams.set('fields', 'created,project');
    url.searchParams.set('maxResults', '100');
    if (token !== null) url.searchParams.set('nextPageToken', token);
    const res = await fetch(url, { headers: { authorization: auth } });
    expect(res.status).toBe(200);
    const body = SearchPageSchema.parse(await res.json());
    for (const issue of body.issues) {
      const created = Date.parse(issue.fields.created);
      if (issue.fields.project.id === period.projectId && created >= period.from && created < period.to) count += 1;
    }
    token = body.nextPageToken ?? null;
  } while (token !== null);
  return count;
};

const figureText = async (id: string): Promise<string> => (await reportsFrame().locator(`[data-figure="${id}"]`).textContent()) ?? '';

const ViolationsSchema = z.array(z.object({ id: z.string(), impact: z.string().nullable().optional(), help: z.string() }));

/** axe-core inside the reports frame: the serious and critical violations, as `id: help`. */
const seriousViolations = async (): Promise<string[]> => {
  const element = await page.locator('[data-testid="frame-reports"]').elementHandle();
  const frame = await element.contentFrame();
  if (frame === null) throw new Error('no reports frame');
  await frame.addScriptTag({ path: AXE_SOURCE });
  const raw: unknown = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return ViolationsSchema.parse(raw)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
};

const percentText = (percent: number | null): string => (percent === null ? '—' : `${percent}%`);

beforeAll(async () => {
  ensureStaticBuilds(APP_ROOT, ['static/reports', 'static/agent-panel', 'static/admin'], () => undefined);
  server = await startFixtureSandbox(APP_ROOT);
  // A still clock: "overdue" and "running" must not change between the page's call and the test's.
  const res = await fetch(`${server.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ frozen: true }) });
  expect(res.status).toBe(200);
  browser = await launchBrowser();
  outside = trackOutsideRequests(browser);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe.each([
  ['zh-CN', 'light'],
  ['en', 'dark'],
] as const)('reports page in %s (%s)', (lang, theme) => {
  it('draws the charts with the backend’s figures for the period and exports the CSV with a BOM', async () => {
    await as(AGENT, lang, theme);
    const asked = page.waitForRequest((r) => r.url().endsWith('/__host/invoke') && r.postData()?.includes('"reports/get"') === true);
    await page.goto(`${server.url}/reports/reports`);
    const call = InvokeBodySchema.parse(JSON.parse((await asked).postData() ?? 'null'));
    const period = PeriodSchema.parse(call.payload);

    const frame = reportsFrame();
    await frame.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const answer = z.object({ ok: z.literal(true), data: ReportResultSchema }).parse(await invokeAsPage(call.descriptor, 'reports/get', period));
    if (answer.data.status !== 'ready') throw new Error('the sandbox report should fit one resolver call');
    const report = answer.data.report;

    // The default period is this month in the viewer's zone.
    expect(period.timezone).toBe('Asia/Shanghai');
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(Date.now());
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(period.from)).toBe(month);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(period.from)).toBe('01, 00');

    expect(report.totals.requests).toBeGreaterThan(0);
    expect(report.totals.requests).toBe(await countFromRest(period));
    expect(await figureText('requests')).toBe(String(report.totals.requests));
    expect(await figureText('resolved')).toBe(String(report.totals.resolved));
    expect(await figureText('response-percent')).toBe(percentText(report.sla.overall.response.percent));
    expect(await figureText('resolution-percent')).toBe(percentText(report.sla.overall.resolution.percent));
    expect(await figureText('breaches')).toBe(String(report.breaches.total));
    expect(await figureText('surveys')).toBe(String(report.satisfaction.overall.responses));

    // Chart data (the accessible table beside each canvas) equals the report's volume by channel.
    const channelCells = await frame.locator('[data-chart="volume-channel"] tbody td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    expect(channelCells).toEqual(report.volume.byChannel.map((c) => String(c.count)));
    const cellsOf = (chart: string) => frame.locator(`[data-chart="${chart}"] tbody td`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    // Three series (response, resolution, on-site) per priority row, row by row.
    const priorityCells = report.sla.byPriority.flatMap((row) => [row.response, row.resolution, row.onsite].map((c) => (c.percent === null ? '' : String(c.percent))));
    expect(await cellsOf('sla-priority')).toEqual(priorityCells);
    expect(await cellsOf('follow-ups')).toEqual([report.followUps.open, report.followUps.overdue, report.followUps.closed].map(String));

    // Every chart drew something: a sized canvas with non-transparent pixels.
    const canvases = await frame.locator('canvas').evaluateAll((list) =>
      list.map((node) => {
        const canvas = node instanceof HTMLCanvasElement ? node : null;
        const ctx = canvas?.getContext('2d');
        if (canvas === null || ctx === null || ctx === undefined || canvas.width === 0) return 0;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
        return painted;
      }),
    );
    expect(canvases).toHaveLength(8);
    for (const painted of canvases) expect(painted).toBeGreaterThan(500);

    const rows = await frame.locator('[data-testid="breach-table"] tbody tr').count();
    expect(rows).toBe(Math.min(report.breaches.items.length, report.breaches.total));

    await screenshot(page, `reports-${lang}-${theme}`);
    expect(await seriousViolations()).toEqual([]);

    const download = page.waitForEvent('download');
    await frame.getByRole('button', { name: lang === 'en' ? 'Export CSV' : '导出 CSV' }).click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const header = text.split(/\r?\n/)[0] ?? '';
    expect(header.split(',')[0]).toBe(SERVICE_RECORD_HEADERS[lang].serviceNumber);
    expect(text.split(/\r?\n/).filter((line) => line.startsWith('TS-') || line.startsWith('"TS-')).length).toBeGreaterThan(0);
    await frame.getByRole('status').filter({ hasText: '.csv' }).waitFor();
  });
});

describe('period picker', () => {
  it('asks for last month when chosen and says so when it had no requests', async () => {
    await as(AGENT, 'en', 'light');
    await page.goto(`${server.url}/reports/reports`);
    const frame = reportsFrame();
    await frame.locator('[data-state="ready"]').waitFor();
    const asked = page.waitForRequest((r) => r.url().endsWith('/__host/invoke') && r.postData()?.includes('"reports/get"') === true);
    await frame.getByLabel('Period').selectOption('lastMonth');
    const period = PeriodSchema.parse(InvokeBodySchema.parse(JSON.parse((await asked).postData() ?? 'null')).payload);
    const monthOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(ms);
    expect(monthOf(period.from)).not.toBe(monthOf(Date.now()));
    // The period ends where this month starts.
    expect(monthOf(period.to)).toBe(monthOf(Date.now()));
    const expected = await countFromRest(period);
    if (expected === 0) {
      await frame.getByText('No requests in this period').waitFor();
    } else {
      await frame.locator('[data-state="ready"]').waitFor();
      expect(await figureText('requests')).toBe(String(expected));
    }
    await screenshot(page, 'reports-last-month-en-light');
  });
});

const ADMIN_AUTH = `Basic ${Buffer.from('admin@example.com:x').toString('base64')}`;

const IssuesSchema = z.object({ issues: z.array(z.object({ key: z.string(), fields: z.object({ summary: z.string() }) })) });

const searchAsAdmin = async (jql: string) => {
  const url = new URL(`${server.url}/rest/api/3/search/jql`);
  url.searchParams.set('jql', jql);
  url.searchParams.set('fields', 'summary');
  const res = await fetch(url, { headers: { authorization: ADMIN_AUTH } });
  expect(res.status).toBe(200);
  return IssuesSchema.parse(await res.json()).issues;
};

const SurveyFollowUpSchema = z.object({ value: z.object({ followUp: z.object({ issueKey: z.string(), status: z.enum(['open', 'closed']) }).nullish() }) });

describe('follow-up task in the agent panel', () => {
  it('张三 rates a resolved request low; 周八 records the call on the follow-up task and closes it', async () => {
    // The demo seed's resolved VPN request, awaiting 张三's confirmation.
    const vpn = (await searchAsAdmin('statusCategory = Done ORDER BY created DESC')).find((i) => i.fields.summary.startsWith('VPN'));
    if (vpn === undefined) throw new Error('the demo seed has no resolved VPN request');
    await as('zhangsan@example.com', 'zh-CN', 'light');
    await page.goto(`${server.url}/portal/requests/${vpn.key}`);
    const descriptor: unknown = JSON.parse((await page.locator('[data-testid="frame-portal-request"]').getAttribute('data-descriptor')) ?? 'null');
    expect(await invokeAsPage(descriptor, 'portal/confirm', { resolved: true, comment: null })).toMatchObject({ ok: true });
    const scores = { responseSpeed: 4, attitude: 2, expertise: 4, effectiveness: 3, recurrence: 4 };
    expect(await invokeAsPage(descriptor, 'portal/submitSurvey', { scores, comment: '等了很久才有人回复' })).toMatchObject({ ok: true });
    await fetch(`${server.url}/__sandbox/settle`, { method: 'POST' });

    const [task] = await searchAsAdmin(`fuOriginal = "${vpn.key}"`);
    if (task === undefined) throw new Error(`no follow-up task for ${vpn.key}`);
    await as(AGENT, 'zh-CN', 'light');
    await page.goto(`${server.url}/agent/issue/${task.key}`);
    const panel = page.frameLocator('[data-testid="frame-agent-panel"]');
    const section = panel.locator('[data-follow-up="open"]');
    await section.waitFor();
    await expect(section.getByRole('link', { name: vpn.key }).count()).resolves.toBe(1);
    await expect(section.locator('[data-score="attitude"]').textContent()).resolves.toContain('2');
    await section.getByText('等了很久才有人回复').waitFor();
    await expect(section.locator('[data-follow-up-countdown]').textContent()).resolves.toMatch(/\d\d:\d\d:\d\d/);
    // A follow-up task is not a service request: the panel shows the follow-up instead of "no service record".
    await expect(panel.getByText('尚无服务记录').count()).resolves.toBe(0);

    // Closing without the record names the missing fields and saves nothing.
    await section.getByRole('button', { name: '保存并关闭' }).click();
    await section.getByText('关闭回访前请填写回访时间。').waitFor();
    await section.getByText('关闭回访前请填写改进措施。').waitFor();
    await screenshot(page, 'reports-follow-up-panel-zh-CN');

    await section.getByLabel('回访时间').fill('2026-11-29T10:30');
    await section.getByLabel('回访结果').fill('已致电用户，说明 VPN 证书更新的原因');
    await section.getByLabel('改进措施').fill('证书更新前提前一天通知出差人员');
    await section.getByRole('button', { name: '保存并关闭' }).click();
    await panel.locator('[data-follow-up="closed"]').waitFor();
    await screenshot(page, 'reports-follow-up-closed-zh-CN');

    const res = await fetch(`${server.url}/rest/api/3/issue/${vpn.key}/properties/survey`, { headers: { authorization: ADMIN_AUTH } });
    expect(SurveyFollowUpSchema.parse(await res.json()).value.followUp).toEqual({ issueKey: task.key, status: 'closed' });
  });
});

const ImportCountsSchema = z.object({ issues: z.number(), followUps: z.number(), counters: z.number(), clockEvents: z.number(), configVersions: z.number(), auditEntries: z.number() });
const AppDataFileSchema = z.object({ appData: z.unknown(), followUps: z.array(z.object({ key: z.string() })) });

describe('app data in the admin console', () => {
  it('exports the app data as a file and imports the same file back', async () => {
    await as('admin@example.com', 'en', 'light');
    await page.goto(`${server.url}/admin`);
    const admin = page.frameLocator('[data-testid="frame-admin"]');
    await admin.getByRole('button', { name: 'Export / import' }).click();
    const download = page.waitForEvent('download');
    await admin.getByRole('button', { name: 'Export app data' }).click();
    const file = await (await download).path();
    const exported = AppDataFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    // The follow-up task closed above travels with the app data.
    expect(exported.followUps.length).toBeGreaterThan(0);

    await admin.getByLabel('App data file (.json)').setInputFiles(file);
    const asked = page.waitForResponse((r) => r.url().endsWith('/__host/invoke') && r.request().postData()?.includes('"admin/importAppData"') === true);
    await admin.getByRole('button', { name: 'Import app data' }).click();
    const counts = ImportCountsSchema.parse(z.object({ result: z.object({ ok: z.literal(true), data: z.unknown() }) }).parse(await (await asked).json()).result.data);
    expect(counts.followUps).toBe(exported.followUps.length);
    await admin
      .getByText(
        `Imported: ${counts.issues} requests, ${counts.followUps} follow-ups, ${counts.counters} number counters, ${counts.clockEvents} clock event logs, ${counts.configVersions} configuration versions, ${counts.auditEntries} audit entries.`,
      )
      .waitFor();
    await screenshot(page, 'reports-admin-app-data-en');
  });
});

describe('afterwards', () => {
  it('left nothing outside the sandbox', () => {
    expect(outside).toEqual([]);
  });
});
