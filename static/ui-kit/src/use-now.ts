import { useSyncExternalStore } from 'react';

/**
 * One shared one-second ticker for every countdown on the page: the timer exists only while something
 * listens, so a panel with three clocks sets one interval, not three, and none when nothing ticks.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
};

const currentSecond = (): number => Math.floor(Date.now() / 1000) * 1000;

/** Local epoch ms, truncated to the second so React sees a stable value between ticks. */
export const useNow = (): number => useSyncExternalStore(subscribe, currentSecond);
