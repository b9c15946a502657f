import { join } from 'node:path';
import { z } from 'zod';
import type { Principal, RestRequest, RestResponse, SandboxClock } from '../contracts';
import { readTextIfExists, writeFileAtomic } from '../server/atomic-file';

/**
 * The Confluence Cloud REST API v2 endpoints the app uses to draft knowledge articles (issue 13 point 5):
 * `GET /wiki/api/v2/spaces?keys=`, `POST /wiki/api/v2/pages`, `GET /wiki/api/v2/pages/{id}`. Shapes follow
 * Atlassian's Confluence v2 OpenAPI document (test/contract/confluence-openapi.test.ts checks requests and responses).
 * Pages persist in `<dataDir>/confluence.json`, so `npm start` keeps the drafts across restarts.
 */

export interface ConfluenceSpace {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly type: 'global' | 'knowledge_base';
}

export interface ConfluencePage {
  readonly id: string;
  readonly status: 'current' | 'draft';
  readonly title: string;
  readonly spaceId: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly storage: string;
}

/** The demo site's knowledge-base space (the configuration names it by key: `knowledge.spaceKey: "KB"`). */
export const DEMO_SPACES: readonly ConfluenceSpace[] = [{ id: '98305', key: 'KB', name: 'IT 知识库 IT knowledge base', type: 'knowledge_base' }];

const PageCreate = z.object({
  spaceId: z.string().min(1),
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().max(255).optional(),
  parentId: z.string().optional(),
  body: z.object({ representation: z.enum(['storage', 'atlas_doc_format', 'wiki']), value: z.string() }).optional(),
  subtype: z.literal('live').optional(),
});

const Stored = z.object({ nextId: z.int(), pages: z.array(z.object({ id: z.string(), status: z.enum(['current', 'draft']), title: z.string(), spaceId: z.string(), authorId: z.string(), createdAt: z.string(), storage: z.string() })) });

const APP_ACCOUNT = 'confluence-app-account';
const error = (status: number, title: string): RestResponse => ({ status, body: { errors: [{ status, code: title.toUpperCase().replace(/\W+/g, '_'), title, detail: null }] } });

export interface ConfluenceEmulatorOptions {
  readonly clock: SandboxClock;
  /** Where pages persist; in memory only when absent. */
  readonly dataDir?: string;
  /** The site's base URL (links in responses are relative to `<base>/wiki`). */
  readonly baseUrl?: string;
  readonly spaces?: readonly ConfluenceSpace[];
}

export class ConfluenceEmulator {
  private readonly spaces: readonly ConfluenceSpace[];
  private state: z.infer<typeof Stored>;
  private readonly file: string | null;

  constructor(private readonly options: ConfluenceEmulatorOptions) {
    this.spaces = options.spaces ?? DEMO_SPACES;
    this.file = options.dataDir === undefined ? null : join(options.dataDir, 'confluence.json');
    const text = this.file === null ? undefined : readTextIfExists(this.file);
    this.state = text === undefined ? { nextId: 557057, pages: [] } : Stored.parse(JSON.parse(text));
  }

  get base(): string {
    return `${this.options.baseUrl ?? 'http://127.0.0.1:8080'}/wiki`;
  }

  /** Every page created so far, oldest first (the sandbox's knowledge-base view and tests read it). */
  pages(): readonly ConfluencePage[] {
    return this.state.pages;
  }

  space(id: string): ConfluenceSpace | undefined {
    return this.spaces.find((s) => s.id === id);
  }

  /** A person deleting a page in Confluence (tests: the app must notice its recorded draft is gone). */
  deletePage(id: string): void {
    this.state = { ...this.state, pages: this.state.pages.filter((p) => p.id !== id) };
    this.persist();
  }

  reset(): void {
    this.state = { nextId: 557057, pages: [] };
    this.persist();
  }

