import { z } from 'zod';

export const ChaosSettingsSchema = z.object({
  /** Extra copies of every product event delivered to triggers, and of every scheduled run (0 = exactly once). */
  duplicateDelivery: z.number().int().min(0).max(10).default(0),
  /** Deliver the product events that are pending together in a seeded random order instead of emission order. */
  reorder: z.boolean().default(false),
  /** Fraction of the app's Jira REST calls answered with an error before they reach the emulator. */
  restErrorRate: z.number().min(0).max(1).default(0),
  restErrorKinds: z.array(z.enum(['429', '5xx'])).min(1).default(['429', '5xx']),
  seed: z.number().int().default(1),
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
  private current: ChaosSettings = ChaosSettingsSchema.parse({});
  private random: () => number = seededRandom(this.current.seed);

  settings(): ChaosSettings {
    return this.current;
  }

  /** Replaces the settings (unset fields take their defaults) and restarts the random sequence from the seed. */
  set(input: ChaosInput): ChaosSettings {
    this.current = ChaosSettingsSchema.parse(input);
    this.random = seededRandom(this.current.seed);
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
}
