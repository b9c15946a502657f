/**
 * How long after a crossing (a 50 % or 75 % warning, or a breach at 100 %) the app announces it, with delayed
 * exact checks and with the sweep alone (`SLA_EXACT_CHECKS=off`), in the same run. Urgent requests (7×24:
 * respond 60 min, resolve 120 min, leave for the site 30 min) are raised at staggered seconds and each gets an
 * on-site visit, so every request crosses nine thresholds of all three clocks; the sandbox clock then advances in
 * one-minute steps, the platform releasing delayed queue events and firing the five-minute sweep as they fall due.
 *
 * A crossing's instant is worked out here from the standard (creation or on-site request + percent × target, on
 * a 7×24 calendar), independently of the app; when the app announced it is the time of its exactly-once claim
 * (`once:threshold:<issue>:<clock>:<cycle>:<percent>`), also for a lower threshold passed silently under a higher one.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { createAppHarness, type AppHarness } from './support/app-harness';

const REQUESTS = 12;
const MINUTE = 60_000;
const TARGETS = { response: 60, resolution: 120, onsite: 30 } as const;
const PERCENTS = [50, 75, 100] as const;
const ClaimSchema = z.object({ at: z.number() });

interface Crossing {
  readonly issueId: string;
  readonly clock: keyof typeof TARGETS;
  readonly percent: number;
  readonly at: number;
}

const claims = async (harness: AppHarness): Promise<Map<string, number>> =>
  harness.runtime.runInApp(async () => {
    const out = new Map<string, number>();
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('once:threshold:')).limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany<unknown>();
      for (const r of page.results) out.set(r.key.slice('once:threshold:'.length), ClaimSchema.parse(r.value).at);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return out;
  });

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const measure = async (exact: boolean): Promise<{ crossings: number; p50: number; max: number }> => {
  if (exact) Reflect.deleteProperty(process.env, 'SLA_EXACT_CHECKS');
  else process.env.SLA_EXACT_CHECKS = 'off';
  const harness = await createAppHarness();
  try {
    // Every move of the clock (never more than a minute) is followed by the platform doing what fell due.
    const advance = async (ms: number): Promise<void> => {
      harness.advanceMs(ms);
      await harness.runtime.runScheduled();
      await harness.runtime.settle();
    };
    const tick = (): Promise<void> => advance(MINUTE);
    const crossings: Crossing[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      await advance(23_000 + i * 1_000); // staggered seconds: crossings fall anywhere between two steps
      const { key, id } = await harness.raise(`ERP 全部无法登录 ${i}`, [{ key: 'category', value: 'software' }, { key: 'urgency', value: 'urgent' }]);
      const created = harness.clock.now();
      await harness.runtime.settle();
      await advance(7_000 * (i + 1) % MINUTE);
      await harness.agent(key, 'agent/onsiteRequested', {});
      const onsite = harness.clock.now();
      await harness.runtime.settle();
      for (const percent of PERCENTS) {
        crossings.push({ issueId: id, clock: 'response', percent, at: created + Math.ceil((TARGETS.response * MINUTE * percent) / 100) });
        crossings.push({ issueId: id, clock: 'resolution', percent, at: created + Math.ceil((TARGETS.resolution * MINUTE * percent) / 100) });
        crossings.push({ issueId: id, clock: 'onsite', percent, at: onsite + Math.ceil((TARGETS.onsite * MINUTE * percent) / 100) });
      }
      await tick();
    }
    const last = Math.max(...crossings.map((c) => c.at));
    while (harness.clock.now() < last + 10 * MINUTE) await tick();
    const claimed = await claims(harness);
    const lateness = crossings.map((c) => {
      const at = claimed.get(`${c.issueId}:${c.clock}:1:${c.percent}`);
      if (at === undefined) throw new Error(`announce bench: ${c.clock} ${c.percent}% of ${c.issueId} was never announced`);
      if (at < c.at) throw new Error(`announce bench: ${c.clock} ${c.percent}% of ${c.issueId} announced before its crossing`);
      return (at - c.at) / 1000;
    });
    const sorted = [...lateness].sort((a, b) => a - b);
    return { crossings: crossings.length, p50: quantile(sorted, 0.5), max: sorted[sorted.length - 1] ?? Number.NaN };
  } finally {
    await harness.dispose();
    Reflect.deleteProperty(process.env, 'SLA_EXACT_CHECKS');
  }
};

export const run = async (): Promise<string[]> => {
  const exact = await measure(true);
  const sweepOnly = await measure(false);
  const line = (m: { crossings: number; p50: number; max: number }) => `${m.crossings} crossings, p50 ${m.p50.toFixed(0)} s, max ${m.max.toFixed(0)} s after the crossing`;
  return [`announce: ${line(exact)}`, `announce (sweep only, SLA_EXACT_CHECKS=off): ${line(sweepOnly)}`];
};
