import { useSyncExternalStore } from 'react';

/**
 * One shared one-second ticker for every countdown on the page: the timer exists only while something
 * listens, so a panel with three clocks sets one interval, not three, and none when nothing ticks.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
/** The instant of the last tick; React reads the same value until the next one. */
let current = Date.now();

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  timer ??= setInterval(() => {
    current = Date.now();
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

const snapshot = (): number => current;

/** Local epoch ms of the latest tick; re-renders the caller once a second while mounted. */
export const useNow = (): number => useSyncExternalStore(subscribe, snapshot);
