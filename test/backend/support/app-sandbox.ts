import { mkdtempSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProductEvent } from '../../../sandbox/contracts';
import { createConfluenceEmulator, type ConfluenceEmulator } from '../../../sandbox/confluence';
import { ACCOUNTS, createJiraEmulator, type SandboxJiraEmulator } from '../../../sandbox/jira';
import { createSandboxRuntime, type ChaosInput } from '../../../sandbox/runtime';

export const ROOT = join(__dirname, '..', '..', '..');
export const MANIFEST = join(ROOT, 'manifest.yml');

const idOf = (email: string): string => {
  const account = ACCOUNTS.find((a) => a.email === email);
  if (account === undefined) throw new Error(`no seeded account ${email}`);
  return account.accountId;
};

export const PEOPLE = {
  zhangsan: idOf('zhangsan@example.com'),
  wangwu: idOf('wangwu@example.com'),
  emma: idOf('emma@example.com'),
  lisi: idOf('lisi@example.com'),
  zhaoliu: idOf('zhaoliu@example.com'),
  zhouba: idOf('zhouba@example.com'),
  admin: idOf('admin@example.com'),
} as const;

/** Monday 2026-11-30 10:00 in Shanghai: inside working hours of the workday calendar. */
export const MONDAY_10AM_SHANGHAI = Date.UTC(2026, 10, 30, 2, 0, 0);

/**
 * The real app (manifest.yml + src/) on the sandbox runtime and the Jira emulator. Only Date is faked so
 * that the app's clock, the emulator's and the runtime's agree and a test can move time forward.
 */
export class AppSandbox {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'backend-it-'));
  readonly clock = { now: (): number => Date.now() };
  readonly jira: SandboxJiraEmulator;
  /** The linked Confluence site (space `KB`); the app uses it only when `knowledge.spaceKey` is configured. */
  readonly confluence: ConfluenceEmulator;
  readonly runtime: ReturnType<typeof createSandboxRuntime>;
  private held: ProductEvent[] | null = null;

  /** `linkConfluence: false`: a Jira site with no Confluence linked (the app's Confluence calls fail as on Forge). */
  constructor(chaos?: ChaosInput, options: { readonly linkConfluence?: boolean } = {}) {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    jest.setSystemTime(MONDAY_10AM_SHANGHAI);
    this.jira = createJiraEmulator({ dataDir: this.dataDir, clock: this.clock });
    this.confluence = createConfluenceEmulator({ dataDir: this.dataDir, clock: this.clock });
    this.runtime = createSandboxRuntime({
      manifestPath: MANIFEST,
      appRoot: ROOT,
      dataDir: this.dataDir,
      clock: this.clock,
      jira: this.jira,
      ...(options.linkConfluence === false ? {} : { confluence: this.confluence }),
      appAccountId: this.jira.appAccountId,
      subscribeToJira: false,
      ...(chaos === undefined ? {} : { chaos }),
    });
    this.jira.onEvent((event) => {
      if (this.held === null) this.runtime.deliver(event);
      else this.held.push(event);
    });
  }

  advanceMinutes(minutes: number): void {
    jest.setSystemTime(Date.now() + minutes * 60_000);
  }

  /** Events emitted inside `fn` are delivered only after it finished (like JSM storing panel data with the request). */
  async holdingEvents<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held !== null) return fn();
    const held: ProductEvent[] = [];
    this.held = held;
    try {
      return await fn();
    } finally {
      this.held = null;
      for (const event of held) this.runtime.deliver(event);
    }
  }

  /** The REST calls the app made to Jira as itself (asApp) while `fn` ran, as `METHOD path` without the query. */
  async appCallsDuring(fn: () => Promise<unknown>): Promise<string[]> {
    const calls: string[] = [];
    const jira = this.jira as { handle: SandboxJiraEmulator['handle'] };
    const original = jira.handle;
    jira.handle = (req) => {
      if (req.principal.kind === 'app') calls.push(`${req.method} ${req.path.split('?')[0] ?? ''}`);
      return original(req);
    };
    try {
      await fn();
    } finally {
      jira.handle = original;
    }
    return calls;
  }

  /** Events emitted inside `fn` are kept back and returned, for the test to deliver in an order of its choosing. */
  async capturingEvents(fn: () => Promise<unknown>): Promise<ProductEvent[]> {
    const previous = this.held;
    const captured: ProductEvent[] = [];
    this.held = captured;
    try {
      await fn();
    } finally {
      this.held = previous;
    }
    return captured;
  }

  /** Events emitted inside `fn` are never delivered: the trigger invocations Forge lost. */
  async losingEvents<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.held;
    this.held = [];
    try {
      return await fn();
    } finally {
      this.held = previous;
    }
  }

  async rest(principal: { kind: 'user'; accountId: string } | { kind: 'app' }, method: string, path: string, body?: unknown) {
    const response = await this.jira.handle({
      method,
      path,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      principal,
    });
    return response;
  }

  async property(issueKey: string, key: string): Promise<unknown> {
    const response = await this.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${issueKey}/properties/${key}`);
    if (response.status === 404) return undefined;
    return z.object({ value: z.unknown() }).parse(response.body).value;
  }

  invoke(moduleKey: string, functionKey: string, payload: unknown, accountId: string | undefined, context: Record<string, unknown>) {
    return this.runtime.invoke({ moduleKey, functionKey, payload, accountId, context });
  }

  async dispose(): Promise<void> {
    await this.runtime.settle();
    await this.runtime.close();
    this.jira.close();
    jest.useRealTimers();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The app id UUID from manifest.yml: JSM stores the portal panel's submission under it. */
export const APP_UUID = '00000000-0000-4000-8000-000000000000';

export interface RaiseInput {
  readonly reporter: string;
  readonly summary: string;
  readonly requestTypeId?: string;
  readonly fields?: readonly { key: string; value: string }[];
  readonly participants?: readonly string[];
}

/** A customer raises a request on the portal, the panel's submission stored with it. Returns the issue key. */
export const raiseRequest = async (sandbox: AppSandbox, input: RaiseInput): Promise<string> =>
  sandbox.holdingEvents(async () => {
    const created = await sandbox.rest({ kind: 'user', accountId: input.reporter }, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: input.requestTypeId ?? '12',
      requestFieldValues: { summary: input.summary, description: input.summary },
      ...(input.participants === undefined ? {} : { requestParticipants: input.participants }),
    });
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
    const { issueKey } = z.object({ issueKey: z.string() }).parse(created.body);
    if (input.fields !== undefined) {
      const put = await sandbox.rest({ kind: 'app' }, 'PUT', `/rest/api/3/issue/${issueKey}/properties/${APP_UUID}`, { fields: input.fields });
      if (put.status >= 300) throw new Error(`panel property failed: ${put.status}`);
    }
    return issueKey;
  });
