import { z } from 'zod';

/** How many background invocations of each kind run at once unless told otherwise. */
export const DEFAULT_PARALLELISM = 8;

export type KillPoint = 'before' | 'after';

export const ChaosSettingsSchema = z.object({
  /** Extra copies of every product event delivered to triggers, and of every scheduled run (0 = exactly once). */
  duplicateDelivery: z.number().int().min(0).max(10).default(0),
  /** Deliver the product events that are pending together in a seeded random order instead of emission order. */
  reorder: z.boolean().default(false),
  /** Fraction of the app's Jira REST calls answered with an error before they reach the emulator. */
  restErrorRate: z.number().min(0).max(1).default(0),
  restErrorKinds: z.array(z.enum(['429', '5xx'])).min(1).default(['429', '5xx']),
  seed: z.number().int().default(1),
  /**
   * Fraction of the app's platform calls (`__forge_fetch__`: KVS, Jira, queues, e-mail; and egress `fetch`) at which
   * the invocation dies, as a crashed or recycled runtime would: that call and every later call of the invocation
   * never complete, and the invocation fails (triggers and consumers are then retried, as the platform does).
   */
  killRate: z.number().min(0).max(1).default(0),
  /**
   * Where a kill lands: `before` the call reaches the platform (nothing applied), `after` it was applied but before
   * its answer reaches the app (effect applied, response lost), or `either` (seeded coin toss per kill).
   */
  killWhen: z.enum(['before', 'after', 'either']).default('either'),
  /** The module types whose invocations may be killed (`runInApp` code never is). */
  killModuleTypes: z.array(z.enum(['resolver', 'trigger', 'consumer', 'scheduledTrigger', 'webtrigger'])).default(['resolver', 'trigger', 'consumer', 'scheduledTrigger', 'webtrigger']),
  /**
   * Extra one-way latency of every platform call, uniform in 0–`latencyMs` ms (seeded). Every call already yields
   * to other work on its way there and back; this spreads calls wider, so races surface more often.
   */
  latencyMs: z.number().min(0).max(5000).default(0),
  /**
   * How many trigger deliveries and how many queue events run at once (each its own limit). Forge runs them
   * concurrently and unordered; 1 gives strictly serial delivery.
   */
  parallelism: z.number().int().min(1).max(256).default(DEFAULT_PARALLELISM),
});
export type ChaosSettings = z.infer<typeof ChaosSettingsSchema>;
export type ChaosInput = z.input<typeof ChaosSettingsSchema>;

/** mulberry32: small, fast and good enough to make chaos runs repeatable from a seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Chaos {
  private current: ChaosSettings;
  private random: () => number;
  /** Kills draw from their own sequence, so turning them on does not change which REST calls fail. */
  private killRandom: () => number;
  private latencyRandom: () => number;

  /** `baseParallelism` is the runtime option: what `parallelism` means when a `set()` leaves it out. */
  constructor(private readonly baseParallelism: number = DEFAULT_PARALLELISM) {
    this.current = ChaosSettingsSchema.parse({ parallelism: baseParallelism });
    this.random = seededRandom(this.current.seed);
    this.killRandom = seededRandom(this.current.seed ^ 0x5bd1e995);
    this.latencyRandom = seededRandom(this.current.seed ^ 0x27d4eb2f);
  }

  settings(): ChaosSettings {
    return this.current;
  }

  /** Replaces the settings (unset fields take their defaults) and restarts the random sequence from the seed. */
  set(input: ChaosInput): ChaosSettings {
    this.current = ChaosSettingsSchema.parse({ parallelism: this.baseParallelism, ...input });
    this.random = seededRandom(this.current.seed);
    this.killRandom = seededRandom(this.current.seed ^ 0x5bd1e995);
    this.latencyRandom = seededRandom(this.current.seed ^ 0x27d4eb2f);
    return this.current;
  }

  copiesPerEvent(): number {
    return 1 + this.current.duplicateDelivery;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    if (!this.current.reorder) return copy;
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const a = copy[i];
      const b = copy[j];
      if (a === undefined || b === undefined) continue;
      copy[i] = b;
      copy[j] = a;
    }
    return copy;
  }

  /** An injected failure for one REST call, or undefined to let it through. */
  restFailure(): { status: number; headers: Record<string, string>; body: unknown } | undefined {
    if (this.current.restErrorRate === 0 || this.random() >= this.current.restErrorRate) return undefined;
    const kinds = this.current.restErrorKinds;
    const kind = kinds[Math.floor(this.random() * kinds.length)] ?? '429';
    if (kind === '429') {
      const retryAfter = 1 + Math.floor(this.random() * 5);
      return {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter), 'ratelimit-reason': 'jira-burst-based' },
        body: { errorMessages: ['Rate limit exceeded.'] },
      };
    }
    const status = this.random() < 0.5 ? 500 : 503;
    return { status, headers: { 'content-type': 'application/json' }, body: { errorMessages: ['Internal server error (injected by sandbox chaos).'] } };
  }

  /** One leg of a platform call's trip: the next macrotask turn, or a seeded random delay under `latencyMs`. */
  latency(): Promise<void> {
    const { latencyMs } = this.current;
    const delay = latencyMs === 0 ? 0 : this.latencyRandom() * latencyMs;
    return new Promise((resolve) => {
      if (delay === 0) setImmediate(resolve);
      else setTimeout(resolve, delay);
    });
  }

  /** Whether (and where) to kill the invocation at this platform call; undefined lets it live. */
  killPoint(moduleType: ChaosSettings['killModuleTypes'][number]): KillPoint | undefined {
    const { killRate, killWhen, killModuleTypes } = this.current;
    if (killRate === 0 || !killModuleTypes.includes(moduleType) || this.killRandom() >= killRate) return undefined;
    if (killWhen !== 'either') return killWhen;
    return this.killRandom() < 0.5 ? 'before' : 'after';
  }
}
