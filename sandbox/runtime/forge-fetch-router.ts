import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import type { ConfluenceSite, JiraEmulator, OutboxMessage, Principal, SandboxClock } from '../contracts';
import type { Chaos } from './chaos';
import type { Fetch, ForgeFetch } from './invocation-context';
import type { KvsService } from './kvs/kvs-service';
import type { QueueService } from './events/queue-service';

const MetaSchema = z.object({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

const GraphqlSchema = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()).optional() });
const WebTriggerUrlInput = z.object({ input: z.object({ triggerKey: z.string() }) });
const EmailAddress = z.union([z.string(), z.object({ address: z.string(), name: z.string().optional() })]);
const EmailMetadata = z.object({
  from: EmailAddress,
  to: z.array(EmailAddress).optional(),
  cc: z.array(EmailAddress).optional(),
  subject: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
});

/** Marks Jira REST calls the app makes as itself (asApp), so events they cause can be filtered by `ignoreSelf`. */
const restOrigin = new AsyncLocalStorage<'app' | 'user'>();

export function isAppOriginated(): boolean {
  return restOrigin.getStore() === 'app';
}

export function outsideRestOrigin<T>(fn: () => T): T {
  return restOrigin.exit(fn);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const hasBody = body !== undefined && status !== 204 && status !== 304;
  return new Response(hasBody ? JSON.stringify(body) : null, { status, headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...headers } });
}

function proxyError(reason: string, status = 404): Response {
  return new Response(null, { status, headers: { 'forge-proxy-error': reason } });
}

async function bodyText(init: RequestInit | undefined): Promise<string | undefined> {
  if (init?.body === undefined || init.body === null) return undefined;
  return typeof init.body === 'string' ? init.body : new Response(init.body).text();
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function addressOf(entry: z.infer<typeof EmailAddress>): string {
  return typeof entry === 'string' ? entry : entry.address;
}

function hostMatches(url: URL, allowed: string): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(allowed) ? allowed : `https://${allowed}`;
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/:]+)(?::(\d+))?/i.exec(withScheme);
  if (!match) return false;
  const [, scheme, host = '', port] = match;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(allowed) && `${scheme ?? ''}:`.toLowerCase() !== url.protocol) return false;
  if (port !== undefined && port !== url.port) return false;
  const hostname = url.hostname.toLowerCase();
  const pattern = host.toLowerCase();
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

function channelOf(url: URL): OutboxMessage['channel'] {
  if (url.hostname.endsWith('dingtalk.com')) return 'dingtalk';
  if (url.hostname === 'qyapi.weixin.qq.com') return 'wecom';
  return 'http';
}

export interface RouterDeps {
  readonly kvs: KvsService;
  readonly queue: QueueService;
  readonly jira: JiraEmulator;
  /** The linked Confluence site (issue 13 point 5); absent when the site has none. */
  readonly confluence?: ConfluenceSite;
  readonly chaos: Chaos;
  readonly clock: SandboxClock;
  readonly egressAllowList: readonly string[];
  readonly webTriggerBaseUrl: string;
  readonly record: (message: OutboxMessage) => void;
}

/**
 * The platform side of `__forge_fetch__` and egress: routes each call by `meta.type`/`remote` to the KVS, the Jira
 * emulator (with chaos), the async-events service, web-trigger URLs, or the outbox.
 */
export class ForgeFetchRouter {
  constructor(private readonly deps: RouterDeps) {}

  forUser(invocationAccountId: string | undefined): ForgeFetch {
    return async (rawMeta, path, init) => {
      const meta = MetaSchema.safeParse(rawMeta);
      if (!meta.success) return proxyError('SANDBOX_BAD_META', 400);
      const text = await bodyText(init);
      const { type, remote, provider } = meta.data;
      if (type === 'kvs') {
        const answer = this.deps.kvs.handle(path, parseJson(text));
        return json(answer.status, answer.body);
      }
      if (type === 'fpp' && remote === 'jira') {
        const principal: Principal =
          provider === 'user' ? { kind: 'user', accountId: meta.data.accountId ?? invocationAccountId ?? '' } : { kind: 'app' };
        if (principal.kind === 'user' && principal.accountId === '') return proxyError('NEEDS_AUTHENTICATION_ERR', 401);
        return this.jira(init?.method ?? 'GET', path, new Headers(init?.headers), text, principal);
      }
      if (type === 'fpp' && remote === 'confluence') {
        const principal: Principal =
          provider === 'user' ? { kind: 'user', accountId: meta.data.accountId ?? invocationAccountId ?? '' } : { kind: 'app' };
        if (principal.kind === 'user' && principal.accountId === '') return proxyError('NEEDS_AUTHENTICATION_ERR', 401);
        if (this.deps.confluence === undefined) return proxyError('SANDBOX_NO_CONFLUENCE_SITE');
        const answer = await this.deps.confluence.handle({ method: (init?.method ?? 'GET').toUpperCase(), path, headers: headerRecord(new Headers(init?.headers)), ...(text === undefined ? {} : { body: text }), principal });
        return json(answer.status, answer.body, { ...answer.headers });
      }
      if (type === 'fpp' && remote === 'stargate') return this.stargate(path, parseJson(text));
      if (type === 'emails') return this.email(text, new Headers(init?.headers));
      return proxyError('SANDBOX_NOT_EMULATED');
    };
  }

