import { randomUUID } from 'node:crypto';
import type { FunctionLoader } from './function-loader';
import type { KillPoint } from './chaos';
import { runDetached, runInInvocation, type Fetch, type ForgeFetch } from './invocation-context';

/** Platform time limits (forge-platform.md §7); consumers and scheduled triggers may raise theirs with timeoutSeconds. */
export const TIME_LIMIT_MS = { resolver: 25_000, trigger: 25_000, webtrigger: 55_000, consumer: 55_000, scheduledTrigger: 55_000 } as const;
export type ModuleType = keyof typeof TIME_LIMIT_MS;

export interface AppIdentity {
  readonly appId: string;
  readonly appVersion: string;
  readonly environmentId: string;
  readonly installationId: string;
  readonly cloudId: string;
  readonly appRoot: string;
  readonly scopes: readonly string[];
  readonly external: Readonly<Record<string, unknown>>;
}

export interface InvocationRequest {
  readonly functionKey: string;
  readonly moduleKey: string;
  readonly moduleType: ModuleType;
  readonly accountId: string | undefined;
  readonly args: readonly unknown[];
  /** False for code the sandbox runs on its own behalf (`runInApp`): chaos never kills it. Default true. */
  readonly killable?: boolean;
}

export interface InvocationHost {
  forgeFetch(accountId: string | undefined): ForgeFetch;
  egress: Fetch;
  /** Resolves when a platform call has travelled one way (at least one macrotask turn; chaos may add more). */
  latency(): Promise<void>;
  /** Chaos: whether this platform call of an invocation of `moduleType` is where it dies, and on which side. */
  killPoint?(moduleType: ModuleType): KillPoint | undefined;
}

export class FunctionTimeoutError extends Error {
  constructor(functionKey: string, limitMs: number) {
    super(`Function '${functionKey}' timed out after ${limitMs / 1000} s (the platform's limit for this module type).`);
    this.name = 'FunctionTimeoutError';
  }
}

/** The invocation was killed by the sandbox's `killRate` chaos, as a crashed or recycled runtime would be. */
export class InvocationKilledError extends Error {
  constructor(functionKey: string, point: KillPoint, path: string) {
    super(`Function '${functionKey}' was killed ${point === 'before' ? 'before' : 'after'} its platform call ${path} (sandbox chaos killRate).`);
    this.name = 'InvocationKilledError';
  }
}

/** The retry reason the platform reports for an invocation that failed on the platform's side (time limit, crash). */
export function platformFailureReason(error: unknown): 'FUNCTION_TIME_OUT' | 'FUNCTION_PLATFORM_UNKNOWN_ERROR' | undefined {
  if (error instanceof FunctionTimeoutError) return 'FUNCTION_TIME_OUT';
  if (error instanceof InvocationKilledError) return 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
  return undefined;
}

const noop = (): void => undefined;
/** What a frozen runtime's pending calls do: never answer. */
const never = <T>(): Promise<T> => new Promise<T>(noop);

/**
 * One invocation's life. Once it is over — cut at its time limit, killed by chaos, or simply finished (a Lambda is
 * frozen when its handler returns) — its platform calls are refused by never completing, so no late effect lands.
 */
class InvocationLife {
  private over = false;
  private fail: (error: Error) => void = noop;
  readonly death = new Promise<never>((_, reject) => {
    this.fail = reject;
  });

  die(error: Error): void {
    if (this.over) return;
    this.over = true;
    this.fail(error);
  }

  end(): void {
    this.over = true;
  }

  isOver(): boolean {
    return this.over;
  }
}
const metrics = {
  counter: () => ({ incr: noop, decr: noop, incrBy: noop, decrBy: noop }),
  timing: () => ({ measure: () => ({ stop: noop }) }),
  gauge: () => ({ set: noop }),
};

/** Calls one manifest function the way the Forge runtime does: own context, own principal, hard time limit. */
export class FunctionInvoker {
  constructor(
    private readonly loader: FunctionLoader,
    private readonly identity: AppIdentity,
    private readonly host: InvocationHost,
    private readonly timeScale: number,
    private readonly now: () => number,
  ) {}

  limitMs(functionKey: string, moduleType: ModuleType): number {
    const declared = this.loader.definition(functionKey).timeoutSeconds;
    const seconds = moduleType === 'consumer' || moduleType === 'scheduledTrigger' ? declared : undefined;
    return (seconds === undefined ? TIME_LIMIT_MS[moduleType] : seconds * 1000) * this.timeScale;
  }

