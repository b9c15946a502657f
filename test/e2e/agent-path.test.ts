/**
 * Issue 12 points 2, 9 and 10 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the SLA overview
 * as its own queue page reached from the agent landing, the standard's per-category urgency definitions where
 * requesters and agents pick urgency, and an agent raising a request on behalf of a customer on the portal.
 */
import { screenshot } from './browser';
import { basicAuth, browserSession } from './support/browser-session';

jest.setTimeout(300_000);

const session = browserSession(['static/portal-intake', 'static/agent-panel', 'static/reports']);
const { as, frameOf, raise } = session;
const basic = basicAuth;

describe('issue 12 points 2, 9 and 10 in the browser', () => {
  it('the agent landing leads to the SLA overview page: open requests by time left, filters incl. assignee, tones that follow the clock (zh-CN, en)', async () => {
    const key = await raise('VPN 无法连接');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent`);
    await session.page.getByTestId('what-next').click();
    await session.page.waitForURL(/\/reports\/sla-overview$/);
    const frame = frameOf('sla-overview');
    const overview = frame.locator('[data-sla-overview]');
    await overview.locator('[data-state="overview-ready"]').waitFor();
    await overview.locator(`[data-overview-row="${key}"]`).waitFor();
    const dues = (await overview.locator('[data-overview-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-due') ?? ''))).map((d) => Date.parse(d));
    expect(dues.length).toBeGreaterThan(1);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    await expect(overview.locator(`[data-overview-row="${key}"]`).getAttribute('data-tone')).resolves.toBe('ok');
    await screenshot(session.page, 'agentpath-sla-overview-zh');

    await overview.getByRole('combobox', { name: '优先级' }).selectOption('urgent');
    // The filter asks the backend again: wait for its answer to replace the rows.
    await overview.locator(`[data-overview-row="${key}"]`).waitFor({ state: 'detached' });
    await overview.getByRole('combobox', { name: '优先级' }).selectOption('');
    await overview.locator(`[data-overview-row="${key}"]`).waitFor();
    // 'VPN 无法连接' is a consultation (no intake fields) and nobody's: naming an engineer leaves it out.
    await overview.getByRole('combobox', { name: '处理人' }).selectOption({ label: '李四' });
    await overview.locator(`[data-overview-row="${key}"]`).waitFor({ state: 'detached' });
    const assignees = await overview.locator('[data-overview-row] td:nth-child(4)').allTextContents();
    expect(assignees.length).toBeGreaterThan(0);
    expect(new Set(assignees)).toEqual(new Set(['李四']));
    await overview.getByRole('combobox', { name: '处理人' }).selectOption('');
    await overview.locator(`[data-overview-row="${key}"]`).waitFor();

    // Two days later every clock of the new request is overdue: the row turns red.
    const clock = await fetch(`${session.server.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMinutes: 2 * 24 * 60 }) });
    expect(clock.status).toBe(200);
    await fetch(`${session.server.url}/__sandbox/settle`, { method: 'POST' });
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent`);
    await session.page.getByRole('link', { name: /What do I do next\? Open the SLA overview/ }).click();
    const en = frameOf('sla-overview').locator('[data-sla-overview]');
    await en.getByRole('heading', { name: 'SLA overview: what is due next' }).waitFor();
    await expect(en.locator(`[data-overview-row="${key}"]`).getAttribute('data-tone')).resolves.toBe('breached');
    await expect(en.locator(`[data-overview-row="${key}"]`).textContent()).resolves.toContain('Breached');
    await screenshot(session.page, 'agentpath-sla-overview-en');
  });

  it('the reports page no longer carries the overview and opens it in one click (en)', async () => {
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/reports/reports`);
    const reports = frameOf('reports');
    await reports.getByRole('button', { name: 'Open the SLA overview: what is due next' }).click();
    await session.page.waitForURL(/\/reports\/sla-overview$/);
    await frameOf('sla-overview').locator('[data-sla-overview]').waitFor();
  });

  it('the portal intake explains each urgency level in the chosen category’s terms (zh-CN hardware, en software)', async () => {
    await as('zhangsan@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/portal`);
    await session.page.getByTestId('request-type-12').click();
    const panel = frameOf('portal-intake');
    await panel.getByLabel('问题类型').waitFor();
    await panel.locator('[data-urgency-help="general"]').waitFor();
    await panel.getByText('核心业务中断(如生产系统宕机)').waitFor();
    await panel.getByLabel('问题类型').selectOption('hardware');
    await panel.locator('[data-urgency-help="hardware"]').waitFor();
    await expect(panel.locator('[data-urgency-help="hardware"] .ss-help').allTextContents()).resolves.toEqual(['核心电脑宕机影响业务', '非核心电脑故障', '外设损坏', '配件老化']);
    await panel.getByText('以上为服务标准对「硬件故障」各紧急程度的定义。').waitFor();
    await screenshot(session.page, 'agentpath-intake-definitions-zh');

    await as('zhangsan@example.com', 'en');
    await session.page.reload();
    const en = frameOf('portal-intake');
    await en.getByLabel('Problem category').selectOption('software');
    await en.locator('[data-urgency-help="software"]').waitFor();
    await expect(en.locator('[data-urgency-help="software"] .ss-help').allTextContents()).resolves.toEqual([
      'Nobody can log into the system',
      'A core function fails',
      'A non-core function fails',
      'A display problem in the interface',
    ]);
    await en.getByText('Levels as the service standard defines them for Software exception.').waitFor();
  });

  it('the agent panel shows the category’s definitions beside the urgency verification (zh-CN, en)', async () => {
    // Raised without the panel (as by e-mail): the intake defaults make it a medium consultation.
    const key = await raise('报表怎么导出');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    await panel.getByRole('button', { name: '核实 / 修改' }).click();
    const definitions = panel.locator('[data-urgency-definitions="consultation"]');
    await definitions.getByText('不会操作导致核心业务停办(如当日结算无法完成)').waitFor();
    await definitions.getByText('服务标准对「操作咨询」各紧急程度的定义:').waitFor();
    await expect(definitions.locator('[aria-current="true"] dd').textContent()).resolves.toBe('部分功能使用疑问(如报表如何导出)');
    await screenshot(session.page, 'agentpath-agent-definitions-zh');

    await as('lisi@example.com', 'en');
    await session.page.reload();
    const en = frameOf('agent-panel');
    await en.getByRole('button', { name: 'Verify / change' }).click();
    await en.locator('[data-urgency-definitions="consultation"]').getByText('A minor how-to question (e.g. a software settings question)').waitFor();
    await en.getByRole('form', { name: 'Verify the urgency' }).getByRole('combobox', { name: /Urgency/ }).selectOption('urgent');
    await expect(en.locator('[data-urgency-definitions="consultation"] [aria-current="true"] dd').textContent()).resolves.toBe(
      'Core business stops for want of know-how (e.g. today’s settlement cannot be completed)',
    );
  });

  it('李四 raises a walk-in request on 张三’s behalf on the portal (zh-CN): the panel asks the channel, 张三 is the requester; en reads the same; 张三 is not asked', async () => {
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/portal`);
    await session.page.getByTestId('request-type-12').click();
    await session.page.getByLabel('代表以下客户提交此请求').selectOption('zhangsan@example.com');
    await session.page.getByTestId('summary').fill('现场报修:会议室投影仪无信号');
    const panel = frameOf('portal-intake');
    const onBehalf = panel.getByRole('region', { name: '代客户提交' });
    await onBehalf.waitFor();
    await expect(onBehalf.getByRole('combobox', { name: /接收渠道/ }).inputValue()).resolves.toBe('phone');
    await onBehalf.getByRole('combobox', { name: /接收渠道/ }).selectOption({ label: '现场来访' });
    await panel.getByLabel('问题类型').selectOption('hardware');
    await panel.getByLabel('问题子类').selectOption('meeting-room');
    await panel.getByRole('radio', { name: /^中/ }).check();
    await panel.getByLabel('所属部门').fill('销售部');
    await panel.getByLabel(/^联系方式/).fill('138 0000 0000');
    await screenshot(session.page, 'agentpath-raise-on-behalf-zh');
    await session.page.getByTestId('create').click();
    await session.page.waitForURL(/\/portal\/requests\/ITS-\d+$/);
    const key = session.page.url().split('/').pop() ?? '';
    await fetch(`${session.server.url}/__sandbox/settle`, { method: 'POST' });

    const issue = (await (await fetch(`${session.server.url}/rest/api/3/issue/${key}?fields=reporter,creator`, { headers: basic('lisi@example.com') })).json()) as {
      fields: { reporter: { displayName: string }; creator: { displayName: string } };
    };
    expect([issue.fields.reporter.displayName, issue.fields.creator.displayName]).toEqual(['张三', '李四']);
    const property = (await (await fetch(`${session.server.url}/rest/api/3/issue/${key}/properties/service-record`, { headers: basic('lisi@example.com') })).json()) as { value: Record<string, unknown> };
    expect(property.value).toMatchObject({ channel: 'walk-in', category: 'hardware', subcategory: 'meeting-room', department: '销售部', contact: '138 0000 0000' });

    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const agentPanel = frameOf('agent-panel');
    await agentPanel.getByText('Walk-in', { exact: true }).waitFor();
    await agentPanel.getByText('Raised on the requester’s behalf by').waitFor();
    await agentPanel.getByText('李四', { exact: true }).first().waitFor();
    await session.page.goto(`${session.server.url}/portal`);
    await session.page.getByTestId('request-type-12').click();
    await session.page.getByLabel('Raise this request on behalf of').waitFor();
    await frameOf('portal-intake').getByRole('region', { name: 'Raising for a customer' }).getByRole('combobox', { name: /Channel/ }).waitFor();
    await screenshot(session.page, 'agentpath-raise-on-behalf-en');

    await as('zhangsan@example.com', 'en');
    await session.page.reload();
    await frameOf('portal-intake').getByLabel('Problem category').waitFor();
    await expect(frameOf('portal-intake').locator('[data-on-behalf]').count()).resolves.toBe(0);
    await expect(session.page.getByLabel('Raise this request on behalf of').count()).resolves.toBe(0);
  });

  it('the admin rewords a definition (zh-CN): a blank one is refused naming the field, the saved one is what requesters read (en)', async () => {
    await as('admin@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/admin`);
    const admin = frameOf('admin');
    const low = admin.locator('[data-definition="hardware.low"]');
    await low.getByRole('textbox', { name: /低 · 中文名称/ }).fill('');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/未保存:请先修改标出的 \d+ 处问题。/).waitFor();
    await expect(low.getByRole('textbox', { name: /低 · 中文名称/ }).getAttribute('aria-invalid')).resolves.toBe('true');
    await low.getByRole('textbox', { name: /低 · 中文名称/ }).fill('鼠标键盘老化');
    await low.getByRole('textbox', { name: /低 · 英文名称/ }).fill('An ageing mouse or keyboard');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();
    await screenshot(session.page, 'agentpath-admin-definitions-zh');

    await as('zhangsan@example.com', 'en');
    await session.page.goto(`${session.server.url}/portal`);
    await session.page.getByTestId('request-type-12').click();
    const panel = frameOf('portal-intake');
    await panel.getByLabel('Problem category').selectOption('hardware');
    await expect(panel.locator('[data-urgency-help="hardware"] .ss-help').last().textContent()).resolves.toBe('An ageing mouse or keyboard');
  });
});
