import { AsyncLocalStorage } from 'node:async_hooks';

/** The signature of `global.__forge_fetch__` as @forge/api, @forge/kvs and @forge/events call it. */
export type ForgeFetch = (meta: unknown, path: string, init: RequestInit | undefined) => Promise<Response>;
export type Fetch = typeof globalThis.fetch;

/** What the platform would know about one function invocation. */
export interface Invocation {
  /** The object served as `global.__forge_runtime__` while this invocation runs. */
  readonly runtime: Readonly<Record<string, unknown>>;
  readonly accountId: string | undefined;
  readonly forgeFetch: ForgeFetch;
  /** Egress: `fetch` called by app code (through @forge/api or directly) while this invocation runs. */
  readonly egress: Fetch;
  /** The sandbox clock: what `Date.now()` and `new Date()` mean inside this invocation. */
  readonly now: () => number;
}

const invocations = new AsyncLocalStorage<Invocation>();

export function runInInvocation<T>(invocation: Invocation, fn: () => Promise<T>): Promise<T> {
  return invocations.run(invocation, fn);
}

export function currentInvocation(): Invocation | undefined {
  return invocations.getStore();
}

/** Runs `fn` outside of any invocation, so work it schedules does not inherit the caller's identity. */
export function runDetached<T>(fn: () => T): T {
  return invocations.exit(fn);
}