  get installContext(): string {
    return `ari:cloud:jira::site/${this.identity.cloudId}`;
  }

  async call(request: InvocationRequest): Promise<unknown> {
    const handler = await this.loader.load(request.functionKey);
    return this.run(request, this.limitMs(request.functionKey, request.moduleType), () => handler(...request.args));
  }

  /** Runs `body` as if it were a function of the app (own invocation context, principal and time limit). */
  async run<T>(request: Omit<InvocationRequest, 'args'>, limitMs: number, body: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    const invocationId = randomUUID();
    const { identity } = this;
    const runtime = {
      proxy: { token: `sandbox-${invocationId}` },
      contextAri: this.installContext,
      ...(request.accountId === undefined ? {} : { aaid: request.accountId }),
      appContext: {
        appId: identity.appId,
        appVersion: identity.appVersion,
        environmentId: identity.environmentId,
        environmentType: 'DEVELOPMENT',
        invocationId,
        installationId: identity.installationId,
        functionKey: request.functionKey,
        moduleType: request.moduleType,
        moduleKey: request.moduleKey,
        permissions: { scopes: identity.scopes, external: identity.external },
      },
      lambdaContext: {
        awsRequestId: invocationId,
        getRemainingTimeInMillis: () => Math.max(0, Math.round(limitMs - (performance.now() - started))),
      },
      tracing: { traceId: invocationId.replaceAll('-', ''), spanId: invocationId.slice(0, 16) },
      metrics,
      container: { appCodeDir: identity.appRoot },
      externalAuth: [],
      realtime: {},
      featureFlags: () => false,
    };
    const life = new InvocationLife();
    const forgeFetch = this.host.forgeFetch(request.accountId);
    const invocation = {
      runtime,
      accountId: request.accountId,
      forgeFetch: this.guarded(life, request, (meta: unknown, path: string, init: RequestInit | undefined) => forgeFetch(meta, path, init), (_meta, path) => path),
      egress: this.guarded(life, request, this.host.egress, (input) => (typeof input === 'string' ? input : 'href' in input ? input.href : input.url)),
      now: this.now,
    };
    const run = runInInvocation(invocation, () => Promise.resolve(body()));
    const timer = runDetached(() => setTimeout(() => { life.die(new FunctionTimeoutError(request.functionKey, limitMs / this.timeScale)); }, limitMs));
    try {
      return await Promise.race([run, life.death]);
    } finally {
      clearTimeout(timer);
      life.end();
      // A dead handler keeps running until its next platform call (Node cannot freeze it); a late failure of it
      // must not surface as unhandled.
      run.catch(noop);
    }
  }

  /**
   * Wraps one way out of the invocation (platform calls, egress) so that a dead invocation's calls never complete,
   * and so that chaos can kill the invocation at a call: before it is applied, or after (the answer is lost).
   */
  private guarded<A extends unknown[]>(
    life: InvocationLife,
    request: Omit<InvocationRequest, 'args'>,
    call: (...args: A) => Promise<Response>,
    describe: (...args: A) => string,
  ): (...args: A) => Promise<Response> {
    return async (...args) => {
      if (life.isOver()) return never();
      const kill = request.killable === false ? undefined : this.host.killPoint?.(request.moduleType);
      if (kill === 'before') {
        life.die(new InvocationKilledError(request.functionKey, kill, describe(...args)));
        return never();
      }
      // The platform is across a network: other invocations run while a call travels there and back, so an app's
      // read-modify-write really can interleave with another invocation's (as it can on Forge).
      await this.host.latency();
      // Frozen before the request left the runtime: it never reaches the platform.
      if (life.isOver()) return never();
      // Settled at once (not left rejected while the answer travels back, which Node would call unhandled).
      const sent = call(...args).then(
        (response) => ({ response }),
        (error: unknown) => ({ error }),
      );
      await this.host.latency();
      const outcome = await sent;
      if (kill === 'after') life.die(new InvocationKilledError(request.functionKey, kill, describe(...args)));
      // A call in flight when the invocation died (time limit, kill) may have been applied, but its answer is lost.
      if (life.isOver()) return never();
      if ('error' in outcome) throw outcome.error;
      return outcome.response;
    };
  }
}
