import { currentInvocation, type ForgeFetch, type Fetch } from './invocation-context';

declare global {
  var __forge_fetch__: ForgeFetch | undefined;
  var __forge_sandbox_installed__: boolean | undefined;
}

/**
 * Installs the two globals through which the unmodified @forge packages reach the platform, once per process (or
 * jest module registry). Both read the current invocation from AsyncLocalStorage, so concurrent invocations each
 * see their own `appContext`, `aaid` and principal, and several runtimes can live in one process.
 *
 * `global.fetch` is wrapped too: @forge/api captures it at import for egress, and inside an invocation the wrapper
 * sends the request to the invocation's egress handler; outside one it is the ordinary fetch.
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
  const ordinaryFetch: Fetch = globalThis.fetch.bind(globalThis);
  const sandboxFetch: Fetch = (input, init) => {
    const invocation = currentInvocation();
    return invocation ? invocation.egress(input, init) : ordinaryFetch(input, init);
  };
  globalThis.fetch = sandboxFetch;
}
