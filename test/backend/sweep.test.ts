import { SlaPropertySchema } from '../../src/shared/issue-properties';
import { sweep } from '../../src/index';
import { configure, demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';

jest.setTimeout(120_000);

const HIGH_SOFTWARE = [
  { key: 'category', value: 'software' },
  { key: 'urgency', value: 'high' },
];

describe('the SLA sweep and configuration changes', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const notices = (): string[] => sandbox.jira.readOutbox().map((m) => `${m.to} | ${m.subject ?? ''}`);

  it('announces each threshold once, however many sweeps overlap or repeat', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'CRM系统无法新建客户', fields: HIGH_SOFTWARE });
    await sandbox.runtime.settle();
    const before = notices().length;

    sandbox.advanceMinutes(61); // high: 120 business minutes to respond → past 50 %
    await sandbox.runtime.runInApp(() => Promise.all([sweep(), sweep(), sweep()]).then(() => undefined));
    await sandbox.runtime.settle();
    await sandbox.runtime.runInApp(() => sweep());
    await sandbox.runtime.settle();
    const halfway = notices()
      .slice(before)
      .filter((n) => n.includes('SLA 50% of response'));
    expect(halfway).toHaveLength(1);
    expect(halfway[0]).toMatch(/^lisi@example\.com \| \[TS-\d{8}-001\] SLA 50% of response/);

    sandbox.advanceMinutes(60); // past 100 % of the response target: breach, to the assignee and the supervisor
    await sandbox.runtime.runInApp(() => Promise.all([sweep(), sweep()]).then(() => undefined));
    await sandbox.runtime.settle();
    const breaches = notices().filter((n) => n.includes('SLA breached: response'));
    expect(breaches.sort()).toEqual([expect.stringMatching(/^lisi@example.com/), expect.stringMatching(/^zhouba@example.com/)]);
    // 75 % was passed in the same jump: announced silently (the breach supersedes it), never twice.
    expect(notices().filter((n) => n.includes('75% of response'))).toHaveLength(0);

    const sla = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(sla.response).toMatchObject({ state: 'breached', breached: true });
    expect(sla.breached).toBe('true');
    expect(sla.nextCheckAt).toBeGreaterThan(Date.now());
  });

  it('recomputes open requests when a saved change moves running clocks', async () => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'OA 登录缓慢', fields: HIGH_SOFTWARE });
    await sandbox.runtime.settle();
    const before = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(before.response?.targetMinutes).toBe(120);

    await configure(sandbox, (config) => ({ ...config, priorities: { ...config.priorities, high: { ...config.priorities.high, response: 60 } } }));
    await sandbox.runtime.settle();
    const after = SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
    expect(after.response?.targetMinutes).toBe(60);
    expect(after.response?.due).toBe('2026-11-30T03:00:00.000Z');
  });
});
