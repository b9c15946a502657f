import { z } from 'zod';
import type { SandboxClock } from '../contracts';
import { wallClockNow } from '../runtime/forge-globals';
import { readTextIfExists, writeFileAtomic } from './atomic-file';

/**
 * The sandbox clock runs at wall-clock speed from an anchor; moving it re-anchors. It can be frozen so that
 * tests see exactly the instants they set. Persisted so a restart keeps the demo's timeline.
 */
export interface MutableClock extends SandboxClock {
  set(epochMs: number): void;
  advance(ms: number): void;
  setFrozen(frozen: boolean): void;
  isFrozen(): boolean;
  reset(): void;
}

const ClockFileSchema = z.object({
  anchorSandboxMs: z.number(),
  anchorRealMs: z.number(),
  frozen: z.boolean(),
});
type ClockFile = z.infer<typeof ClockFileSchema>;

/** `realNow` defaults to the machine's wall clock (not `Date.now`, which inside an app invocation is this clock). */
export function createPersistentClock(file: string, realNow: () => number = wallClockNow): MutableClock {
  const fresh = (): ClockFile => ({ anchorSandboxMs: realNow(), anchorRealMs: realNow(), frozen: false });
  const text = readTextIfExists(file);
  let state: ClockFile = text === undefined ? fresh() : ClockFileSchema.parse(JSON.parse(text));
  const persist = (): void => {
    writeFileAtomic(file, JSON.stringify(state));
  };
  const now = (): number => (state.frozen ? state.anchorSandboxMs : state.anchorSandboxMs + (realNow() - state.anchorRealMs));
  persist();
  return {
    now,
    set(epochMs) {
      state = { ...state, anchorSandboxMs: epochMs, anchorRealMs: realNow() };
      persist();
    },
    advance(ms) {
      state = { ...state, anchorSandboxMs: now() + ms, anchorRealMs: realNow() };
      persist();
    },
    setFrozen(frozen) {
      state = { anchorSandboxMs: now(), anchorRealMs: realNow(), frozen };
      persist();
    },
    isFrozen: () => state.frozen,
    reset() {
      state = fresh();
      persist();
    },
  };
}