  handle(req: RestRequest): RestResponse {
    if (req.principal.kind === 'anonymous') return error(401, 'Unauthorized');
    const url = new URL(req.path, 'http://confluence.invalid');
    const method = req.method.toUpperCase();
    if (method === 'GET' && url.pathname === '/wiki/api/v2/spaces') return this.listSpaces(url.searchParams);
    if (method === 'POST' && url.pathname === '/wiki/api/v2/pages') return this.createPage(req.body, req.principal);
    const page = /^\/wiki\/api\/v2\/pages\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && page !== null) return this.getPage(decodeURIComponent(page[1] ?? ''), url.searchParams);
    return error(404, 'Not Found');
  }

  private listSpaces(query: URLSearchParams): RestResponse {
    const keys = query.getAll('keys').flatMap((k) => k.split(',')).filter((k) => k !== '');
    const ids = query.getAll('ids').flatMap((k) => k.split(',')).filter((k) => k !== '');
    const limit = Number(query.get('limit') ?? '25');
    if (!Number.isInteger(limit) || limit < 1 || limit > 250) return error(400, 'Bad Request');
    const results = this.spaces
      .filter((s) => (keys.length === 0 || keys.includes(s.key)) && (ids.length === 0 || ids.includes(s.id)))
      .slice(0, limit)
      .map((s) => ({
        id: s.id,
        key: s.key,
        name: s.name,
        type: s.type,
        status: 'current',
        authorId: APP_ACCOUNT,
        createdAt: '2026-01-05T01:00:00.000Z',
        homepageId: `${s.id}1`,
        _links: { webui: `/spaces/${s.key}` },
      }));
    return { status: 200, body: { results, _links: { base: this.base } } };
  }

  private createPage(body: string | undefined, principal: Principal): RestResponse {
    let raw: unknown;
    try {
      raw = JSON.parse(body ?? '');
    } catch {
      return error(400, 'Bad Request');
    }
    const input = PageCreate.safeParse(raw);
    if (!input.success) return error(400, 'Bad Request');
    const status = input.data.status ?? 'current';
    if (status === 'current' && (input.data.title ?? '') === '') return error(400, 'Bad Request');
    if (this.space(input.data.spaceId) === undefined) return error(404, 'Not Found');
    const created: ConfluencePage = {
      id: String(this.state.nextId),
      status,
      title: input.data.title ?? '',
      spaceId: input.data.spaceId,
      authorId: principal.kind === 'user' ? principal.accountId : APP_ACCOUNT,
      createdAt: new Date(this.options.clock.now()).toISOString(),
      storage: input.data.body?.representation === 'storage' ? input.data.body.value : '',
    };
    this.state = { nextId: this.state.nextId + 1, pages: [...this.state.pages, created] };
    this.persist();
    return { status: 200, body: this.pageJson(created, true) };
  }

  private getPage(id: string, query: URLSearchParams): RestResponse {
    if (!/^\d+$/.test(id)) return error(400, 'Bad Request');
    const page = this.state.pages.find((p) => p.id === id);
    // As on Confluence: a draft is only returned when asked for (`get-draft=true` or `status=draft`).
    const wantsDraft = query.get('get-draft') === 'true' || query.getAll('status').includes('draft');
    if (page === undefined || (page.status === 'draft' && !wantsDraft)) return error(404, 'Not Found');
    return { status: 200, body: this.pageJson(page, query.get('body-format') === 'storage') };
  }

  private pageJson(page: ConfluencePage, withBody: boolean): Record<string, unknown> {
    const space = this.space(page.spaceId);
    const webui = page.status === 'draft' ? `/pages/resumedraft.action?draftId=${page.id}` : `/spaces/${space?.key ?? ''}/pages/${page.id}`;
    return {
      id: page.id,
      status: page.status,
      title: page.title,
      spaceId: page.spaceId,
      parentId: `${page.spaceId}1`,
      parentType: 'page',
      position: null,
      authorId: page.authorId,
      ownerId: page.authorId,
      lastOwnerId: null,
      createdAt: page.createdAt,
      version: { createdAt: page.createdAt, message: '', number: 1, minorEdit: false, authorId: page.authorId },
      body: withBody ? { storage: { representation: 'storage', value: page.storage } } : {},
      _links: { webui, editui: `/pages/resumedraft.action?draftId=${page.id}`, tinyui: `/x/${page.id}`, base: this.base },
    };
  }

  private persist(): void {
    if (this.file !== null) writeFileAtomic(this.file, JSON.stringify(this.state));
  }
}

export const createConfluenceEmulator = (options: ConfluenceEmulatorOptions): ConfluenceEmulator => new ConfluenceEmulator(options);
