import { dirname } from 'node:path';
import { z } from 'zod';
import type { ConfluenceSite, EntityPropertyIndex, JiraEmulator, OutboxMessage, ProductEvent, SandboxClock, SandboxRuntime } from '../contracts';
import { Chaos, DEFAULT_PARALLELISM, type ChaosInput, type ChaosSettings } from './chaos';
import { QueueService } from './events/queue-service';
import { TriggerDispatcher } from './events/trigger-dispatcher';
import { ForgeFetchRouter, isAppOriginated, outsideRestOrigin } from './forge-fetch-router';
import { installForgeGlobals } from './forge-globals';
import { FunctionInvoker, TIME_LIMIT_MS } from './function-invoker';
import { FunctionLoader } from './function-loader';
import { runDetached } from './invocation-context';
import { KvsDatabase } from './kvs/kvs-database';
import { KvsService } from './kvs/kvs-service';
import { appIdOf, backendFetchAllowList, loadManifest, resolverFunctionOf, type Manifest } from './manifest';
import { Scheduler } from './scheduler';
import { WorkStore } from './work-store';
import { WorkTracker } from './work-tracker';

export interface SandboxRuntimeOptions {
  readonly manifestPath: string;
  /** The app folder whose `src/` holds the handlers; defaults to the manifest's folder. */
  readonly appRoot?: string;
  /** Where `kvs.db` lives (state survives restarts). */
  readonly dataDir: string;
  readonly clock: SandboxClock;
  readonly jira: JiraEmulator;
  /** The linked Confluence site; none when absent (the app then offers knowledge articles as Markdown). */
  readonly confluence?: ConfluenceSite;
  readonly appVersion?: string;
  readonly cloudId?: string;
  /** The account Jira attributes the app's asApp changes to; events by it are what `ignoreSelf` drops. */
  readonly appAccountId?: string;
  readonly chaos?: ChaosInput;
  /** Multiplies every platform time limit (tests use a small value to prove the 25 s limit quickly). */
  readonly timeScale?: number;
  /** Base of the URLs `webTrigger.getUrl()` returns (the server maps `<base>/x1/<moduleKey>` to `webTrigger()`). */
  readonly webTriggerBaseUrl?: string;
  /** Subscribe to the emulator's product events (default true). Turn off if the composer forwards them itself. */
  readonly subscribeToJira?: boolean;
  /**
   * How many trigger invocations, and how many queue-consumer invocations, run at once (default 8; 1 = serial).
   * The chaos setting `parallelism` overrides it while set.
   */
  readonly parallelism?: number;
  /**
   * Real milliseconds a retry waits per second of its `retryAfter` (default 10: `retryAfter: 1` waits 10 ms), so a
   * retry goes to the back of the line as on Forge while `settle()` stays quick.
   */
  readonly retryDelayMsPerSecond?: number;
}

export interface RuntimeLogEntry {
  readonly at: number;
  readonly kind: 'trigger' | 'consumer' | 'scheduledTrigger' | 'background';
  readonly key: string;
  readonly outcome: string;
  readonly eventType?: string;
  readonly jobId?: string;
  readonly dueAt?: number;
  readonly error?: string;
}

export interface WebTriggerRequest {
  method: string;
  path: string;
  headers: Record<string, string[]>;
  body: string;
  queryParameters: Record<string, string[]>;
}

const WebTriggerResponseSchema = z.object({
  statusCode: z.number().int(),
  statusText: z.string().optional(),
  headers: z.record(z.string(), z.array(z.string())).optional(),
  body: z.string().optional(),
});

const LOG_LIMIT = 2000;
const DEFAULT_RETRY_MS_PER_SECOND = 10;

// At import, not only in the constructor: whoever imports the runtime before @forge/api keeps egress interceptable.
installForgeGlobals();

class ForgeSandboxRuntime implements SandboxRuntime {
  private readonly manifest: Manifest;
  private readonly db: KvsDatabase;
  private readonly chaosControl: Chaos;
  private readonly tracker: WorkTracker;
  private readonly invoker: FunctionInvoker;
  private readonly dispatcher: TriggerDispatcher;
  private readonly queue: QueueService;
  private readonly scheduler: Scheduler;
  private readonly identity: { appId: string; appVersion: string; environmentId: string; installationId: string; cloudId: string };
  private messages: OutboxMessage[] = [];
  private entries: RuntimeLogEntry[] = [];
  private closed = false;

