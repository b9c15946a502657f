import { randomUUID } from 'node:crypto';
import type { FunctionLoader } from './function-loader';
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
}

export interface InvocationHost {
  forgeFetch(accountId: string | undefined): ForgeFetch;
  egress: Fetch;
}

export class FunctionTimeoutError extends Error {
  constructor(functionKey: string, limitMs: number) {
    super(`Function '${functionKey}' timed out after ${limitMs / 1000} s (the platform's limit for this module type).`);
    this.name = 'FunctionTimeoutError';
  }
}

const noop = (): void => undefined;
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
    const invocation = { runtime, accountId: request.accountId, forgeFetch: this.host.forgeFetch(request.accountId), egress: this.host.egress, now: this.now };
    const run = runInInvocation(invocation, () => Promise.resolve(body()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = runDetached(() => setTimeout(() => { reject(new FunctionTimeoutError(request.functionKey, limitMs / this.timeScale)); }, limitMs));
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
      // A timed-out handler keeps running (Node cannot kill it); its late failure must not surface as unhandled.
      run.catch(noop);
    }
  }
}
