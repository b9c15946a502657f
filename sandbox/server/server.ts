import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { handleWiki } from '../confluence/wiki-pages';
import { createRestListener } from '../jira';
import { buildClientBundles } from '../host/client/bundle';
import { handleHost } from '../host/routes';
import { handleControl } from './control-api';
import { HttpError, sendJson } from './http-util';
import type { SandboxInstance } from './sandbox-instance';

export interface ServerOptions {
  /** Opens the sandbox once the listening origin is known (self links and web-trigger URLs carry it). */
  readonly openInstance: (baseUrl: string) => Promise<SandboxInstance>;
  readonly appRoot: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** How often scheduled triggers are checked against the running sandbox clock. */
  readonly schedulerIntervalMs?: number;
  readonly log?: (line: string) => void;
}

export interface SandboxServer {
  readonly url: string;
  readonly instance: SandboxInstance;
  /** Stops accepting requests, waits for the app's pending work, closes the stores. */
  close(): Promise<void>;
}

export async function startSandboxServer(options: ServerOptions): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const bundles = await buildClientBundles();
  const ready: { instance?: SandboxInstance; rest?: (req: IncomingMessage, res: ServerResponse) => void } = {};

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    const current = ready.instance;
    const restListener = ready.rest;
    if (current === undefined || restListener === undefined) {
      sendJson(res, 503, { error: 'the sandbox is starting' }, { 'retry-after': '1' });
      return;
    }
    const handle = async (): Promise<void> => {
      if (url.pathname.startsWith('/__sandbox/') && (await handleControl(current, req, res, url.pathname))) return;
      if (url.pathname.startsWith('/rest/')) {
        restListener(req, res);
        return;
      }
      const confluence = current.parts.confluence;
      if (confluence !== undefined && (req.method ?? 'GET') === 'GET' && url.pathname.startsWith('/wiki') && handleWiki(confluence, url, res)) return;
      if (await handleHost({ instance: current, appRoot: options.appRoot }, bundles, req, res, url)) return;
      sendJson(res, 404, { error: `nothing at ${url.pathname}` });
    };
    handle().catch((error: unknown) => {
      if (error instanceof HttpError && !res.headersSent) {
        // A client error (e.g. 413 for a body over 1 MiB): say so, and drop the rest of what the client sends.
        req.resume();
        sendJson(res, error.status, { error: error.message }, { connection: 'close' });
        return;
      }
      log(`[sandbox] ${req.method ?? ''} ${url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://${host}:${String(port)}`;
  let opened: SandboxInstance;
  try {
    opened = await options.openInstance(url);
  } catch (error) {
    server.close();
    throw error;
  }
  ready.instance = opened;
  ready.rest = createRestListener(opened.parts.emulator);

  const ticker = setInterval(() => {
    opened
      .exclusive(() => opened.parts.runtime.runScheduled())
      .catch((error: unknown) => {
        log(`[sandbox] scheduled run failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  }, options.schedulerIntervalMs ?? 30_000);
  ticker.unref();

  return {
    url,
    instance: opened,
    async close() {
      clearInterval(ticker);
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await opened.exclusive(() => opened.close());
    },
  };
}
