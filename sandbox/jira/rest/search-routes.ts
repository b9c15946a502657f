import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canBrowse } from '../permissions';
import { compileJql } from '../jql/compile';
import { JqlError } from '../jql/ast';
import { parseJql } from '../jql/parser';
import type { IssueRow } from '../store';
import { intParam, listParam, parseBody } from './guards';
import { issueJson, selectFields } from './issue-json';
import { RestError, badRequest, ok } from './rest-error';
import { route, type Route, type RouteContext } from './route';

/** Enhanced JQL search (`/search/jql`, token paging, no totals) and `approximate-count`. */

interface SearchInput {
  readonly jql: string;
  readonly fields: readonly string[];
  readonly properties: readonly string[];
  readonly expand: readonly string[];
  readonly maxResults: number | undefined;
  readonly nextPageToken: string | undefined;
}

/** Jira allows 5000 results per page when only ids are requested, 100 otherwise. */
const pageLimit = (fields: readonly string[]): number => (fields.length === 0 || fields.every((f) => f === 'id' || f === 'key') ? 5000 : 100);

const hashOf = (jql: string): string => createHash('sha1').update(jql).digest('hex').slice(0, 12);

/** Opaque to clients; binds the offset to the query so a token cannot page another search. */
const tokenFor = (jql: string, offset: number): string => Buffer.from(JSON.stringify({ o: offset, q: hashOf(jql) })).toString('base64url');

const tokenPayload = z.object({ o: z.number().int().nonnegative(), q: z.string() });

const offsetOf = (jql: string, token: string | undefined): number => {
  if (token === undefined || token === '') return 0;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('nextPageToken', 'The nextPageToken is invalid.');
  }
  const parsed = tokenPayload.safeParse(decoded);
  if (!parsed.success || parsed.data.q !== hashOf(jql)) {
    throw badRequest('nextPageToken', 'The nextPageToken is invalid or belongs to another query.');
  }
  return parsed.data.o;
};

const compiled = (ctx: RouteContext, jql: string): { where: string; orderBy: string; params: readonly (string | number)[] } => {
  try {
    return compileJql(parseJql(jql), {
      now: ctx.env.now(),
      currentAccountId: ctx.viewer.kind === 'user' ? ctx.viewer.account.accountId : undefined,
      timeZone: ctx.timeZone,
      properties: ctx.env.propertyCatalog(),
    });
  } catch (e) {
    if (e instanceof JqlError) throw new RestError(400, [e.message]);
    throw e;
  }
};

/** Unbounded queries are refused by Jira's enhanced search; the sandbox follows suit. */
const requireBounded = (jql: string): void => {
  if (jql.trim() === '') throw new RestError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
};

const runSearch = (ctx: RouteContext, input: SearchInput): ReturnType<Route['handle']> => {
  requireBounded(input.jql);
  const q = compiled(ctx, input.jql);
  const fields = selectFields(input.fields, false);
  const limit = Math.min(input.maxResults ?? 50, pageLimit(fields));
  const offset = offsetOf(input.jql, input.nextPageToken);
  // Callers who cannot browse the project see no issues, exactly as a restricted JQL search behaves.
  const rows = canBrowse(ctx.viewer)
    ? ctx.env.db.prepare<(string | number)[], IssueRow>(`SELECT i.* FROM issues i WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`)
      .all(...q.params, limit + 1, offset)
    : [];
  const page = rows.slice(0, limit);
  const isLast = rows.length <= limit;
  const issues = page.map((issue) => {
    const full = issueJson(ctx.env.db, ctx.env.service, issue, { base: ctx.env.baseUrl, timeZone: ctx.timeZone, fields, properties: input.properties, expand: input.expand });
    if (fields.length > 0) return full;
    // Without real fields Jira returns bare ids (plus `key` when it was asked for).
    return { id: full.id, ...(input.fields.includes('key') ? { key: full.key } : {}), ...(full.properties === undefined ? {} : { properties: full.properties }) };
  });
  return ok({ issues, isLast, ...(isLast ? {} : { nextPageToken: tokenFor(input.jql, offset + limit) }) });
};

const searchBody = z.object({
  jql: z.string({ error: 'The jql is required.' }),
  fields: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  expand: z.union([z.string(), z.array(z.string())]).optional(),
  maxResults: z.number().int().nonnegative().optional(),
  nextPageToken: z.string().nullable().optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number()).optional(),
});

const countBody = z.object({ jql: z.string({ error: 'The jql is required.' }) });

export const searchRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/search/jql', (ctx) => {
    const max = ctx.query.get('maxResults');
    return runSearch(ctx, {
      jql: ctx.query.get('jql') ?? '',
      fields: listParam(ctx.query, 'fields'),
      properties: listParam(ctx.query, 'properties'),
      expand: listParam(ctx.query, 'expand'),
      maxResults: max === null ? undefined : intParam(ctx.query, 'maxResults', 50, Number.MAX_SAFE_INTEGER),
      nextPageToken: ctx.query.get('nextPageToken') ?? undefined,
    });
  }),

  route('POST', '/rest/api/3/search/jql', (ctx) => {
    const body = parseBody(searchBody, ctx.body);
    return runSearch(ctx, {
      jql: body.jql,
      fields: body.fields ?? [],
      properties: body.properties ?? [],
      expand: body.expand === undefined ? [] : (Array.isArray(body.expand) ? body.expand : body.expand.split(',')).map((e) => e.trim()),
      maxResults: body.maxResults,
      nextPageToken: body.nextPageToken ?? undefined,
    });
  }),

  route('POST', '/rest/api/3/search/approximate-count', (ctx) => {
    const body = parseBody(countBody, ctx.body);
    requireBounded(body.jql);
    const q = compiled(ctx, body.jql);
    const count = canBrowse(ctx.viewer)
      ? ctx.env.db.prepare<(string | number)[], { n: number }>(`SELECT COUNT(*) AS n FROM issues i WHERE ${q.where}`).get(...q.params)?.n ?? 0
      : 0;
    return ok({ count });
  }),

  route('GET', '/rest/api/3/search', () => {
    throw new RestError(410, ['The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.']);
  }),
  route('POST', '/rest/api/3/search', () => {
    throw new RestError(410, ['The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.']);
  }),
];
