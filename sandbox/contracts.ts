/**
 * Seams between the sandbox's parts, so each can be built and tested on its own:
 *   runtime/  — Forge runtime globals, KVS, queues, resolvers, triggers, scheduler (SandboxRuntime)
 *   jira/     — Jira + JSM REST emulator (JiraEmulator)
 *   server/   — HTTP server, control API, host pages, bridge shim; composes the two
 */

/** Who makes a REST call: an outside client / host page user, the app (asApp), or the app on behalf of a user (asUser). */
export type Principal =
  | { readonly kind: 'user'; readonly accountId: string }
  | { readonly kind: 'app' }
  | { readonly kind: 'anonymous' };

export interface RestRequest {
  readonly method: string;
  /** Path without origin, may include the query string, e.g. `/rest/api/3/search/jql?jql=...`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Raw body text, or undefined. */
  readonly body?: string;
  readonly principal: Principal;
}

export interface RestResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialisable body, or undefined for 204. */
  readonly body?: unknown;
}

/** A Forge product event as delivered to a trigger (shape of the real `avi:jira:*` payloads). */
export interface ProductEvent {
  readonly eventType: string;
  readonly payload: Record<string, unknown>;
}

export interface SandboxClock {
  now(): number;
}

export interface JiraEmulator {
  handle(req: RestRequest): Promise<RestResponse>;
  /** Subscribe to product events emitted after every mutation. */
  onEvent(listener: (event: ProductEvent) => void): void;
  /** The entity-property indexes declared by the manifest (`jira:entityProperty`) so JQL aliases resolve. */
  setEntityPropertyIndexes(indexes: readonly EntityPropertyIndex[]): void;
  resolveAccountByEmail(email: string): string | undefined;
  reset(): void;
}

/** A linked Confluence site's REST API (the sandbox's is `sandbox/confluence`). */
export interface ConfluenceSite {
  handle(req: RestRequest): RestResponse | Promise<RestResponse>;
}

export interface EntityPropertyIndex {
  readonly propertyKey: string;
  readonly entityType: 'issue';
  readonly values: readonly { readonly path: string; readonly type: 'number' | 'string' | 'text' | 'date' | 'user'; readonly searchAlias?: string }[];
}

/** Outbox entry: e-mail and IM messages the app sent (Jira notify, egress to DingTalk/WeCom). */
export interface OutboxMessage {
  readonly at: number;
  readonly channel: 'email' | 'dingtalk' | 'wecom' | 'http';
  readonly to: string;
  readonly subject?: string;
  readonly body: unknown;
}

export interface SandboxRuntime {
  /** Call a resolver function exactly as Forge would for a Custom UI `invoke`. */
  invoke(input: {
    readonly moduleKey: string;
    readonly functionKey: string;
    readonly payload: unknown;
    readonly accountId: string | undefined;
    readonly context: Record<string, unknown>;
  }): Promise<unknown>;
  /** Deliver a product event to every trigger declared for it (honouring filters and chaos settings). */
  deliver(event: ProductEvent): void;
  /** Call a web trigger by module key. */
  webTrigger(moduleKey: string, request: { method: string; path: string; headers: Record<string, string[]>; body: string; queryParameters: Record<string, string[]> }): Promise<{ statusCode: number; headers?: Record<string, string[]>; body?: string }>;
  /** Run scheduled triggers due up to the clock's current time. */
  runScheduled(): Promise<void>;
  /** Resolve once every pending event, queue job and scheduled run has finished. */
  settle(): Promise<void>;
}
