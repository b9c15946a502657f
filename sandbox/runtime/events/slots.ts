/**
 * A counting semaphore whose limit is read at every acquire, so a chaos change of `parallelism` applies to work
 * that starts afterwards. Waiters are served first come, first served (with a limit of 1, work runs in order).
 */
export class Slots {
  private active = 0;
  private peak = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: () => number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** The most that ever ran at once (what a test reads to see that work overlapped). */
  highWater(): number {
    return this.peak;
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit() && this.waiting.length === 0) {
      this.take();
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
    });
  }

  private take(): void {
    this.active++;
    this.peak = Math.max(this.peak, this.active);
  }

  private release(): void {
    this.active--;
    while (this.active < this.limit()) {
      const next = this.waiting.shift();
      if (next === undefined) return;
      this.take();
      next();
    }
  }
}
