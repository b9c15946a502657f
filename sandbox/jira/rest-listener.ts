import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JiraEmulator, Principal } from '../contracts';
import { findAccount } from './accounts';

/**
 * A node `http` request listener for `/rest/**`: HTTP Basic `email:anything` (as Jira Cloud API tokens) names
 * the user; no credentials means anonymous. Unknown e-mail addresses get 401, as a wrong token would, and so does
 * the app's bot account: an app user has no password or API token, it acts only through the app (asApp).
 * A body over 1 MiB gets 413.
 */

const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

const readBody = async (req: IncomingMessage): Promise<string> => {
  if (Number(req.headers['content-length'] ?? '0') > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
};

type Auth = { readonly kind: 'principal'; readonly principal: Principal } | { readonly kind: 'rejected' };

const authenticate = (emulator: JiraEmulator, header: string | undefined): Auth => {
  if (header === undefined || header === '') return { kind: 'principal', principal: { kind: 'anonymous' } };
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (m === null) return { kind: 'rejected' };
  const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
  const email = decoded.slice(0, Math.max(0, decoded.indexOf(':')));
  const accountId = emulator.resolveAccountByEmail(email);
  if (accountId === undefined || findAccount(accountId)?.accountType === 'app') return { kind: 'rejected' };
  return { kind: 'principal', principal: { kind: 'user', accountId } };
};

const send = (res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: unknown): void => {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
};

export const createRestListener = (emulator: JiraEmulator) => (req: IncomingMessage, res: ServerResponse): void => {
  const path = req.url ?? '/';
  if (!path.startsWith('/rest/')) {
    send(res, 404, {}, { errorMessages: [`${path} is not a REST resource of the sandbox Jira.`], errors: {} });
    return;
  }
  const run = async (): Promise<void> => {
    const auth = authenticate(emulator, req.headers.authorization);
    if (auth.kind === 'rejected') {
      send(res, 401, { 'www-authenticate': 'Basic realm="sandbox"' }, { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
      return;
    }
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const response = await emulator.handle({
      method: req.method ?? 'GET',
      path,
      headers,
      ...(body === '' ? {} : { body }),
      principal: auth.principal,
    });
    send(res, response.status, response.headers ?? {}, response.body);
  };
  run().catch((e: unknown) => {
    if (e instanceof BodyTooLarge) {
      req.resume();
      send(res, 413, { connection: 'close' }, { errorMessages: ['The request body is larger than 1 MiB.'], errors: {} });
      return;
    }
    send(res, 500, {}, { errorMessages: [e instanceof Error ? e.message : String(e)], errors: {} });
  });
};
