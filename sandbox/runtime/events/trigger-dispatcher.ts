import type { ProductEvent } from '../../contracts';
import type { Chaos } from '../chaos';
import { platformFailureReason, type FunctionInvoker } from '../function-invoker';
import { triggerEventTypes, type Manifest, type TriggerDef, type TriggerFilter } from '../manifest';
import type { PendingDelivery, WorkStore } from '../work-store';
import type { WorkTracker } from '../work-tracker';
import { compileJiraExpression, type CompiledExpression } from './jira-expression';
import { MAX_RETRIES, retryRequestOf, type RetryWait } from './retry-request';
import { Slots } from './slots';

interface Binding {
  readonly trigger: TriggerDef;
  readonly eventType: string;
  readonly filter: TriggerFilter | undefined;
  readonly expression: CompiledExpression | undefined;
}

export interface DispatchLog {
  (entry: { readonly kind: 'trigger'; readonly key: string; readonly eventType: string; readonly outcome: string; readonly error?: string }): void;
}

/**
 * Delivers product and lifecycle events to the manifest's `trigger` modules, asynchronously and at least once, as
 * the platform does: filters first (ignoreSelf, expression), then the function, retried when it asks to be or when
 * the platform failed it (time limit, killed). Deliveries run concurrently, up to `parallelism` invocations at once,
 * in no promised order — as on Forge.
 */
export class TriggerDispatcher {
  private readonly bindings: Binding[];
  private readonly inFlight = new Set<number>();
  private readonly slots: Slots;

  constructor(
    manifest: Manifest,
    private readonly invoker: FunctionInvoker,
    private readonly tracker: WorkTracker,
    private readonly store: WorkStore,
    private readonly chaos: Chaos,
    private readonly appAccountId: string,
    private readonly log: DispatchLog,
    private readonly retryWait: RetryWait,
  ) {
    this.slots = new Slots(() => this.chaos.settings().parallelism);
    // Expressions compile when the runtime starts, so an unsupported one fails loudly instead of silently never matching.
    this.bindings = (manifest.modules.trigger ?? []).flatMap((trigger) =>
      triggerEventTypes(trigger).map(({ eventType, filter }) => ({
        trigger,
        eventType,
        filter,
        expression: filter?.expression === undefined ? undefined : compileJiraExpression(filter.expression),
      })),
    );
  }

  /** Accepts an event (kept on disk until delivered); `fromApp` marks events caused by the app's own asApp calls. */
  deliver(event: ProductEvent, fromApp: boolean): void {
    for (let copy = 0; copy < this.chaos.copiesPerEvent(); copy++) this.store.addDelivery(event, fromApp);
    this.drain();
  }

  /** The most trigger invocations that ever ran at once. */
  highWater(): number {
    return this.slots.highWater();
  }

  /** Starts delivering whatever is pending, including deliveries a previous run of the sandbox left unfinished. */
  drain(): void {
    this.tracker.track(async () => {
      // Let the emitting call finish first, as real delivery is asynchronous.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.chaos.shuffle(this.store.pendingDeliveries().filter((d) => !this.inFlight.has(d.id)));
      for (const delivery of batch) {
        this.inFlight.add(delivery.id);
        // Each delivery on its own: the slots bound how many invocations run, and they finish in any order.
        this.tracker.track(async () => {
          try {
            await this.dispatch(delivery);
          } finally {
            this.store.removeDelivery(delivery.id);
            this.inFlight.delete(delivery.id);
          }
        });
      }
    });
  }

  private async dispatch({ event, fromApp }: PendingDelivery): Promise<void> {
    const payload: Record<string, unknown> = { ...event.payload, eventType: event.eventType };
    const receivers: Binding[] = [];
    for (const binding of this.bindings) {
      if (binding.eventType !== event.eventType) continue;
      const key = binding.trigger.key;
      if (binding.filter?.ignoreSelf === true && (fromApp || payload['atlassianId'] === this.appAccountId)) {
        this.log({ kind: 'trigger', key, eventType: event.eventType, outcome: 'filtered:ignoreSelf' });
        continue;
      }
      if (binding.expression && !this.passesExpression(binding, payload)) continue;
      receivers.push(binding);
    }
    // Each trigger module is its own subscriber: they receive the event independently, at the same time.
    await Promise.all(receivers.map((binding) => this.invokeWithRetries(binding, payload)));
  }

  private passesExpression(binding: Binding, payload: Record<string, unknown>): boolean {
    const onError = binding.filter?.onError ?? 'IGNORE_AND_LOG';
    try {
      if (binding.expression?.test({ event: payload }) === true) return true;
      this.log({ kind: 'trigger', key: binding.trigger.key, eventType: binding.eventType, outcome: 'filtered:expression' });
      return false;
    } catch (error) {
      const receive = onError === 'RECEIVE' || onError === 'RECEIVE_AND_LOG';
      this.log({ kind: 'trigger', key: binding.trigger.key, eventType: binding.eventType, outcome: receive ? 'expression-error:received' : 'expression-error:ignored', error: String(error) });
      return receive;
    }
  }

  private async invokeWithRetries(binding: Binding, payload: Record<string, unknown>): Promise<void> {
    const key = binding.trigger.key;
    let event = payload;
    for (let attempt = 0; ; attempt++) {
      let retry: { reason: string; data: unknown; afterSeconds: number; error?: string };
      try {
        const result = await this.slots.run(() =>
          this.invoker.call({
            functionKey: binding.trigger.function,
            moduleKey: key,
            moduleType: 'trigger',
            accountId: undefined,
            args: [event, { installContext: this.invoker.installContext }],
          }),
        );
        const requested = retryRequestOf(result);
        if (!requested) {
          this.log({ kind: 'trigger', key, eventType: binding.eventType, outcome: 'ok' });
          return;
        }
        retry = { reason: requested.retryReason, data: requested.retryData, afterSeconds: requested.retryAfterSeconds };
      } catch (error) {
        const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        const platformReason = platformFailureReason(error);
        // The platform retries its own failures (time limit, crash); an error the app threw is logged, not retried.
        if (platformReason === undefined) {
          this.log({ kind: 'trigger', key, eventType: binding.eventType, outcome: 'error', error: described });
          return;
        }
        retry = { reason: platformReason, data: undefined, afterSeconds: 1, error: described };
      }
      const failure = retry.error === undefined ? {} : { error: retry.error };
      if (attempt >= MAX_RETRIES) {
        this.log({ kind: 'trigger', key, eventType: binding.eventType, outcome: 'retries-exhausted', ...failure });
        return;
      }
      this.log({ kind: 'trigger', key, eventType: binding.eventType, outcome: 'retry', ...failure });
      event = { ...payload, retryContext: { retryCount: attempt + 1, retryReason: retry.reason, retryData: retry.data } };
      await this.retryWait(retry.afterSeconds);
    }
  }
}
