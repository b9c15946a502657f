import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JiraEmulator, ProductEvent } from '../contracts';
import type { MutableClock } from './clock';
import { SandboxInstance, SCHEDULE_STEP_MS } from './sandbox-instance';
import type { PartsInput, RuntimePart, SandboxParts } from './sandbox-parts';

/** Small stand-ins recording what the instance asks of the emulator and the runtime. */
function fakeParts(log: string[]): { create: (input: PartsInput) => Promise<SandboxParts>; emit: (e: ProductEvent) => void; clock: () => MutableClock } {
  const listeners: ((e: ProductEvent) => void)[] = [];
  let clockRef: MutableClock | undefined;
  let installed = false;
  const emulator: JiraEmulator = {
    handle: () => Promise.resolve({ status: 404 }),
    onEvent: (l) => {
      listeners.push(l);
    },
    setEntityPropertyIndexes: () => undefined,
    resolveAccountByEmail: (email) => `id:${email}`,
    reset: () => {
      log.push('emulator.reset');
      for (const l of listeners) l({ eventType: 'avi:jira:created:issue', payload: { seed: true } });
    },
  };
  const runtime: RuntimePart = {
    invoke: () => Promise.resolve(undefined),
    deliver: (e) => log.push(`deliver ${e.eventType}`),
    webTrigger: () => Promise.resolve({ statusCode: 404 }),
    runScheduled: () => {
      log.push(`runScheduled@${String(clockRef?.now())}`);
      return Promise.resolve();
    },
    settle: () => Promise.resolve(),
    install: (id) => {
      if (installed) return false;
      installed = true;
      log.push(`install ${String(id)}`);
      return true;
    },
    chaos: () => ({}),
    setChaos: () => ({}),
    reset: () => {
      installed = false;
      log.push('runtime.reset');
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
  return {
    create: (input) => {
      clockRef = input.clock;
      return Promise.resolve({ emulator, runtime, outbox: () => [], close: () => Promise.resolve() });
    },
    emit: (e) => {
      for (const l of listeners) l(e);
    },
    clock: () => {
      if (clockRef === undefined) throw new Error('not created');
      return clockRef;
    },
  };
}

async function open(log: string[], dataDir = mkdtempSync(join(tmpdir(), 'instance-'))): Promise<{ instance: SandboxInstance; parts: ReturnType<typeof fakeParts> }> {
  const parts = fakeParts(log);
  const instance = await SandboxInstance.open({
    dataDir,
    manifestPath: 'manifest.yml',
    appRoot: '.',
    manifest: { appId: 'ari:cloud:ecosystem::app/x', appUuid: 'x', uiModules: [], entityPropertyIndexes: [] },
    createParts: parts.create,
    baseUrl: 'http://127.0.0.1:0',
    adminEmail: 'admin@example.com',
  });
  return { instance, parts };
}

describe('SandboxInstance', () => {
  it('installs before the app sees the replayed seed, and only on the first start', async () => {
    const log: string[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'instance-'));
    await open(log, dataDir);
    expect(log).toEqual(['emulator.reset', 'install id:admin@example.com', 'deliver avi:jira:created:issue']);
    log.length = 0;
    await open(log, dataDir);
    expect(log).toEqual(['install id:admin@example.com']);
  });

  it('holds events while a create and its property are written, then delivers them', async () => {
    const log: string[] = [];
    const { instance, parts } = await open(log);
    log.length = 0;
    await instance.withEventsHeld(() => {
      parts.emit({ eventType: 'avi:jira:created:issue', payload: {} });
      log.push('property written');
      return Promise.resolve();
    });
    expect(log).toEqual(['property written', 'deliver avi:jira:created:issue']);
  });

  it('steps a clock move through every five-minute due time after the anchor, then stops at the target', async () => {
    const log: string[] = [];
    const { instance } = await open(log);
    instance.clock.setFrozen(true);
    const start = instance.clock.now();
    log.length = 0;
    await instance.moveClockTo(start + 12 * 60_000);
    const instants = log.map((line) => Number(line.split('@')[1]));
    expect(instants).toHaveLength(3);
    expect(instants[0]! - start).toBeLessThanOrEqual(SCHEDULE_STEP_MS + 1000);
    expect(instants[1]! - instants[0]!).toBe(SCHEDULE_STEP_MS);
    expect(instants[2]).toBe(start + 12 * 60_000);
    expect(instance.clock.now()).toBe(start + 12 * 60_000);
    log.length = 0;
    await instance.moveClockTo(start);
    expect(log).toEqual([]);
    expect(instance.clock.now()).toBe(start);
  });

  it('resets: clock to real now, runtime wiped, seed replayed after a fresh install', async () => {
    const log: string[] = [];
    const { instance } = await open(log);
    instance.clock.advance(86_400_000);
    log.length = 0;
    await instance.reset();
    expect(log).toEqual(['runtime.reset', 'emulator.reset', 'install id:admin@example.com', 'deliver avi:jira:created:issue']);
    expect(Math.abs(instance.clock.now() - Date.now())).toBeLessThan(5000);
  });
});
