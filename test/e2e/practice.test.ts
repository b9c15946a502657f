/**
 * Issue 12 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the routing strategy an admin
 * picks is explained and kept, and the agent panel's remedy forms refuse past dates and start from the current
 * remedy, and an escalation to the duty supervisor shows on the request.
 */
import { screenshot } from './browser';
import { browserSession } from './support/browser-session';

jest.setTimeout(300_000);

const session = browserSession(['static/admin', 'static/agent-panel']);
const { as, frameOf, raise } = session;

describe('issue 12 in the browser', () => {
  it('the admin picks least-loaded routing (zh-CN), the page says what it does, and the choice is kept (en)', async () => {
    await as('admin@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/admin`);
    const admin = frameOf('admin');
    await admin.getByRole('button', { name: '分派', exact: true }).click();
    await admin.getByText('新请求按顺序轮流分派给组内成员。').waitFor();
    await admin.getByRole('combobox', { name: /分派方式/ }).selectOption('least-loaded');
    await admin.getByText('新请求分派给当前未完成请求最少的成员;数量相同时轮流分派。').waitFor();
    // 周八 (the sandbox's duty supervisor) is who the escalation test below expects to be told.
    await admin.getByRole('textbox', { name: /值班主管/ }).fill('5f1a00000000000000000006');
    await admin.getByRole('combobox', { name: /工程师重新分类已分派的请求时/ }).selectOption('again');
    await admin.getByRole('button', { name: '保存', exact: true }).click();
    await admin.getByText(/已保存/).waitFor();
    await screenshot(session.page, 'practice-admin-least-loaded-zh');

    await as('admin@example.com', 'en');
    await session.page.goto(`${session.server.url}/admin`);
    await admin.getByRole('button', { name: 'Routing', exact: true }).click();
    await expect(admin.getByRole('combobox', { name: /Assignment/ }).inputValue()).resolves.toBe('least-loaded');
    await admin.getByText('New requests go to the member with the fewest open assigned requests; equal loads take turns.').waitFor();
    await expect(admin.getByRole('combobox', { name: /When an agent reclassifies an assigned request/ }).inputValue()).resolves.toBe('again');
  });

  it('the agent panel refuses a past expected date naming the field (zh-CN), then re-recording starts from the current workaround and keeps the old one (en)', async () => {
    const key = await raise('CRM系统无法新建客户');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    const workaround = panel.getByRole('region', { name: '临时方案' });
    await workaround.getByRole('button', { name: '记录: 临时方案' }).click();
    await workaround.getByRole('textbox', { name: /处理内容/ }).fill('临时改用网页版 CRM');
    await workaround.getByLabel(/预计完成时间/).fill('1999-01-01T10:00');
    await workaround.getByRole('button', { name: '保存' }).click();
    await workaround.getByText('预计完成时间:该时间已过去,请填写之后的时间或清空。').waitFor();
    await screenshot(session.page, 'practice-remedy-past-date-zh');
    await session.page.reload();
    await frameOf('agent-panel').getByRole('region', { name: '临时方案' }).getByText('无').first().waitFor();

    await workaround.getByRole('button', { name: '记录: 临时方案' }).click();
    await workaround.getByRole('textbox', { name: /处理内容/ }).fill('临时改用网页版 CRM');
    await workaround.getByLabel(/预计完成时间/).fill('2030-01-02T18:00');
    await workaround.getByRole('button', { name: '保存' }).click();
    await workaround.getByText('临时改用网页版 CRM').waitFor();

    await as('lisi@example.com', 'en');
    await session.page.reload();
    const en = frameOf('agent-panel').getByRole('region', { name: 'Workaround' });
    await en.getByRole('button', { name: 'Update: Workaround' }).click();
    await expect(en.getByRole('textbox', { name: /What was done/ }).inputValue()).resolves.toBe('临时改用网页版 CRM');
    await expect(en.getByLabel(/Expected by/).inputValue()).resolves.toBe('2030-01-02T18:00');
    await en.getByRole('textbox', { name: /What was done/ }).fill('临时改用网页版 CRM,并开通导出权限');
    await en.getByRole('button', { name: 'Save' }).click();
    await en.getByText('临时改用网页版 CRM,并开通导出权限').waitFor();
    await en.getByText('Earlier versions (1)').click();
    await expect(en.locator('[data-remedy-version]').first().textContent()).resolves.toMatch(/^临时改用网页版 CRM 李四, .* · Expected by: Jan 2, 2030, 18:00/);
    await screenshot(session.page, 'practice-remedy-history-en');
  });

  it('an agent raising a request to urgent sees that the duty supervisor was told, in zh-CN and en', async () => {
    const key = await raise('ERP 全员无法登录');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    await panel.locator('[data-service-number]').waitFor();
    await expect(panel.locator('[data-escalation]').count()).resolves.toBe(0);
    await panel.getByRole('button', { name: '核实 / 修改' }).click();
    await panel.getByRole('combobox', { name: /紧急程度/ }).selectOption('urgent');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect(panel.locator('[data-escalation="verification"]').textContent()).resolves.toMatch(/^已通知值班主管:周八,.* — 核实后升级为紧急$/);
    await screenshot(session.page, 'practice-escalation-zh');

    await as('lisi@example.com', 'en');
    await session.page.reload();
    await expect(frameOf('agent-panel').locator('[data-escalation="verification"]').textContent()).resolves.toMatch(/^Duty supervisor notified: 周八, .* — urgency verified as urgent$/);
  });

  it('an agent reclassifies an e-mail request with a reason (zh-CN): the new priority and why show, and the history reads in en', async () => {
    const key = await raise('客户资料被外发');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    await expect(panel.locator('[data-priority]').getAttribute('data-priority')).resolves.toBe('medium');
    await panel.getByRole('button', { name: '重新分类' }).click();
    const form = panel.getByRole('form', { name: '更正分类' });
    await form.getByRole('combobox', { name: /问题类型/ }).selectOption('data-security');
    await form.getByRole('button', { name: '重新分类' }).click();
    await form.getByText('原因:请说明更改分类的原因。').waitFor();
    await form.getByText('问题子类:请选择该类型下的子类。').waitFor();
    await form.getByRole('combobox', { name: /问题子类/ }).selectOption('data-leak');
    await form.getByRole('combobox', { name: /影响范围/ }).selectOption('department');
    await form.getByRole('textbox', { name: /原因/ }).fill('电话核实:销售部客户资料外发');
    await form.getByRole('button', { name: '重新分类' }).click();
    await panel.locator('[data-priority="urgent"]').waitFor();
    await panel.getByText(/数据安全/).first().waitFor();
    await panel.locator('[data-escalation="reclassification"]').waitFor();
    await panel.getByText('分类变更记录 (1)').click();
    await expect(panel.locator('[data-reclassification]').textContent()).resolves.toMatch(/^李四,.*:操作咨询 · 个人 → 数据安全 \/ 数据泄露 · 部门 — 电话核实:销售部客户资料外发$/);
    await screenshot(session.page, 'practice-reclassify-zh');

    await as('lisi@example.com', 'en');
    await session.page.reload();
    const en = frameOf('agent-panel');
    await en.getByText('Classification history (1)').click();
    await expect(en.locator('[data-reclassification]').textContent()).resolves.toMatch(/^李四, .*: How-to consultation · Individual → Data security \/ Data leak · Department — /);
  });

  it('an agent records a phone request\'s channel and intake details (en), a future time of occurrence refused; zh-CN shows them', async () => {
    const key = await raise('电话报修:打印机卡纸');
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    await panel.getByRole('button', { name: 'Record intake details' }).click();
    const form = panel.getByRole('form', { name: 'How the request arrived' });
    await form.getByRole('combobox', { name: /Channel/ }).selectOption('phone');
    await form.getByRole('textbox', { name: /Department/ }).fill('销售部');
    await form.getByRole('textbox', { name: /Contact/ }).fill('138 0000 0000');
    await form.getByLabel(/Occurred at/).fill('2030-01-01T09:00');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Occurred at: the time lies in the future.').waitFor();
    await screenshot(session.page, 'practice-intake-future-en');
    await form.getByLabel(/Occurred at/).fill('2026-01-05T09:00');
    await form.getByRole('button', { name: 'Save' }).click();
    await panel.locator('[data-intake-recorded]').waitFor();

    await as('lisi@example.com', 'zh-CN');
    await session.page.reload();
    const zh = frameOf('agent-panel');
    await expect(zh.locator('[data-intake-recorded]').textContent()).resolves.toMatch(/^受理信息由 李四 于 .* 记录$/);
    await zh.getByText('电话', { exact: true }).waitFor();
    await zh.getByText('138 0000 0000').waitFor();
  });

  it('an on-site visit for a medium request (no target: no clock) goes requested → departed → arrived → finished in zh-CN; an arrival before the departure is refused; en shows the same steps', async () => {
    const key = await raise('会议室投影仪无法开机');
    await as('zhaoliu@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const panel = frameOf('agent-panel');
    const onsite = panel.getByRole('region', { name: '上门服务' });
    await onsite.getByText('该优先级未设上门出发时限:仅记录上门过程,不计时。').waitFor();
    await onsite.getByRole('button', { name: '需要上门' }).click();
    await onsite.getByRole('textbox', { name: /携带工具/ }).fill('投影仪灯泡、HDMI 线');
    await onsite.getByRole('button', { name: '已出发' }).click();
    await onsite.locator('[data-onsite-step="departed"]').waitFor();
    await onsite.getByLabel(/时间\(留空 = 现在\)/).fill('2020-01-01T09:00');
    await onsite.getByRole('button', { name: '已到场' }).click();
    await onsite.getByText('时间:早于上一步骤的时间。').waitFor();
    await screenshot(session.page, 'practice-onsite-order-zh');
    await onsite.getByLabel(/时间\(留空 = 现在\)/).fill('');
    await onsite.getByRole('button', { name: '已到场' }).click();
    await onsite.locator('[data-onsite-step="arrived"]').waitFor();
    await onsite.getByRole('textbox', { name: /上门处理结果/ }).fill('更换灯泡');
    await onsite.getByRole('button', { name: '上门完成' }).click();
    await onsite.locator('[data-onsite-step="finished"]').waitFor();
    await expect(onsite.locator('[data-onsite-step]').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^需要上门:赵六,/),
      expect.stringMatching(/^已出发:赵六,.*携带工具\/备件: 投影仪灯泡、HDMI 线$/),
      expect.stringMatching(/^已到场:/),
      expect.stringMatching(/^上门完成:.*上门处理结果: 更换灯泡$/),
    ]);
    await expect(onsite.locator('[data-onsite-tools]').textContent()).resolves.toBe('携带工具/备件: 投影仪灯泡、HDMI 线');

    await as('zhaoliu@example.com', 'en');
    await session.page.reload();
    const en = frameOf('agent-panel').getByRole('region', { name: 'On-site visit' });
    // The reloaded panel renders the steps once its state has loaded: wait for the last one before reading them all.
    await en.locator('[data-onsite-step="finished"]').waitFor();
    await expect(en.locator('[data-onsite-step]').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^On-site requested: 赵六, /),
      expect.stringMatching(/^Departed: 赵六, /),
      expect.stringMatching(/^Arrived: /),
      expect.stringMatching(/^Visit finished: /),
    ]);
    await en.getByRole('button', { name: 'Another on-site visit' }).waitFor();
    await screenshot(session.page, 'practice-onsite-en');
  });

  it('an agent logs remote-assistance steps (zh-CN), edits one and the earlier version stays listed (en)', async () => {
    const key = await raise('打印机无法打印');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${key}`);
    const log = frameOf('agent-panel').getByRole('region', { name: '操作记录' });
    await log.getByText('暂无操作记录。').waitFor();
    await log.getByRole('button', { name: '添加操作步骤' }).click();
    await log.getByRole('button', { name: '保存' }).click();
    await log.getByText('操作内容:请填写所做的操作。').waitFor();
    await log.getByRole('textbox', { name: /操作内容/ }).fill('远程检查打印队列');
    await log.getByRole('textbox', { name: /远程协助工具/ }).fill('向日葵');
    await log.getByRole('textbox', { name: /会话 ID/ }).fill('123 456 789');
    await log.getByRole('textbox', { name: /结果/ }).fill('队列卡住');
    await log.getByRole('button', { name: '保存' }).click();
    await expect(log.locator('[data-operation="1"] > div').textContent()).resolves.toBe('远程检查打印队列 (向日葵 · 会话 ID 123 456 789) → 队列卡住');
    await log.getByRole('button', { name: '修改' }).click();
    await expect(log.getByRole('textbox', { name: /操作内容/ }).inputValue()).resolves.toBe('远程检查打印队列');
    await log.getByRole('textbox', { name: /结果/ }).fill('清空 12 个卡住的任务');
    await log.getByRole('button', { name: '保存' }).click();
    await log.getByText(/清空 12 个卡住的任务/).waitFor();
    await screenshot(session.page, 'practice-operation-log-zh');

    await as('lisi@example.com', 'en');
    await session.page.reload();
    const en = frameOf('agent-panel').getByRole('region', { name: 'Operation log' });
    await en.getByText('Earlier versions (1)').click();
    await expect(en.locator('[data-operation-version]').textContent()).resolves.toMatch(/^远程检查打印队列 \(向日葵 · Session id 123 456 789\) → 队列卡住 · .* · 李四$/);
  });
});
