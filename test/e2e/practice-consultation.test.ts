/**
 * Issue 12 point 7 and issue 13 point 1 in the browser (the real Custom UIs in the sandbox, zh-CN and en): an agent
 * asks a colleague for a consultation, the colleague finds it in the queue and answers, the outcome is recorded, and
 * the requester sees the plan on the portal request page and in a public comment in their own language.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSandbox } from '../../sandbox/server/open-sandbox';
import { createRealParts } from '../../sandbox/server/real-parts';
import { startSandboxServer } from '../../sandbox/server/server';
import { screenshot } from './browser';
import { APP_ROOT, browserSession } from './support/browser-session';

jest.setTimeout(300_000);

// The demo desk as `npm start` sets it up: engineers in the routing groups, 周八 the duty supervisor.
const session = browserSession(['static/agent-panel', 'static/portal-request'], () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-consult-'));
  const manifestPath = join(APP_ROOT, 'manifest.yml');
  return startSandboxServer({
    appRoot: APP_ROOT,
    port: 0,
    log: () => undefined,
    openInstance: (baseUrl) => openSandbox({ dataDir, appRoot: APP_ROOT, manifestPath }, createRealParts, baseUrl, { demoRouting: true }),
  });
});
const { as, frameOf, raise } = session;

describe('team consultation and the plan on the portal, in the browser', () => {
  it('李四 asks 周八 (zh-CN), 周八 finds it in the queue and answers, the outcome is recorded (en), and 张三 sees the plan and a Chinese comment', async () => {
    const key = await raise('CRM系统无法新建客户', { reporter: 'zhangsan@example.com' });

    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    const section = panel.getByRole('region', { name: '团队会商' });
    await section.getByText('此请求暂无团队会商。').waitFor();
    await section.getByRole('button', { name: '发起会商' }).click();
    const ask = section.getByRole('form', { name: '邀请同事会商' });
    await ask.getByRole('button', { name: '发送' }).click();
    await ask.getByText('会商问题:请说明需要团队讨论的问题。').waitFor();
    await ask.getByText('邀请同事:请至少选择一位同事或一个工程师组。').waitFor();
    await screenshot(session.page, 'consultation-ask-errors-zh');
    await ask.getByRole('textbox', { name: /会商问题/ }).fill('CRM 客户端报错 0x80040154,是否需要升级?');
    await ask.getByRole('checkbox', { name: '周八' }).check();
    await ask.getByRole('button', { name: '发送' }).click();
    const item = section.locator('[data-consultation="1"]');
    await item.getByText('CRM 客户端报错 0x80040154,是否需要升级?').waitFor();
    await expect(item.locator('[data-invitee]').textContent()).resolves.toBe('周八 (待答复)');

    // 周八 finds the question in the agent queue by JQL, and answers it from the panel.
    await as('zhouba@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent?${new URLSearchParams({ jql: 'consultationPending = currentUser()' }).toString()}`);
    await session.page.getByTestId(`queue-row-${key}`).waitFor();
    await screenshot(session.page, 'consultation-queue-zh');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    // The panel lists what waits for 周八's opinion too (on any request).
    const waiting = frameOf('agent-panel').getByRole('group', { name: '待我答复的会商' }).locator(`[data-waiting-for-me="${key}"]`);
    const line = (await waiting.textContent()) ?? '';
    expect(line).toMatch(/^TS-\d{8}-\d{3} — /);
    expect(line).toContain('CRM 客户端报错 0x80040154,是否需要升级?');
    expect(line).toContain('李四 发起');
    expect(line).toContain(`打开 ${key}`);
    const zhouba = frameOf('agent-panel').locator('[data-consultation="1"]');
    await zhouba.getByRole('button', { name: '答复' }).click();
    await zhouba.getByRole('textbox', { name: /意见/ }).fill('建议升级到 8.2,旧版有已知缺陷');
    await zhouba.getByRole('button', { name: '发送' }).click();
    await zhouba.getByText('建议升级到 8.2,旧版有已知缺陷').waitFor();
    await expect(zhouba.locator('[data-invitee]').textContent()).resolves.toBe('周八 (已答复)');
    await frameOf('agent-panel').locator('[data-waiting-for-me]').waitFor({ state: 'detached' });
    await session.page.goto(`${session.server.url}/agent?${new URLSearchParams({ jql: 'consultationPending = currentUser()' }).toString()}`);
    await expect(session.page.getByTestId(`queue-row-${key}`).count()).resolves.toBe(0);

    // 李四 records the outcome in English; a form without a plan is refused naming the field.
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const en = frameOf('agent-panel').locator('[data-consultation="1"]');
    await en.getByRole('button', { name: 'Record the outcome' }).click();
    const outcome = en.getByRole('form', { name: 'Record the outcome' });
    await outcome.getByRole('textbox', { name: /Processing period/ }).fill('3 个工作日');
    await outcome.getByRole('button', { name: 'Save' }).click();
    await outcome.getByText('Temporary plan: record a temporary or a permanent plan.').waitFor();
    await outcome.getByRole('textbox', { name: /Temporary plan/ }).fill('临时改用网页版 CRM');
    await outcome.getByRole('textbox', { name: /Permanent plan/ }).fill('升级 CRM 客户端至 8.2');
    await outcome.getByRole('textbox', { name: /Expected effect/ }).fill('新建客户恢复正常');
    await outcome.getByRole('checkbox', { name: 'Close the consultation' }).check();
    await outcome.getByRole('button', { name: 'Save' }).click();
    await en.locator('[data-closed]').waitFor();
    await expect(en.locator('[data-outcome-field="temporaryPlan"]').textContent()).resolves.toBe('临时改用网页版 CRM');
    await expect(en.locator('[data-outcome-field="processingPeriod"]').textContent()).resolves.toBe('3 个工作日');
    await screenshot(session.page, 'consultation-outcome-en');

    // 张三 sees the plan on the request page, and the comment in Chinese (his profile's language).
    await as('zhangsan@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/portal/requests/${key}`);
    const portal = frameOf('portal-request');
    const plan = portal.getByRole('region', { name: '处理方案' });
    await expect(plan.locator('[data-plan="temporary"] [data-plan-text]').textContent()).resolves.toBe('临时改用网页版 CRM');
    await expect(plan.locator('[data-plan="permanent"] [data-plan-text]').textContent()).resolves.toBe('升级 CRM 客户端至 8.2');
    await expect(plan.locator('[data-plan="temporary"] [data-plan-period]').textContent()).resolves.toBe('3 个工作日');
    await expect(plan.locator('[data-plan="permanent"] [data-plan-effect]').textContent()).resolves.toBe('新建客户恢复正常');
    const comment = session.page.locator('.comment', { hasText: '处理方案（服务单号' });
    await expect(comment.count()).resolves.toBe(1);
    await expect(comment.textContent()).resolves.toContain('临时方案：临时改用网页版 CRM（处理周期：3 个工作日；预期效果：新建客户恢复正常）');
    await screenshot(session.page, 'consultation-portal-plan-zh');
  });

  it('an English-speaking requester sees the plan in en and is told it in an English comment', async () => {
    const key = await raise('Cannot create customers in CRM', { reporter: 'emma@example.com' });
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const section = frameOf('agent-panel').getByRole('region', { name: '团队会商' });
    await section.getByRole('button', { name: '发起会商' }).click();
    const ask = section.getByRole('form', { name: '邀请同事会商' });
    await ask.getByRole('textbox', { name: /会商问题/ }).fill('Client error 0x80040154: upgrade?');
    await ask.getByRole('combobox', { name: /工程师组/ }).selectOption('hardware');
    await ask.getByRole('button', { name: '发送' }).click();
    const item = section.locator('[data-consultation="1"]');
    await expect(item.locator('[data-invitee]').textContent()).resolves.toBe('赵六 (待答复)');
    await item.getByRole('button', { name: '记录结论' }).click();
    const outcome = item.getByRole('form', { name: '记录结论' });
    await outcome.getByRole('textbox', { name: /临时方案/ }).fill('Use the CRM web client');
    await outcome.getByRole('textbox', { name: /处理周期/ }).fill('2 business days');
    await outcome.getByRole('textbox', { name: /预期效果/ }).fill('Customers can be created again');
    await outcome.getByRole('button', { name: '保存' }).click();
    await expect(item.locator('[data-outcome-field="temporaryPlan"]').textContent()).resolves.toBe('Use the CRM web client');

    await as('emma@example.com', 'en');
    await session.page.goto(`${session.server.url}/portal/requests/${key}`);
    const plan = frameOf('portal-request').getByRole('region', { name: 'Plan' });
    await expect(plan.locator('[data-plan="temporary"] [data-plan-text]').textContent()).resolves.toBe('Use the CRM web client');
    await expect(plan.locator('[data-plan="temporary"] [data-plan-period]').textContent()).resolves.toBe('2 business days');
    await plan.locator('[data-plan="permanent"]').getByText('Not decided yet').waitFor();
    const comment = session.page.locator('.comment', { hasText: 'Plan for your request' });
    await expect(comment.count()).resolves.toBe(1);
    await expect(comment.textContent()).resolves.toContain('Temporary plan: Use the CRM web client (processing period: 2 business days; expected effect: Customers can be created again)');
    await screenshot(session.page, 'consultation-portal-plan-en');
  });
});