  private async jira(method: string, path: string, headers: Headers, body: string | undefined, principal: Principal): Promise<Response> {
    const injected = this.deps.chaos.restFailure();
    if (injected) return json(injected.status, injected.body, injected.headers);
    const answer = await restOrigin.run(principal.kind === 'app' ? 'app' : 'user', () =>
      this.deps.jira.handle({ method: method.toUpperCase(), path, headers: headerRecord(headers), ...(body === undefined ? {} : { body }), principal }),
    );
    if (method.toUpperCase() === 'POST' && /^\/rest\/api\/[23]\/issue\/[^/]+\/notify$/.test(path) && answer.status < 300) {
      const notify = z.object({ subject: z.string().optional(), textBody: z.string().optional(), htmlBody: z.string().optional(), to: z.unknown().optional() }).safeParse(parseJson(body));
      this.deps.record({
        at: this.deps.clock.now(),
        channel: 'email',
        to: notify.success ? JSON.stringify(notify.data.to ?? {}) : path,
        ...(notify.success && notify.data.subject !== undefined ? { subject: notify.data.subject } : {}),
        body: parseJson(body),
      });
    }
    return json(answer.status, answer.body, { ...answer.headers });
  }

  private stargate(path: string, body: unknown): Response {
    if (path.startsWith('/webhook/queue/')) {
      const answer = this.deps.queue.handle(path, body);
      return json(answer.status, answer.body);
    }
    const graphql = GraphqlSchema.safeParse(body);
    if (path === '/graphql' && graphql.success) {
      if (graphql.data.query.includes('createWebTriggerUrl')) {
        const input = WebTriggerUrlInput.safeParse(graphql.data.variables);
        if (!input.success) return json(400, { errors: [{ message: 'invalid createWebTriggerUrl input' }] });
        return json(200, { data: { createWebTriggerUrl: { url: `${this.deps.webTriggerBaseUrl}/x1/${encodeURIComponent(input.data.input.triggerKey)}` } } });
      }
      if (graphql.data.query.includes('deleteWebTriggerUrl')) return json(200, { data: { deleteWebTriggerUrl: { success: true, message: null } } });
    }
    return proxyError('SANDBOX_NOT_EMULATED');
  }

  private async email(text: string | undefined, headers: Headers): Promise<Response> {
    const form = await new Response(text ?? '', { headers: { 'content-type': headers.get('content-type') ?? '' } }).formData().catch(() => undefined);
    const raw = form?.get('metadata');
    const metadata = EmailMetadata.safeParse(typeof raw === 'string' ? parseJson(raw) : undefined);
    if (!metadata.success) return proxyError('INVALID_EMAIL_REQUEST', 400);
    const recipients = [...(metadata.data.to ?? []), ...(metadata.data.cc ?? [])].map(addressOf);
    this.deps.record({
      at: this.deps.clock.now(),
      channel: 'email',
      to: recipients.join(', '),
      ...(metadata.data.subject === undefined ? {} : { subject: metadata.data.subject }),
      body: { from: addressOf(metadata.data.from), text: metadata.data.text, html: metadata.data.html },
    });
    return json(200, { messageId: `<${randomUUID()}@sandbox>`, accepted: recipients, rejected: [] });
  }

  /** `fetch` from app code: allowed hosts go to the outbox, anything else is refused as the egress proxy would. */
  readonly egress: Fetch = async (input, init) => {
    // `href` rather than `instanceof URL`: under jest the app's URL class may come from another realm.
    const url = new URL(typeof input === 'string' ? input : 'href' in input ? input.href : input.url);
    if (!this.deps.egressAllowList.some((allowed) => hostMatches(url, allowed))) {
      const { ExternalEndpointNotAllowedError } = await import('@forge/api');
      throw new ExternalEndpointNotAllowedError(url.href);
    }
    const text = await bodyText(init);
    const channel = channelOf(url);
    this.deps.record({ at: this.deps.clock.now(), channel, to: url.href, body: parseJson(text) });
    return channel === 'http' ? json(200, {}) : json(200, { errcode: 0, errmsg: 'ok' });
  };
}