  constructor(private readonly options: SandboxRuntimeOptions) {
    installForgeGlobals();
    this.manifest = loadManifest(options.manifestPath);
    const appRoot = options.appRoot ?? dirname(options.manifestPath);
    this.db = new KvsDatabase(options.dataDir);
    this.chaosControl = new Chaos(options.parallelism ?? DEFAULT_PARALLELISM);
    if (options.chaos) this.chaosControl.set(options.chaos);
    const appId = appIdOf(this.manifest);
    this.identity = {
      appId,
      appVersion: options.appVersion ?? '1.0.0',
      environmentId: 'sandbox-development',
      installationId: `sandbox-installation-${appId}`,
      cloudId: options.cloudId ?? 'sandbox-cloud',
    };
    this.tracker = new WorkTracker(
      (error) => { this.logEntry({ kind: 'background', key: '-', outcome: 'error', error: String(error) }); },
      (work) => runDetached(() => outsideRestOrigin(work)),
    );
    const kvs = new KvsService(this.db, this.manifest.app.storage?.entities ?? [], () => options.clock.now());
    const routerRef: { current?: ForgeFetchRouter } = {};
    this.invoker = new FunctionInvoker(
      new FunctionLoader(this.manifest, appRoot),
      {
        ...this.identity,
        appRoot,
        scopes: this.manifest.permissions?.scopes ?? [],
        external: this.manifest.permissions?.external ?? {},
      },
      {
        forgeFetch: (accountId) => (meta, path, init) => {
          if (!routerRef.current) throw new Error('The sandbox runtime is still starting.');
          return routerRef.current.forUser(accountId)(meta, path, init);
        },
        egress: (input, init) => {
          if (!routerRef.current) throw new Error('The sandbox runtime is still starting.');
          return routerRef.current.egress(input, init);
        },
        killPoint: (moduleType) => this.chaosControl.killPoint(moduleType),
        latency: () => runDetached(() => this.chaosControl.latency()),
      },
      options.timeScale ?? 1,
      () => options.clock.now(),
    );
    const log = (entry: Omit<RuntimeLogEntry, 'at'>): void => { this.logEntry(entry); };
    const work = new WorkStore(this.db.connection);
    const msPerSecond = options.retryDelayMsPerSecond ?? DEFAULT_RETRY_MS_PER_SECOND;
    const retryWait = (seconds: number): Promise<void> =>
      new Promise((resolve) => runDetached(() => setTimeout(resolve, Math.max(0, seconds) * msPerSecond)));
    this.queue = new QueueService(this.manifest, this.invoker, this.tracker, work, options.clock, log, () => this.chaosControl.settings().parallelism, retryWait);
    routerRef.current = new ForgeFetchRouter({
      kvs,
      queue: this.queue,
      jira: options.jira,
      ...(options.confluence === undefined ? {} : { confluence: options.confluence }),
      chaos: this.chaosControl,
      clock: options.clock,
      egressAllowList: backendFetchAllowList(this.manifest),
      webTriggerBaseUrl: options.webTriggerBaseUrl ?? 'http://127.0.0.1:8080/__sandbox/webtrigger',
      record: (message) => this.messages.push(message),
    });
    this.dispatcher = new TriggerDispatcher(this.manifest, this.invoker, this.tracker, work, this.chaosControl, options.appAccountId ?? 'sandbox-app-account', log, retryWait);
    this.scheduler = new Scheduler(this.manifest, this.invoker, this.db, options.clock, this.identity.cloudId, () => this.chaosControl.copiesPerEvent(), () => this.tracker.idle(), log);
    options.jira.setEntityPropertyIndexes(this.entityPropertyIndexes());
    if (options.subscribeToJira !== false) options.jira.onEvent((event) => { this.deliver(event); });
    // Work accepted before a crash or restart resumes: at least once, as on the platform.
    this.dispatcher.drain();
    this.queue.releaseDue();
  }

  private logEntry(entry: Omit<RuntimeLogEntry, 'at'>): void {
    this.entries.push({ ...entry, at: this.options.clock.now() });
    if (this.entries.length > LOG_LIMIT) this.entries = this.entries.slice(-LOG_LIMIT);
  }

  private entityPropertyIndexes(): EntityPropertyIndex[] {
    return (this.manifest.modules['jira:entityProperty'] ?? [])
      .filter((module) => (module.entityType ?? 'issue') === 'issue')
      .map((module) => ({
        propertyKey: module.propertyKey,
        entityType: 'issue',
        values: module.values.map((v) => ({ path: v.path, type: v.type, ...(v.searchAlias === undefined ? {} : { searchAlias: v.searchAlias }) })),
      }));
  }

