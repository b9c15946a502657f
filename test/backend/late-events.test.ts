import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { SlaPropertySchema, type ClockDto, type SlaProperty } from '../../src/shared/issue-properties';
import { openSandbox, sandboxLocation } from '../../sandbox/server/open-sandbox';
import { createRealParts } from '../../sandbox/server/real-parts';
import type { SandboxInstance } from '../../sandbox/server/sandbox-instance';
import { sweep } from '../../src/index';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, ROOT, raiseRequest } from './support/app-sandbox';

jest.setTimeout(180_000);

type ClockName = 'response' | 'resolution' | 'onsite';

interface Announcement {
  readonly issueKey: string;
  readonly clock: ClockName;
  /** 100 for a breach. */
  readonly threshold: number;
}

/** The app's warning and breach mails, read from their subject (`SLA breached: <clock>` / `SLA <n>% of <clock>`) and body (`<key>: …`). */
const announcements = (outbox: readonly { readonly subject?: string; readonly body: unknown }[]): Announcement[] =>
  outbox.flatMap((m) => {
    const key = /\b([A-Z]+-\d+): \d+ of \d+ minutes used/.exec(JSON.stringify(m.body))?.[1];
    const subject = m.subject ?? '';
    const breach = /SLA breached: (response|resolution|on-site)/.exec(subject);
    const warning = /SLA (\d+)% of (response|resolution|on-site)/.exec(subject);
    const clock = (name: string | undefined): ClockName => (name === 'on-site' ? 'onsite' : name === 'response' ? 'response' : 'resolution');
    if (key === undefined) return [];
    if (breach !== null) return [{ issueKey: key, clock: clock(breach[1]), threshold: 100 }];
    if (warning !== null) return [{ issueKey: key, clock: clock(warning[2]), threshold: Number(warning[1]) }];
    return [];
  });

/** An announcement the request's own clock does not record: its threshold is not among those the clock reached. */
const unrecorded = (list: readonly Announcement[], slaOf: (key: string) => SlaProperty | null): Announcement[] =>
  list.filter((a) => {
    const clock: ClockDto | null | undefined = slaOf(a.issueKey)?.[a.clock];
    if (clock === null || clock === undefined) return true;
    const reached = clock.thresholdsReached.includes(a.threshold) || clock.everBreached;
    return !(reached || (a.threshold >= 100 && clock.previousCycles.some((c) => c.breached)));
  });

describe('late events: the demo desk seeded on a fresh start', () => {
  let dataDir: string;
  let instance: SandboxInstance;
  afterEach(async () => {
    await instance.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = async (at: number): Promise<void> => {
    dataDir = mkdtempSync(join(tmpdir(), 'late-events-'));
    // A frozen clock at a fixed instant: the seed's request times and the business calendars are then the same on every run.
    writeFileSync(join(dataDir, 'clock.json'), JSON.stringify({ anchorSandboxMs: at, anchorRealMs: Date.now(), frozen: true }));
    instance = await openSandbox(sandboxLocation(ROOT, { SANDBOX_DIR: dataDir }), createRealParts, 'http://127.0.0.1:0', { demoRouting: true });
  };

  const slaOf = async (key: string): Promise<SlaProperty | null> => {
    const response = await instance.parts.emulator.handle({ method: 'GET', path: `/rest/api/3/issue/${key}/properties/sla`, headers: {}, principal: { kind: 'app' } });
    if (response.status !== 200) return null;
    const parsed = SlaPropertySchema.safeParse(z.object({ value: z.unknown() }).parse(response.body).value);
    return parsed.success ? parsed.data : null;
  };

  it.each([
    ['a Tuesday morning', Date.UTC(2026, 11, 1, 2, 0)],
    ['a Monday afternoon', Date.UTC(2026, 10, 30, 7, 30)],
  ])('announces nothing the clocks do not record when its events arrive late and in bulk (%s), through the first sweeps', async (_when, at) => {
    await open(at);
    await instance.settle();
    await instance.moveClockTo(at + 30 * 60_000);
    const mails = announcements(instance.parts.outbox());
    const keys = [...new Set(mails.map((m) => m.issueKey))];
    const slas = new Map<string, SlaProperty | null>();
    for (const key of keys) slas.set(key, await slaOf(key));
    const wrong = unrecorded(mails, (key) => slas.get(key) ?? null);
    console.info(`demo seed at ${new Date(instance.clock.now()).toISOString()}: ${mails.length} announcements, ${wrong.length} not recorded by the clocks`, wrong.map((w) => ({ ...w, sla: JSON.stringify(slas.get(w.issueKey)?.[w.clock]) })));
    expect(wrong).toEqual([]);
  });
});

describe('late events: a backlog delivered hours late, in bulk', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const slaOf = async (key: string): Promise<SlaProperty | null> => {
    const parsed = SlaPropertySchema.safeParse(await sandbox.property(key, 'sla'));
    return parsed.success ? parsed.data : null;
  };

  it('announces no breach for requests answered and resolved while their events were held, and only what the clocks record', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      keys.push(await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: `请求 ${i}`, fields: [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'high' }] }));
    }
    await sandbox.runtime.settle();
    const [a, b, c, answeredOnly, untouched] = keys;
    if (a === undefined || b === undefined || c === undefined || answeredOnly === undefined || untouched === undefined) throw new Error('five requests');
    const lisi = { kind: 'user', accountId: PEOPLE.lisi } as const;

    await sandbox.holdingEvents(async () => {
      // Within half an hour the engineer answers four and resolves three; Jira's events about it are held back.
      sandbox.advanceMinutes(20);
      for (const key of [a, b, c, answeredOnly]) await sandbox.rest(lisi, 'POST', `/rest/servicedeskapi/request/${key}/comment`, { body: '您好，正在处理。', public: true });
      sandbox.advanceMinutes(20);
      for (const key of [a, b, c]) expect((await sandbox.rest(lisi, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
      // Hours pass with the backlog still undelivered; the sweeps run meanwhile.
      for (let step = 0; step < 6; step += 1) {
        sandbox.advanceMinutes(60);
        await sandbox.runtime.runInApp(() => sweep());
        await sandbox.runtime.settle();
      }
    });
    await sandbox.runtime.settle();

    const mails = announcements(sandbox.jira.readOutbox());
    const slas = new Map<string, SlaProperty | null>();
    for (const key of keys) slas.set(key, await slaOf(key));
    expect(unrecorded(mails, (key) => slas.get(key) ?? null)).toEqual([]);
    expect(mails.filter((m) => [a, b, c].includes(m.issueKey))).toEqual([]);
    expect(mails.filter((m) => m.issueKey === answeredOnly && m.clock === 'response')).toEqual([]);
    // The one nobody touched did breach its response target, and that is announced.
    expect(mails.some((m) => m.issueKey === untouched && m.clock === 'response' && m.threshold === 100)).toBe(true);
    for (const key of [a, b, c]) expect(slas.get(key)).toMatchObject({ response: { state: 'met' }, resolution: { state: 'met', breached: false } });
  });
});
