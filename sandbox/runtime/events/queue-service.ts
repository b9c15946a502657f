import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SandboxClock } from '../../contracts';
import { platformFailureReason, type FunctionInvoker } from '../function-invoker';
import { Slots } from './slots';
import type { ConsumerDef, Manifest } from '../manifest';
import type { StoredQueueEvent, WorkStore } from '../work-store';
import type { WorkTracker } from '../work-tracker';
import { MAX_RETRIES, retryRequestOf, type RetryWait } from './retry-request';

const PushEventSchema = z.object({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().min(0).max(900).optional(),
  concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
});
const PushSchema = z.object({ queueName: z.string(), jobId: z.string(), payload: z.array(PushEventSchema).min(1).max(50) });
const JobRequestSchema = z.object({ queueName: z.string(), jobId: z.string() });

export interface QueueLog {
  (entry: { readonly kind: 'consumer'; readonly key: string; readonly jobId: string; readonly outcome: string; readonly error?: string }): void;
}

export interface StargateResponse {
  readonly status: number;
  readonly body?: unknown;
}

const MAX_PUSH_BYTES = 200 * 1024;

/**
 * The async-events service behind `@forge/events` Queue: accepts pushes (`/webhook/queue/publish/...`), answers job
 * stats and cancellation, and delivers each event to the queue's `consumer` module with the AsyncEvent shape,
 * retrying on a thrown error, a platform failure (time limit, killed) or a returned InvocationError. Up to
 * `parallelism` events run at once, unordered. `delayInSeconds` counts on the sandbox clock; a retry waits its
 * `retryAfter` on the sandbox's shortened retry time (real time, so `settle()` waits for it and ends).
 * Jobs and events live in the {@link WorkStore}, so a restart resumes them.
 */
export class QueueService {
  private readonly consumers: ReadonlyMap<string, ConsumerDef>;
  private readonly inFlight = new Set<string>();
  private readonly slots: Slots;

  constructor(
    manifest: Manifest,
    private readonly invoker: FunctionInvoker,
    private readonly tracker: WorkTracker,
    private readonly store: WorkStore,
    private readonly clock: SandboxClock,
    private readonly log: QueueLog,
    parallelism: () => number,
    private readonly retryWait: RetryWait,
  ) {
    this.slots = new Slots(parallelism);
    this.consumers = new Map((manifest.modules.consumer ?? []).map((c) => [c.queue, c]));
  }

  handle(path: string, body: unknown): StargateResponse {
    if (path.startsWith('/webhook/queue/publish/')) return this.push(body);
    if (path.startsWith('/webhook/queue/stats/') || path.startsWith('/webhook/queue/cancel/')) {
      const request = JobRequestSchema.safeParse(body);
      if (!request.success) return { status: 400, body: { message: z.prettifyError(request.error) } };
      const job = this.store.job(request.data.jobId);
      if (!job || job.queueName !== request.data.queueName) return { status: 404, body: { message: 'Job not found' } };
      if (path.startsWith('/webhook/queue/stats/')) return { status: 200, body: { success: job.success, inProgress: job.inProgress, failed: job.failed } };
      this.store.cancelJob(request.data.jobId);
      return { status: 204 };
    }
    return { status: 404, body: { message: `No async-events endpoint at ${path}` } };
  }

  private push(body: unknown): StargateResponse {
    const request = PushSchema.safeParse(body);
    if (!request.success) return { status: 400, body: { message: z.prettifyError(request.error) } };
    if (Buffer.byteLength(JSON.stringify(request.data.payload)) > MAX_PUSH_BYTES) return { status: 413, body: { errorMessage: 'The maximum payload size is 200KB.' } };
    const { queueName, jobId, payload } = request.data;
    if (!this.consumers.has(queueName)) return { status: 400, body: { message: `No consumer module is declared for queue '${queueName}'.` } };
    const now = this.clock.now();
    this.store.addJob(
      jobId,
      queueName,
      payload.map((event) => ({ eventId: randomUUID(), queueName, jobId, event, dueAt: now + (event.delayInSeconds ?? 0) * 1000, retryCount: 0, retryReason: undefined, retryData: undefined })),
    );
    this.releaseDue();
    return { status: 201, body: { jobId } };
  }