  async invoke(input: Parameters<SandboxRuntime['invoke']>[0]): Promise<unknown> {
    const functionKey = resolverFunctionOf(this.manifest, input.moduleKey);
    if (functionKey === undefined) throw new Error(`manifest.yml has no module '${input.moduleKey}' with a resolver.`);
    return this.invoker.call({
      functionKey,
      moduleKey: input.moduleKey,
      moduleType: 'resolver',
      accountId: input.accountId,
      args: [
        { call: { functionKey: input.functionKey, payload: input.payload }, context: { moduleKey: input.moduleKey, ...input.context } },
        { ...(input.accountId === undefined ? {} : { principal: { accountId: input.accountId } }), installContext: this.invoker.installContext },
      ],
    });
  }

  /**
   * Runs `fn` inside an invocation of the app (as resolver `moduleKey`, for `accountId`), so code that uses the
   * @forge packages directly — seed scripts, tests — reaches this sandbox's KVS, Jira and queues.
   */
  async runInApp<T>(fn: () => Promise<T>, options: { readonly accountId?: string; readonly moduleKey?: string } = {}): Promise<T> {
    return this.invoker.run(
      { functionKey: 'sandbox-inline', moduleKey: options.moduleKey ?? 'sandbox', moduleType: 'resolver', accountId: options.accountId, killable: false },
      TIME_LIMIT_MS.resolver * (this.options.timeScale ?? 1),
      fn,
    );
  }

  deliver(event: ProductEvent): void {
    if (this.closed) return;
    this.dispatcher.deliver(event, isAppOriginated());
  }

  async webTrigger(moduleKey: string, request: WebTriggerRequest): Promise<{ statusCode: number; headers?: Record<string, string[]>; body?: string }> {
    const module = (this.manifest.modules.webtrigger ?? []).find((m) => m.key === moduleKey);
    if (!module) return { statusCode: 404, body: `No webtrigger module '${moduleKey}'.` };
    try {
      const result = await this.invoker.call({
        functionKey: module.function,
        moduleKey,
        moduleType: 'webtrigger',
        accountId: undefined,
        args: [request, { installContext: this.invoker.installContext }],
      });
      const parsed = WebTriggerResponseSchema.safeParse(result);
      if (!parsed.success) return { statusCode: 500, body: `The web trigger returned an invalid response: ${z.prettifyError(parsed.error)}` };
      const { statusCode, headers, body } = parsed.data;
      return { statusCode, ...(headers === undefined ? {} : { headers }), ...(body === undefined ? {} : { body }) };
    } catch (error) {
      return { statusCode: 500, body: error instanceof Error ? error.message : String(error) };
    }
  }

  async runScheduled(): Promise<void> {
    this.queue.releaseDue();
    await this.scheduler.runDue();
  }

  async settle(): Promise<void> {
    await this.scheduler.idle();
    await this.tracker.idle();
  }

  /** Fires `avi:forge:installed:app` the first time this data directory is used; returns whether it fired. */
  install(installerAccountId?: string): boolean {
    if (this.db.getMeta('installed') !== undefined) return false;
    this.db.setMeta('installed', String(this.options.clock.now()));
    this.deliver({
      eventType: 'avi:forge:installed:app',
      payload: {
        id: this.identity.installationId,
        ...(installerAccountId === undefined ? {} : { installerAccountId }),
        app: { id: this.identity.appId, version: this.identity.appVersion },
        environment: { id: this.identity.environmentId },
        context: { cloudId: this.identity.cloudId },
      },
    });
    return true;
  }

  outbox(): readonly OutboxMessage[] {
    return [...this.messages];
  }

  clearOutbox(): void {
    this.messages = [];
  }

  setChaos(settings: ChaosInput): ChaosSettings {
    return this.chaosControl.set(settings);
  }

  chaos(): ChaosSettings {
    return this.chaosControl.settings();
  }

  /** What background deliveries did (filtered, ok, retried, failed), newest last. */
  log(): readonly RuntimeLogEntry[] {
    return [...this.entries];
  }

  /** The most trigger and consumer invocations that ever ran at once (each bounded by `parallelism`). */
  concurrencyHighWater(): { readonly triggers: number; readonly consumers: number } {
    return { triggers: this.dispatcher.highWater(), consumers: this.queue.highWater() };
  }

  /** Events waiting for the sandbox clock (`delayInSeconds`). */
  delayedQueueEvents(): number {
    return this.queue.delayedCount();
  }

  /** Waits for background work, then forgets all stored state; the next `install()` fires the lifecycle event again. */
  async reset(): Promise<void> {
    await this.settle();
    this.db.clearAll();
    this.scheduler.ensureAnchor();
    this.messages = [];
    this.entries = [];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    this.closed = true;
    this.db.close();
  }
}

export type { ForgeSandboxRuntime };

export function createSandboxRuntime(options: SandboxRuntimeOptions): ForgeSandboxRuntime {
  return new ForgeSandboxRuntime(options);
}
