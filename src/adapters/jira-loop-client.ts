import { route } from '@forge/api';
import { z } from 'zod';
import type { IssueCreator, IssueEditor, IssueHit, IssueSearch, NamedPerson } from '../application/ports';
import { JSON_HEADERS, type JiraHttp, type JiraResponse } from './jira-http';
import { JiraRequestError } from './jira-client';

const PersonSchema = z.object({ accountId: z.string(), displayName: z.string().nullish() }).nullish();

const AdfNodeSchema: z.ZodType<{ type?: string | undefined; text?: string | undefined; content?: unknown[] | undefined }> = z.object({
  type: z.string().optional(),
  text: z.string().optional(),
  content: z.array(z.unknown()).optional(),
});

const HitSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string().nullish(),
    description: z.unknown().optional(),
    created: z.string(),
    resolutiondate: z.string().nullish(),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).nullish() }).nullish(),
    assignee: PersonSchema,
    reporter: PersonSchema,
  }),
  properties: z.record(z.string(), z.unknown()).nullish(),
});
const SearchSchema = z.object({ issues: z.array(HitSchema), nextPageToken: z.string().nullish() });
const CreatedSchema = z.object({ id: z.string(), key: z.string() });

const FIELDS = ['summary', 'description', 'created', 'resolutiondate', 'status', 'assignee', 'reporter'];

const ok = (response: JiraResponse, what: string): JiraResponse => {
  if (response.status >= 200 && response.status < 300) return response;
  throw new JiraRequestError(response.status, what);
};

const parse = <T>(schema: z.ZodType<T>, response: JiraResponse, what: string): T => {
  const parsed = schema.safeParse(ok(response, what).body);
  if (!parsed.success) throw new Error(`Unexpected Jira response to ${what}: ${parsed.error.message}`);
  return parsed.data;
};

/** Plain text of an Atlassian document: paragraphs on their own lines. */
const plainText = (node: unknown): string => {
  const parsed = AdfNodeSchema.safeParse(node);
  if (!parsed.success) return '';
  const { type, text, content } = parsed.data;
  if (text !== undefined) return text;
  const inner = (content ?? []).map(plainText);
  return type === 'doc' ? inner.join('\n') : inner.join('');
};

const person = (p: z.infer<typeof PersonSchema>): NamedPerson | null =>
  p === null || p === undefined ? null : { accountId: p.accountId, displayName: p.displayName ?? p.accountId };

const toHit = (raw: z.infer<typeof HitSchema>): IssueHit => {
  const description = raw.fields.description;
  return {
    id: raw.id,
    key: raw.key,
    summary: raw.fields.summary ?? '',
    description: description === null || description === undefined ? null : typeof description === 'string' ? description : plainText(description),
    created: Date.parse(raw.fields.created),
    resolved: raw.fields.resolutiondate === null || raw.fields.resolutiondate === undefined ? null : Date.parse(raw.fields.resolutiondate),
    status: raw.fields.status?.name ?? '',
    done: raw.fields.status?.statusCategory?.key === 'done',
    assignee: person(raw.fields.assignee),
    reporter: person(raw.fields.reporter),
    properties: raw.properties ?? {},
  };
};

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: text.split('\n').map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
});

/**
 * The part of JiraPort added to close the loop (issue 6) — creating and linking follow-up tasks, the reports' and
 * export's searches, deleting properties — over Jira Cloud REST v3, as the app (after the caller was authorised).
 * `jiraClient` implements the rest; compose.ts joins the two.
 */
export const jiraLoopClient = (http: JiraHttp): IssueCreator & Pick<IssueSearch, 'search'> & Pick<IssueEditor, 'deleteProperty'> => ({
  async createIssue(input) {
    const body = {
      fields: {
        project: { id: input.projectId },
        issuetype: { name: input.issueTypeName },
        summary: input.summary,
        description: adf(input.description),
        ...(input.assigneeAccountId === null ? {} : { assignee: { accountId: input.assigneeAccountId } }),
      },
      properties: Object.entries(input.properties).map(([key, value]) => ({ key, value })),
    };
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/issue`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST /rest/api/3/issue');
    return parse(CreatedSchema, response, 'create issue');
  },

  async linkIssues(typeName, inwardKey, outwardKey) {
    const body = { type: { name: typeName }, inwardIssue: { key: inwardKey }, outwardIssue: { key: outwardKey } };
    ok(await http((jira) => jira.requestJira(route`/rest/api/3/issueLink`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST /rest/api/3/issueLink'), 'link issues');
  },

  async search(jql, properties, pageToken, pageSize) {
    const body = { jql, maxResults: pageSize, fields: FIELDS, properties, ...(pageToken === null ? {} : { nextPageToken: pageToken }) };
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST /rest/api/3/search/jql');
    const result = parse(SearchSchema, response, `search ${jql}`);
    return { items: result.issues.map(toHit), nextPageToken: result.nextPageToken ?? null };
  },

  async deleteProperty(issue, key) {
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/properties/${key}`, { method: 'DELETE', headers: JSON_HEADERS }), 'DELETE /rest/api/3/issue/{issue}/properties/{key}');
    if (response.status !== 404) ok(response, `delete property ${key}`);
  },
});
