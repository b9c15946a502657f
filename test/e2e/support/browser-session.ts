/**
 * One browser session against one sandbox for an e2e test file: starts the sandbox (the fixture desk unless told
 * otherwise) with the UI builds the file needs, a Chromium page, and the small moves every browser test makes —
 * sign in as someone in a language, find an app's iframe, raise a request through the JSM REST API, move it through
 * the workflow, and let the sandbox settle. Call it at the top level of a test file: it registers beforeAll/afterAll.
 */
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { ensureStaticBuilds } from '../../../sandbox/server/static-build';
import type { SandboxServer } from '../../../sandbox/server/server';
import { launchBrowser } from '../browser';
import { startFixtureSandbox } from '../start-fixture-sandbox';

export const APP_ROOT = resolve(__dirname, '..', '..', '..');

export type Lang = 'zh-CN' | 'en';

/** Headers of an outside client signed in as `email` (HTTP Basic, as with Jira Cloud API tokens). */
export const basicAuth = (email: string): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${email}:x`).toString('base64')}`,
  'content-type': 'application/json',
});

export interface BrowserSession {
  readonly server: SandboxServer;
  readonly browser: BrowserContext;
  readonly page: Page;
  /** The next page load is made as `email`, in `lang`, light theme. */
  readonly as: (email: string, lang: Lang) => Promise<void>;
  /** The iframe of the app's module `key` on the current page. */
  readonly frameOf: (key: string) => FrameLocator;
  /** Waits until the sandbox has delivered every event and finished every invocation it started. */
  readonly settle: () => Promise<void>;
  /** Raises a request on the portal's REST API (张三 unless told otherwise) and returns its key once the app has numbered it. */
  readonly raise: (summary: string, options?: { readonly reporter?: string; readonly requestTypeId?: string }) => Promise<string>;
  /** Moves a request through the workflow as an agent (李四 unless told otherwise), then settles. */
  readonly transition: (key: string, transitionId: string, by?: string) => Promise<void>;
}

export const browserSession = (builds: readonly string[], start: () => Promise<SandboxServer> = () => startFixtureSandbox(APP_ROOT)): BrowserSession => {
  let server: SandboxServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the browser session has no ${what} outside the tests (beforeAll has not run)`);
    return value;
  };

  beforeAll(async () => {
    ensureStaticBuilds(APP_ROOT, [...builds], () => undefined);
    server = await start();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const session: BrowserSession = {
    get server() {
      return started(server, 'sandbox');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    as: async (email, lang) => {
      const url = session.server.url;
      await session.browser.addCookies([
        { name: 'sandbox_user', value: encodeURIComponent(email), url },
        { name: 'sandbox_lang', value: lang, url },
        { name: 'sandbox_theme', value: 'light', url },
      ]);
    },
    frameOf: (key) => session.page.frameLocator(`[data-testid="frame-${key}"]`),
    settle: async () => {
      await fetch(`${session.server.url}/__sandbox/settle`, { method: 'POST' });
    },
    raise: async (summary, options = {}) => {
      const created = await fetch(`${session.server.url}/rest/servicedeskapi/request`, {
        method: 'POST',
        headers: basicAuth(options.reporter ?? 'zhangsan@example.com'),
        body: JSON.stringify({ serviceDeskId: '1', requestTypeId: options.requestTypeId ?? '12', requestFieldValues: { summary, description: summary } }),
      });
      expect(created.status).toBe(201);
      const { issueKey } = (await created.json()) as { issueKey: string };
      await session.settle();
      return issueKey;
    },
    transition: async (key, transitionId, by = 'lisi@example.com') => {
      const moved = await fetch(`${session.server.url}/rest/api/3/issue/${key}/transitions`, {
        method: 'POST',
        headers: basicAuth(by),
        body: JSON.stringify({ transition: { id: transitionId } }),
      });
      expect(moved.status).toBe(204);
      await session.settle();
    },
  };
  return session;
};
