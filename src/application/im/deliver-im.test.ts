import type { AppStore } from '../ports';
import { attemptIm, MAX_ATTEMPTS, sendIm, type ImDelivery, type ImMessage, type PostOutcome } from './deliver-im';

const memoryStore = (): AppStore & { readonly data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(data.get(key)),
    create: (key, value) => {
      if (data.has(key)) return Promise.resolve(false);
      data.set(key, value);
      return Promise.resolve(true);
    },
    list: (prefix) => Promise.resolve([...data].filter(([k]) => k.startsWith(prefix)).map(([key, value]) => ({ key, value }))),
    set: (key, value) => {
      data.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
};

const harness = (outcomes: PostOutcome[]) => {
  const posts: ImMessage[] = [];
  const retries: { attempt: number; delaySeconds: number }[] = [];
  const warnings: string[] = [];
  const delivery: ImDelivery = {
    store: memoryStore(),
    logger: { info: () => undefined, warn: (m) => warnings.push(m) },
    now: () => 0,
    post: (message) => {
      posts.push(message);
      return Promise.resolve(outcomes.shift() ?? 'accepted');
    },
    retryLater: (_message, attempt, delaySeconds) => {
      retries.push({ attempt, delaySeconds });
      return Promise.resolve();
    },
  };
  return { delivery, posts, retries, warnings };
};

const message: ImMessage = { id: 'm1', channel: 'dingtalk', text: '[TS-20261130-001] 紧急请求' };

describe('IM delivery: retried on failure, never sent twice', () => {
  it('an accepted message is never posted again', async () => {
    const h = harness(['accepted']);
    await sendIm(h.delivery, message);
    await sendIm(h.delivery, message);
    await attemptIm(h.delivery, message, 2);
    expect(h.posts).toHaveLength(1);
    expect(h.retries).toEqual([]);
  });

  it('a transient failure goes to the queue with backoff; a redelivered attempt posts once', async () => {
    const h = harness(['transient', 'accepted', 'accepted']);
    await sendIm(h.delivery, message);
    expect(h.retries).toEqual([{ attempt: 2, delaySeconds: 30 }]);
    await Promise.all([attemptIm(h.delivery, message, 2), attemptIm(h.delivery, message, 2)]);
    expect(h.posts).toHaveLength(2);
    await attemptIm(h.delivery, message, 3);
    expect(h.posts).toHaveLength(2);
  });

  it('a refused message is not retried and is logged', async () => {
    const h = harness(['refused']);
    await sendIm(h.delivery, message);
    expect(h.retries).toEqual([]);
    expect(h.warnings).toEqual(['IM message not delivered']);
  });

  it('gives up after the last attempt', async () => {
    const h = harness(Array.from({ length: MAX_ATTEMPTS }, (): PostOutcome => 'transient'));
    await sendIm(h.delivery, message);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) await attemptIm(h.delivery, message, attempt);
    expect(h.posts).toHaveLength(MAX_ATTEMPTS);
    expect(h.retries.map((r) => r.attempt)).toEqual([2, 3, 4, 5]);
    expect(h.retries.map((r) => r.delaySeconds)).toEqual([30, 60, 120, 240]);
    expect(h.warnings).toEqual(['IM message not delivered']);
  });
});
