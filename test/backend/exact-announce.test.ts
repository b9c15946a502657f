import { z } from 'zod';
import { SlaPropertySchema } from '../../src/shared/issue-properties';
import { sweep } from '../../src/index';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(180_000);

const URGENT_SOFTWARE = [
  { key: 'category', value: 'software' },
  { key: 'urgency', value: 'urgent' },
];
const MINUTE = 60_000;

describe('announcements at the crossing itself (issue 15 point 1)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    delayedSeen = 0;
    await sandbox.dispose();
  });

  /** The sandbox clock moves on by one minute and the platform does what is due: delayed queue events, then the sweep. */
  let delayedSeen = 0;
  const tick = async (extraSweep = false): Promise<void> => {
    if (sandbox.runtime.delayedQueueEvents() > 0) delayedSeen += 1;
    sandbox.advanceMinutes(1);
    await Promise.all([sandbox.runtime.runScheduled(), extraSweep ? sandbox.runtime.runInApp(() => sweep()) : Promise.resolve()]);
    await sandbox.runtime.settle();
  };
  const notices = (number: string) =>
    sandbox.jira
      .readOutbox()
      .filter((m) => (m.subject ?? '').startsWith(`[${number}] SLA`))
      .map((m) => ({ at: m.at, to: m.to, subject: m.subject ?? '' }));
  const sla = async (key: string) => SlaPropertySchema.parse(await sandbox.property(key, 'sla'));
  const numberOf = async (key: string) => z.object({ serviceNumber: z.string() }).parse(await sandbox.property(key, 'service-record')).serviceNumber;
  const queuedChecksRun = () => sandbox.runtime.log().filter((e) => e.kind === 'consumer' && e.outcome === 'ok').length;

  it('announces every warning and breach of all three clocks within a minute of its crossing, each exactly once, while delayed checks and sweeps both run', async () => {
    sandbox.advanceMinutes(0.25); // off the minute grid, so no crossing coincides with a tick
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 全部无法登录', fields: URGENT_SOFTWARE });
    await sandbox.runtime.settle();
    const created = Date.now();
    const number = await numberOf(key);
    for (let i = 0; i < 5; i += 1) await tick();
    sandbox.advanceMinutes(0.5);
    const onsite = await sandbox.invoke('agent-panel', 'agent/onsiteRequested', {}, PEOPLE.lisi, { extension: { issue: { key }, project: PROJECT } });
    expect(onsite).toMatchObject({ ok: true });
    const onsiteAt = Date.now();
    await sandbox.runtime.settle();

    while (Date.now() < created + 125 * MINUTE) await tick();

    // urgent (7×24): respond 60 min, resolve 120 min, leave for the site 30 min; warnings at 50 % and 75 %.
    const expected = [
      { clock: 'response', percent: 50, at: created + 30 * MINUTE },
      { clock: 'response', percent: 75, at: created + 45 * MINUTE },
      { clock: 'response', percent: 100, at: created + 60 * MINUTE },
      { clock: 'resolution', percent: 50, at: created + 60 * MINUTE },
      { clock: 'resolution', percent: 75, at: created + 90 * MINUTE },
      { clock: 'resolution', percent: 100, at: created + 120 * MINUTE },
      { clock: 'on-site', percent: 50, at: onsiteAt + 15 * MINUTE },
      { clock: 'on-site', percent: 75, at: onsiteAt + 22.5 * MINUTE },
      { clock: 'on-site', percent: 100, at: onsiteAt + 30 * MINUTE },
    ];
    const sent = notices(number);
    for (const crossing of expected) {
      const label = crossing.percent === 100 ? `SLA breached: ${crossing.clock}` : `SLA ${crossing.percent}% of ${crossing.clock}`;
      const mine = sent.filter((n) => n.subject.includes(label));
      // urgent: assignee and duty supervisor, one message each
      expect({ label, recipients: mine.map((n) => n.to).sort() }).toEqual({ label, recipients: ['lisi@example.com', 'zhouba@example.com'] });
      for (const n of mine) {
        expect(n.at).toBeGreaterThanOrEqual(crossing.at);
        expect(n.at - crossing.at).toBeLessThanOrEqual(MINUTE);
      }
    }
    expect(sent).toHaveLength(expected.length * 2);
    expect(queuedChecksRun()).toBeGreaterThanOrEqual(expected.length);
    expect(delayedSeen).toBeGreaterThanOrEqual(expected.length);
    expect(sandbox.runtime.log().filter((e) => e.kind === 'scheduledTrigger' && e.key === 'sla-sweep').length).toBeGreaterThanOrEqual(20);
  });

  it('a crossing found at once by the delayed check and by overlapping sweeps is announced once', async () => {
    sandbox.advanceMinutes(0.25);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 全部无法登录', fields: URGENT_SOFTWARE });
    await sandbox.runtime.settle();
    const created = Date.now();
    const number = await numberOf(key);
    while (Date.now() < created + 29 * MINUTE) await tick();
    expect(sandbox.runtime.delayedQueueEvents()).toBe(1);
    while (Date.now() < created + 31 * MINUTE) await tick(true);
    await sandbox.runtime.runInApp(() => Promise.all([sweep(), sweep()]).then(() => undefined));
    await sandbox.runtime.settle();
    const halfway = notices(number).filter((n) => n.subject.includes('SLA 50% of response'));
    expect(halfway.map((n) => n.to).sort()).toEqual(['lisi@example.com', 'zhouba@example.com']);
  });

  it('a delayed check superseded by a later recompute (a public reply stopped the clock) does nothing when it fires', async () => {
    sandbox.advanceMinutes(0.25);
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 全部无法登录', fields: URGENT_SOFTWARE });
    await sandbox.runtime.settle();
    const created = Date.now();
    const number = await numberOf(key);
    while (Date.now() < created + 20 * MINUTE) await tick();
    expect(sandbox.runtime.delayedQueueEvents()).toBe(1); // the check for the 50 % crossing at +30 min

    const reply = await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '您好，正在处理。', public: true });
    expect(reply.status).toBe(201);
    await sandbox.runtime.settle();
    const afterReply = await sla(key);
    expect(afterReply.response?.state).toBe('met');
    expect(afterReply.nextCheckAt).toBe(created + 60 * MINUTE); // resolution 50 %: beyond the window, no delayed check yet
    const consumersBefore = queuedChecksRun();

    while (Date.now() < created + 31 * MINUTE) await tick();
    expect(queuedChecksRun()).toBe(consumersBefore + 1); // the stale check ran…
    expect((await sla(key)).computedAt).toBe(afterReply.computedAt); // …and recomputed nothing
    expect(notices(number).filter((n) => n.subject.includes('response'))).toEqual([]);
  });

  it('with SLA_EXACT_CHECKS=off only the sweep looks, so the same crossing is announced at the next five-minute sweep', async () => {
    process.env.SLA_EXACT_CHECKS = 'off';
    try {
      sandbox.advanceMinutes(0.25);
      const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: 'ERP 全部无法登录', fields: URGENT_SOFTWARE });
      await sandbox.runtime.settle();
      const created = Date.now();
      const number = await numberOf(key);
      while (Date.now() < created + 36 * MINUTE) await tick();
      expect(sandbox.runtime.delayedQueueEvents()).toBe(0);
      const halfway = notices(number).filter((n) => n.subject.includes('SLA 50% of response'));
      expect(halfway).toHaveLength(2);
      expect(halfway[0]?.at).toBeGreaterThanOrEqual(created + 30 * MINUTE);
    } finally {
      Reflect.deleteProperty(process.env, 'SLA_EXACT_CHECKS');
    }
  });
});