  /** Starts every stored event whose time has come on the sandbox clock (earliest first) that is not running yet. */
  releaseDue(): void {
    for (const item of this.store.eventsDueBy(this.clock.now())) {
      if (this.inFlight.has(item.eventId)) continue;
      this.inFlight.add(item.eventId);
      this.tracker.track(async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        let retryAfterSeconds: number | undefined;
        try {
          retryAfterSeconds = await this.slots.run(() => this.process(item));
          // Still marked in flight while waiting, so no other release starts the retry early.
          if (retryAfterSeconds !== undefined) await this.retryWait(retryAfterSeconds);
        } finally {
          this.inFlight.delete(item.eventId);
        }
        if (retryAfterSeconds !== undefined) this.releaseDue();
      });
    }
  }

  delayedCount(): number {
    return this.store.delayedCount(this.clock.now());
  }

  /** The most consumer invocations that ever ran at once. */
  highWater(): number {
    return this.slots.highWater();
  }

  /** Runs one event; when it was put back for a retry, the seconds the retry should wait. */
  private async process(item: StoredQueueEvent): Promise<number | undefined> {
    const job = this.store.job(item.jobId);
    const consumer = this.consumers.get(item.queueName);
    if (!job || !consumer || job.cancelled) {
      this.store.finishEvent(item, 'cancelled');
      return undefined;
    }
    const retryContext = item.retryCount === 0 ? undefined : { retryCount: item.retryCount, retryReason: item.retryReason, retryData: item.retryData };
    let retry: { reason: string; data: unknown; afterSeconds: number } | undefined;
    let error: string | undefined;
    try {
      const result = await this.invoker.call(this.invocationFor(consumer, item, retryContext));
      const requested = retryRequestOf(result);
      if (requested) retry = { reason: requested.retryReason, data: requested.retryData, afterSeconds: requested.retryAfterSeconds };
    } catch (thrown) {
      error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
      retry = { reason: platformFailureReason(thrown) ?? 'FUNCTION_PLATFORM_UNKNOWN_ERROR', data: undefined, afterSeconds: 1 };
    }
    const failure = error === undefined ? {} : { error };
    if (!retry) {
      this.store.finishEvent(item, 'success');
      this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'ok' });
      return undefined;
    }
    if (item.retryCount >= MAX_RETRIES) {
      this.store.finishEvent(item, 'failed');
      this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'retries-exhausted', ...failure });
      return undefined;
    }
    this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'retry', ...failure });
    this.store.retryEvent({ ...item, dueAt: this.clock.now(), retryCount: item.retryCount + 1, retryReason: retry.reason, retryData: retry.data });
    return retry.afterSeconds;
  }

  private invocationFor(consumer: ConsumerDef, item: StoredQueueEvent, retryContext: Record<string, unknown> | undefined): Parameters<FunctionInvoker['call']>[0] {
    const installContext = this.invoker.installContext;
    if (consumer.resolver) {
      // @forge/events 1.x style consumer: a resolver method receives the body as payload, jobId in the context.
      return {
        functionKey: consumer.resolver.function,
        moduleKey: consumer.key,
        moduleType: 'consumer',
        accountId: undefined,
        args: [
          { call: { functionKey: consumer.resolver.method, payload: { ...item.event.body, ...(retryContext ? { retryContext } : {}) }, jobId: item.jobId }, context: {} },
          { installContext },
        ],
      };
    }
    const asyncEvent = { ...item.event, queueName: item.queueName, jobId: item.jobId, eventId: item.eventId, ...(retryContext ? { retryContext } : {}) };
    return {
      functionKey: consumer.function ?? '',
      moduleKey: consumer.key,
      moduleType: 'consumer',
      accountId: undefined,
      args: [asyncEvent, { installContext }],
    };
  }
}
