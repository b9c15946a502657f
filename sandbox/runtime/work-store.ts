import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ProductEvent } from '../contracts';

const ProductEventSchema = z.object({ eventType: z.string(), payload: z.record(z.string(), z.unknown()) });
const PushEventSchema = z.object({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().optional(),
  concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
});
export type StoredPushEvent = z.infer<typeof PushEventSchema>;

export interface PendingDelivery {
  readonly id: number;
  readonly event: ProductEvent;
  readonly fromApp: boolean;
}

export interface StoredQueueEvent {
  readonly eventId: string;
  readonly queueName: string;
  readonly jobId: string;
  readonly event: StoredPushEvent;
  readonly dueAt: number;
  readonly retryCount: number;
  readonly retryReason: string | undefined;
  readonly retryData: unknown;
}

export interface JobCounts {
  readonly queueName: string;
  readonly success: number;
  readonly inProgress: number;
  readonly failed: number;
  readonly cancelled: boolean;
}

interface QueueRow {
  event_id: string;
  queue_name: string;
  job_id: string;
  event_json: string;
  due_at: number;
  retry_count: number;
  retry_reason: string | null;
  retry_data_json: string | null;
}

function toQueueEvent(row: QueueRow): StoredQueueEvent {
  return {
    eventId: row.event_id,
    queueName: row.queue_name,
    jobId: row.job_id,
    event: PushEventSchema.parse(JSON.parse(row.event_json)),
    dueAt: row.due_at,
    retryCount: row.retry_count,
    retryReason: row.retry_reason ?? undefined,
    retryData: row.retry_data_json === null ? undefined : z.unknown().parse(JSON.parse(row.retry_data_json)),
  };
}

/**
 * Work the platform has accepted but not finished — product events awaiting delivery, queue events and their
 * jobs — kept in the same SQLite file as the KVS, so a crash or restart resumes it (at least once, as Forge does).
 */
export class WorkStore {
  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS pending_delivery (id INTEGER PRIMARY KEY AUTOINCREMENT, event_json TEXT NOT NULL, from_app INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS queue_job (
        job_id TEXT PRIMARY KEY, queue_name TEXT NOT NULL,
        success INTEGER NOT NULL, in_progress INTEGER NOT NULL, failed INTEGER NOT NULL, cancelled INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS queue_event (
        event_id TEXT PRIMARY KEY, queue_name TEXT NOT NULL, job_id TEXT NOT NULL, event_json TEXT NOT NULL,
        due_at INTEGER NOT NULL, retry_count INTEGER NOT NULL, retry_reason TEXT, retry_data_json TEXT
      );
    `);
  }

  addDelivery(event: ProductEvent, fromApp: boolean): void {
    this.db.prepare('INSERT INTO pending_delivery (event_json, from_app) VALUES (?, ?)').run(JSON.stringify(event), fromApp ? 1 : 0);
  }

  pendingDeliveries(): PendingDelivery[] {
    return this.db
      .prepare<[], { id: number; event_json: string; from_app: number }>('SELECT id, event_json, from_app FROM pending_delivery ORDER BY id')
      .all()
      .map((row) => ({ id: row.id, event: ProductEventSchema.parse(JSON.parse(row.event_json)), fromApp: row.from_app === 1 }));
  }

  removeDelivery(id: number): void {
    this.db.prepare('DELETE FROM pending_delivery WHERE id = ?').run(id);
  }

  addJob(jobId: string, queueName: string, events: readonly StoredQueueEvent[]): void {
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO queue_job (job_id, queue_name, success, in_progress, failed, cancelled) VALUES (?, ?, 0, ?, 0, 0)').run(jobId, queueName, events.length);
      for (const e of events) this.saveEvent(e);
    })();
  }

  private saveEvent(e: StoredQueueEvent): void {
    this.db
      .prepare('INSERT OR REPLACE INTO queue_event (event_id, queue_name, job_id, event_json, due_at, retry_count, retry_reason, retry_data_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.eventId, e.queueName, e.jobId, JSON.stringify(e.event), e.dueAt, e.retryCount, e.retryReason ?? null, e.retryData === undefined ? null : JSON.stringify(e.retryData));
  }

  job(jobId: string): JobCounts | undefined {
    const row = this.db
      .prepare<[string], { queue_name: string; success: number; in_progress: number; failed: number; cancelled: number }>(
        'SELECT queue_name, success, in_progress, failed, cancelled FROM queue_job WHERE job_id = ?',
      )
      .get(jobId);
    return row && { queueName: row.queue_name, success: row.success, inProgress: row.in_progress, failed: row.failed, cancelled: row.cancelled === 1 };
  }

  cancelJob(jobId: string): void {
    this.db.prepare('UPDATE queue_job SET cancelled = 1 WHERE job_id = ?').run(jobId);
  }

  eventsDueBy(now: number): StoredQueueEvent[] {
    return this.db.prepare<[number], QueueRow>('SELECT * FROM queue_event WHERE due_at <= ? ORDER BY due_at, rowid').all(now).map(toQueueEvent);
  }

  delayedCount(now: number): number {
    return this.db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM queue_event WHERE due_at > ?').get(now)?.n ?? 0;
  }

  /** Ends one event of a job: removes it and moves the job's counts, in one transaction. */
  finishEvent(e: StoredQueueEvent, outcome: 'success' | 'failed' | 'cancelled'): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM queue_event WHERE event_id = ?').run(e.eventId);
      const column = outcome === 'success' ? 'success = success + 1,' : outcome === 'failed' ? 'failed = failed + 1,' : '';
      this.db.prepare(`UPDATE queue_job SET ${column} in_progress = in_progress - 1 WHERE job_id = ?`).run(e.jobId);
    })();
  }

  retryEvent(e: StoredQueueEvent): void {
    this.saveEvent(e);
  }
}
