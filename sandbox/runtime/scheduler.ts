import type { SandboxClock } from '../contracts';
import type { FunctionInvoker } from './function-invoker';
import type { KvsDatabase } from './kvs/kvs-database';
import type { Manifest, ScheduledTriggerDef } from './manifest';

const PERIOD_MS = { fiveMinute: 5 * 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;

export interface ScheduleLog {
  (entry: { readonly kind: 'scheduledTrigger'; readonly key: string; readonly dueAt: number; readonly outcome: string; readonly error?: string }): void;
}

/**
 * Fires `scheduledTrigger` modules on the sandbox clock. Each trigger is due every `interval` after the anchor (the
 * sandbox's first start, kept on disk), and every due time fires exactly once, in time order across triggers, even
 * when the clock jumps by days. The last fired time is kept on disk so a restart neither repeats nor skips runs.
 */
export class Scheduler {
  private readonly triggers: readonly ScheduledTriggerDef[];
  private chain: Promise<void> = Promise.resolve();

  constructor(
    manifest: Manifest,
    private readonly invoker: FunctionInvoker,
    private readonly db: KvsDatabase,
    private readonly clock: SandboxClock,
    private readonly cloudId: string,
    /** How many times each due run fires: 1, or more under chaos (the platform occasionally repeats a run). */
    private readonly copies: () => number,
    /** Waits for the work a run started (queue events, deliveries), as the real interval between runs would. */
    private readonly quiesce: () => Promise<void>,
    private readonly log: ScheduleLog,
  ) {
    this.triggers = manifest.modules.scheduledTrigger ?? [];
    this.ensureAnchor();
  }

  ensureAnchor(): void {
    if (this.db.getMeta('scheduler.anchor') === undefined) this.db.setMeta('scheduler.anchor', String(this.clock.now()));
  }

  private lastFired(trigger: ScheduledTriggerDef): number {
    return Number(this.db.getMeta(`scheduler.last.${trigger.key}`) ?? this.db.getMeta('scheduler.anchor'));
  }

  /** The due times not yet fired, up to the clock's now, earliest first (ties in manifest order). */
  dueRuns(): { trigger: ScheduledTriggerDef; dueAt: number }[] {
    const now = this.clock.now();
    const runs = this.triggers.flatMap((trigger, order) => {
      const period = PERIOD_MS[trigger.interval];
      const out: { trigger: ScheduledTriggerDef; dueAt: number; order: number }[] = [];
      for (let dueAt = this.lastFired(trigger) + period; dueAt <= now; dueAt += period) out.push({ trigger, dueAt, order });
      return out;
    });
    return runs.sort((a, b) => a.dueAt - b.dueAt || a.order - b.order).map(({ trigger, dueAt }) => ({ trigger, dueAt }));
  }

  /** Resolves when no scheduled run is in progress or queued. */
  async idle(): Promise<void> {
    for (let seen = this.chain; ; seen = this.chain) {
      await seen;
      if (seen === this.chain) return;
    }
  }

  /** Runs everything due, one run at a time; concurrent calls queue behind each other. */
  runDue(): Promise<void> {
    const next = this.chain.then(async () => {
      for (const { trigger, dueAt } of this.dueRuns()) {
        for (let copy = this.copies(); copy > 0; copy--) {
          await this.fire(trigger, dueAt);
          await this.quiesce();
        }
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async fire(trigger: ScheduledTriggerDef, dueAt: number): Promise<void> {
    try {
      await this.invoker.call({
        functionKey: trigger.function,
        moduleKey: trigger.key,
        moduleType: 'scheduledTrigger',
        accountId: undefined,
        args: [{ context: { cloudId: this.cloudId, moduleKey: trigger.key }, contextToken: `sandbox-${trigger.key}-${dueAt}` }, { installContext: this.invoker.installContext }],
      });
      this.log({ kind: 'scheduledTrigger', key: trigger.key, dueAt, outcome: 'ok' });
    } catch (error) {
      // Scheduled runs that fail are not retried by the platform.
      this.log({ kind: 'scheduledTrigger', key: trigger.key, dueAt, outcome: 'error', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    } finally {
      this.db.setMeta(`scheduler.last.${trigger.key}`, String(dueAt));
    }
  }
}
