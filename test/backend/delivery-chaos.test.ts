import { ServiceRecordSchema, SlaPropertySchema } from '../../src/shared/issue-properties';
import { AppSandbox } from './support/app-sandbox';
import type { ChaosInput } from '../../sandbox/runtime';
import { observe, runWorkload } from './support/workload';

jest.setTimeout(300_000);

interface Outcome {
  /** The observed end state with each request's service number replaced by a per-request token. */
  readonly state: unknown;
  /** The service numbers handed out, sorted. */
  readonly numbers: readonly string[];
}

/**
 * Numbers follow the order in which creation events are processed, so a reordered delivery may hand the same
 * set of numbers to the requests in another order; everything else must be identical.
 */
const runWith = async (chaos: ChaosInput | undefined): Promise<Outcome> => {
  const sandbox = new AppSandbox(chaos);
  try {
    const keys = await runWorkload(sandbox);
    const observed = await observe(sandbox, keys);
    let text = JSON.stringify(observed);
    const numbers: string[] = [];
    for (const [i, key] of keys.entries()) {
      const number = ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber;
      numbers.push(number);
      text = text.split(number).join(`<number of request ${i}>`);
    }
    // Each survey link carries a fresh random nonce (and so its own signature): compare that one was posted, not its bytes.
    text = text.replace(/survey-link\?t=[A-Za-z0-9._%-]+/g, 'survey-link?t=<signed token>');
    return { state: JSON.parse(text) as unknown, numbers: numbers.sort() };
  } finally {
    await sandbox.dispose();
  }
};

describe('at-least-once, out-of-order delivery and a flaky Jira', () => {
  let baseline: Outcome;
  beforeAll(async () => {
    baseline = await runWith(undefined);
  });

  it('reaches a meaningful end state on single, ordered delivery', () => {
    expect(baseline.numbers).toEqual(['TS-20261130-001', 'TS-20261130-002', 'TS-20261130-003']);
    const { requests, notifications } = baseline.state as { requests: { record: unknown; sla: unknown; status: string; appComments: string[] }[]; notifications: string[] };
    expect(requests).toHaveLength(3);
    const [a, b, c] = requests.map((r) => ({ ...r, record: ServiceRecordSchema.parse(r.record), sla: SlaPropertySchema.parse(r.sla) }));
    expect(a?.status).toBe('Resolved');
    expect(a?.sla.response?.state).toBe('met');
    expect(b?.record.priority).toBe('urgent');
    expect(b?.sla.resolution?.everBreached).toBe(true);
    expect(c?.record.assumed).toEqual(expect.arrayContaining(['category', 'urgency', 'impact']));
    expect(c?.appComments).toHaveLength(2);
    expect(notifications.some((n) => /Urgent request raised/.test(n))).toBe(true);
    expect(notifications.some((n) => /SLA breached/.test(n))).toBe(true);
    expect(notifications.some((n) => /75%/.test(n))).toBe(true);
  });

  it('ends in the same state when every event arrives three times, reordered', async () => {
    const outcome = await runWith({ duplicateDelivery: 2, reorder: true, seed: 7 });
    expect(outcome.numbers).toEqual(baseline.numbers);
    expect(outcome.state).toEqual(baseline.state);
  });

  it('ends in the same state when 20 % of REST calls fail with 429 or 5xx', async () => {
    const outcome = await runWith({ restErrorRate: 0.2, seed: 11 });
    expect(outcome.numbers).toEqual(baseline.numbers);
    expect(outcome.state).toEqual(baseline.state);
  });
});
