/**
 * Counts background work (event deliveries, queue jobs, scheduled runs) so `settle()` can wait until none is left,
 * including work that the tracked work itself starts.
 */
export class WorkTracker {
  private pending = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly onError: (error: unknown) => void,
    /** Starts work outside the caller's async context, so it does not inherit an invocation's identity. */
    private readonly detach: (work: () => Promise<void>) => Promise<void> = (work) => work(),
  ) {}

  track(work: () => Promise<void>): void {
    this.pending++;
    void this.detach(work)
      .catch(this.onError)
      .finally(() => {
        this.pending--;
        if (this.pending > 0) return;
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters) wake();
      });
  }

  async idle(): Promise<void> {
    while (this.pending > 0) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}
