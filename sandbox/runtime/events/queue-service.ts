import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SandboxClock } from '../../contracts';
import type { FunctionInvoker } from '../function-invoker';
import type { ConsumerDef, Manifest } from '../manifest';
import type { WorkTracker } from '../work-tracker';
import { MAX_RETRIES, retryRequestOf } from './retry-request';

const PushEventSchema = z.object({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().min(0).max(900).optional(),
  concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
});
const PushSchema = z.object({ queueName: z.string(), jobId: z.string(), payload: z.array(PushEventSchema).min(1).max(50) });
const JobRequestSchema = z.object({ queueName: z.string(), jobId: z.string() });

type PushEvent = z.infer<typeof PushEventSchema>;

interface Job {
  readonly queueName: string;
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

interface QueuedEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly event: PushEvent;
  readonly dueAt: number;
  readonly retryCount: number;
  readonly retryReason: string | undefined;
  readonly retryData: unknown;
}

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
 * retrying on a thrown error or a returned InvocationError. `delayInSeconds` counts on the sandbox clock; retries
 * are re-queued at once (their `retryAfter` is recorded in `retryContext` but not waited for), so `settle()` ends.
 */
export class QueueService {
  private readonly consumers: ReadonlyMap<string, ConsumerDef>;
  private readonly jobs = new Map<string, Job>();
  private delayed: QueuedEvent[] = [];

  constructor(
    manifest: Manifest,
    private readonly invoker: FunctionInvoker,
    private readonly tracker: WorkTracker,
    private readonly clock: SandboxClock,
    private readonly log: QueueLog,
  ) {
    this.consumers = new Map((manifest.modules.consumer ?? []).map((c) => [c.queue, c]));
  }

  handle(path: string, body: unknown): StargateResponse {
    if (path.startsWith('/webhook/queue/publish/')) return this.push(body);
    if (path.startsWith('/webhook/queue/stats/') || path.startsWith('/webhook/queue/cancel/')) {
      const request = JobRequestSchema.safeParse(body);
      if (!request.success) return { status: 400, body: { message: z.prettifyError(request.error) } };
      const job = this.jobs.get(request.data.jobId);
      if (!job || job.queueName !== request.data.queueName) return { status: 404, body: { message: 'Job not found' } };
      if (path.startsWith('/webhook/queue/stats/')) return { status: 200, body: { success: job.success, inProgress: job.inProgress, failed: job.failed } };
      job.cancelled = true;
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
    this.jobs.set(jobId, { queueName, success: 0, inProgress: payload.length, failed: 0, cancelled: false });
    const now = this.clock.now();
    for (const event of payload) {
      this.enqueue({ queueName, jobId, eventId: randomUUID(), event, dueAt: now + (event.delayInSeconds ?? 0) * 1000, retryCount: 0, retryReason: undefined, retryData: undefined });
    }
    return { status: 201, body: { jobId } };
  }

  private enqueue(item: QueuedEvent): void {
    if (item.dueAt > this.clock.now()) {
      this.delayed.push(item);
      return;
    }
    this.tracker.track(async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await this.process(item);
    });
  }

  /** Releases delayed events whose time has come on the sandbox clock, earliest first. */
  releaseDue(): void {
    const now = this.clock.now();
    const due = this.delayed.filter((item) => item.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
    this.delayed = this.delayed.filter((item) => item.dueAt > now);
    for (const item of due) this.enqueue(item);
  }

  delayedCount(): number {
    return this.delayed.length;
  }

  private async process(item: QueuedEvent): Promise<void> {
    const job = this.jobs.get(item.jobId);
    const consumer = this.consumers.get(item.queueName);
    if (!job || !consumer) return;
    if (job.cancelled) {
      job.inProgress--;
      return;
    }
    const retryContext = item.retryCount === 0 ? undefined : { retryCount: item.retryCount, retryReason: item.retryReason, retryData: item.retryData };
    let retry: { reason: string; data: unknown } | undefined;
    let error: string | undefined;
    try {
      const result = await this.invoker.call(this.invocationFor(consumer, item, retryContext));
      const requested = retryRequestOf(result);
      if (requested) retry = { reason: requested.retryReason, data: requested.retryData };
    } catch (thrown) {
      error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
      retry = { reason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR', data: undefined };
    }
    if (!retry) {
      job.inProgress--;
      job.success++;
      this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'ok' });
      return;
    }
    if (item.retryCount >= MAX_RETRIES) {
      job.inProgress--;
      job.failed++;
      this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'retries-exhausted', ...(error === undefined ? {} : { error }) });
      return;
    }
    this.log({ kind: 'consumer', key: consumer.key, jobId: item.jobId, outcome: 'retry', ...(error === undefined ? {} : { error }) });
    this.enqueue({ ...item, dueAt: this.clock.now(), retryCount: item.retryCount + 1, retryReason: retry.reason, retryData: retry.data });
  }

  private invocationFor(consumer: ConsumerDef, item: QueuedEvent, retryContext: Record<string, unknown> | undefined): Parameters<FunctionInvoker['call']>[0] {
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
