import { currentInvocation, type ForgeFetch, type Fetch } from './invocation-context';

declare global {
  var __forge_fetch__: ForgeFetch | undefined;
  var __forge_sandbox_installed__: boolean | undefined;
  var __forge_sandbox_wall_clock__: (() => number) | undefined;
}

/**
 * The machine's wall clock, never the sandbox clock — also inside an invocation, where `Date.now()` answers the
 * sandbox clock. A sandbox clock that runs from an anchor must read this: reading `Date.now()` inside an invocation
 * would add the clock's offset a second time to everything the emulator stamps during the app's calls.
 */
export function wallClockNow(): number {
  return (globalThis.__forge_sandbox_wall_clock__ ?? Date.now)();
}

/**
 * Installs the two globals through which the unmodified @forge packages reach the platform, once per process (or
 * jest module registry). Both read the current invocation from AsyncLocalStorage, so concurrent invocations each
 * see their own `appContext`, `aaid` and principal, and several runtimes can live in one process.
 *
 * `global.fetch` is wrapped too: @forge/api captures it at import for egress, and inside an invocation the wrapper
 * sends the request to the invocation's egress handler; outside one it is the ordinary fetch.
 * `Date` follows the sandbox clock inside an invocation, so app code that reads wall time sees the demo's time.
 * Call this before any @forge package is first required: @forge/kvs picks its transport at import.
 */
export function installForgeGlobals(): void {
  if (globalThis.__forge_sandbox_installed__ === true) return;
  globalThis.__forge_sandbox_installed__ = true;
  Object.defineProperty(globalThis, '__forge_runtime__', {
    configurable: true,
    enumerable: false,
    get: () => currentInvocation()?.runtime,
  });
  globalThis.__forge_fetch__ = (meta, path, init) => {
    const invocation = currentInvocation();
    if (!invocation) return Promise.reject(new Error(`__forge_fetch__(${path}) was called outside a Forge function invocation.`));
    return invocation.forgeFetch(meta, path, init);
  };
  installSandboxTime();
  const ordinaryFetch: Fetch = globalThis.fetch.bind(globalThis);
  const sandboxFetch: Fetch = (input, init) => {
    const invocation = currentInvocation();
    return invocation ? invocation.egress(input, init) : ordinaryFetch(input, init);
  };
  globalThis.fetch = sandboxFetch;
}

/**
 * Inside an invocation `Date.now()` and `new Date()` read the sandbox clock; elsewhere they are untouched. A clock
 * that itself reads `Date.now()` (e.g. one running at wall speed from an anchor) gets the real time: the re-entrant
 * read is answered by the original `Date.now`.
 */
function installSandboxTime(): void {
  const RealDate = globalThis.Date;
  const realNow = RealDate.now.bind(RealDate);
  globalThis.__forge_sandbox_wall_clock__ = realNow;
  let reading = false;
  const sandboxNow = (): number => {
    const invocation = currentInvocation();
    if (!invocation || reading) return realNow();
    reading = true;
    try {
      return invocation.now();
    } finally {
      reading = false;
    }
  };
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      const instance: unknown = Reflect.construct(target, args.length === 0 ? [sandboxNow()] : args, newTarget);
      if (!(instance instanceof RealDate)) throw new TypeError('Date construction failed');
      return instance;
    },
    apply() {
      return new RealDate(sandboxNow()).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return sandboxNow;
      const value: unknown = Reflect.get(target, property, receiver);
      return value;
    },
  });
}
