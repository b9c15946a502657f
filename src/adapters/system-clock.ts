import type { Clock } from '../application/ports';

/** Wall time. In the sandbox, the runtime moves Date.now() with the sandbox clock. */
export const systemClock: Clock = { now: () => Date.now() };
