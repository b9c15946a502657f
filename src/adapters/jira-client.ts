import { route } from '@forge/api';
import { z } from 'zod';
import type { ChangelogEntry, CommentFacts, CommentText, IssueEditor, IssueReader, IssueSearch, IssueSnapshot, Page, People, UserProfile, Workflow } from '../application/ports';
import { JSON_HEADERS, type JiraHttp, type JiraResponse } from './jira-http';

const IssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string().nullish(),
    created: z.string(),
    status: z.object({ name: z.string() }).nullish(),
    reporter: z.object({ accountId: z.string() }).nullish(),
    creator: z.object({ accountId: z.string() }).nullish(),
    assignee: z.object({ accountId: z.string() }).nullish(),
    project: z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().nullish() }),
  }),
});

const toIssueSnapshot = (parsed: z.infer<typeof IssueSchema>): IssueSnapshot => ({
  id: parsed.id,
  key: parsed.key,
  projectId: parsed.fields.project.id,
  projectKey: parsed.fields.project.key,
  projectType: parsed.fields.project.projectTypeKey ?? null,
  summary: parsed.fields.summary ?? '',
  createdAt: Date.parse(parsed.fields.created),
  status: parsed.fields.status?.name ?? '',
  reporterAccountId: parsed.fields.reporter?.accountId ?? null,
  creatorAccountId: parsed.fields.creator?.accountId ?? null,
  assigneeAccountId: parsed.fields.assignee?.accountId ?? null,
});

/**
 * The issue an `avi:jira:*` event carries, read as the issue GET would read it (the payload's `issue` has the same
 * fields: summary, created, status, reporter, creator, assignee, project); null when it lacks any of them, and the
 * caller reads the issue instead.
 */
export const issueSnapshotOfEvent = (issue: unknown): IssueSnapshot | null => {
  const parsed = IssueSchema.safeParse(issue);
  return parsed.success && !Number.isNaN(Date.parse(parsed.data.fields.created)) ? toIssueSnapshot(parsed.data) : null;
};

const PropertySchema = z.object({ value: z.unknown() });
const UserSchema = z.object({
  accountId: z.string(),
  displayName: z.string().nullish(),
  locale: z.string().nullish(),
  timeZone: z.string().nullish(),
});
const TransitionsSchema = z.object({
  transitions: z.array(
    z.object({ id: z.string(), name: z.string().nullish(), to: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).nullish() }) }),
  ),
});
const SearchSchema = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() })),
  nextPageToken: z.string().nullish(),
});
const CommentTextsSchema = z.object({
  comments: z.array(z.object({ body: z.unknown(), jsdPublic: z.boolean().nullish() })),
  total: z.number().nullish(),
});
const COMMENT_PAGE = 100;

/** The plain text of an ADF document: its text nodes, one line per block. */
const adfText = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const text: unknown = Reflect.get(node, 'text');
  if (typeof text === 'string') return text;
  const content: unknown = Reflect.get(node, 'content');
  if (!Array.isArray(content)) return '';
  const type: unknown = Reflect.get(node, 'type');
  return content.map(adfText).join(type === 'doc' ? '\n' : '');
};

const PermissionCheckSchema = z.object({
  projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.number()).nullish() })).nullish(),
});

export class JiraRequestError extends Error {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(`Jira answered ${status} to ${what}`);
    this.name = 'JiraRequestError';
  }
}

const expectOk = (response: JiraResponse, what: string): JiraResponse => {
  if (response.status >= 200 && response.status < 300) return response;
  throw new JiraRequestError(response.status, what);
};

const parseOrThrow = <T>(schema: z.ZodType<T>, response: JiraResponse, what: string): T => {
  const parsed = schema.safeParse(expectOk(response, what).body);
  if (!parsed.success) throw new Error(`Unexpected Jira response to ${what}: ${parsed.error.message}`);
  return parsed.data;
};

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: text.split('\n').map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
});

const ChangelogSchema = z.object({
  total: z.number(),
  values: z.array(
    z.object({
      id: z.string(),
      author: z.object({ accountId: z.string() }).nullish(),
      created: z.string(),
      items: z.array(z.object({ field: z.string(), fieldId: z.string().nullish(), toString: z.string().nullish() })),
    }),
  ),
});
const CommentsSchema = z.object({
  total: z.number(),
  comments: z.array(z.object({ id: z.string(), author: z.object({ accountId: z.string() }).nullish(), created: z.string(), jsdPublic: z.boolean().nullish() })),
});
const MyselfSchema = z.object({ accountId: z.string() });
/** History and comment pages; Jira's maximum for both. */
const HISTORY_PAGE = 100;

const PropertiesSchema = z.object({ properties: z.record(z.string(), z.unknown()).optional() });

const search = async (http: JiraHttp, jql: string, pageToken: string | null, pageSize: number): Promise<Page<{ id: string; key: string }>> => {
  const body = { jql, maxResults: pageSize, fields: ['summary'], ...(pageToken === null ? {} : { nextPageToken: pageToken }) };
  const result = parseOrThrow(SearchSchema, await http((jira) => jira.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST /rest/api/3/search/jql'), `search ${jql}`);
  return { items: result.issues.map((i) => ({ id: i.id, key: i.key })), nextPageToken: result.nextPageToken ?? null };
};

/**
 * JiraPort over Jira Cloud REST v3, called as the app (only after the caller has been authorised), except what
 * `jiraLoopClient` implements (creating and linking issues, `search`, `deleteProperty`); compose.ts joins the two.
 */
export const jiraClient = (http: JiraHttp): IssueReader & Omit<IssueEditor, 'deleteProperty'> & Workflow & People & Omit<IssueSearch, 'search'> => ({
  async getIssue(issue, propertyKeys) {
    const withProperties = propertyKeys !== undefined && propertyKeys.length > 0;
    const path = withProperties
      ? route`/rest/api/3/issue/${issue}?fields=summary,created,status,reporter,creator,assignee,project&properties=${propertyKeys.join(',')}`
      : route`/rest/api/3/issue/${issue}?fields=summary,created,status,reporter,creator,assignee,project`;
    const response = await http((jira) => jira.requestJira(path, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/issue/{issue}');
    if (response.status === 404) return null;
    const snapshot: IssueSnapshot = {
      ...toIssueSnapshot(parseOrThrow(IssueSchema, response, 'get issue')),
      ...(withProperties ? { properties: parseOrThrow(PropertiesSchema, response, 'get issue properties').properties ?? {} } : {}),
    };
    return snapshot;
  },

  async getProperty(issue, key) {
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/properties/${key}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/issue/{issue}/properties/{key}');
    if (response.status === 404) return undefined;
    return parseOrThrow(PropertySchema, response, `get property ${key}`).value;
  },

  async getProperties(issue, keys) {
    const response = await http(
      (jira) => jira.requestJira(route`/rest/api/3/issue/${issue}?fields=summary&properties=${keys.join(',')}`, { method: 'GET', headers: JSON_HEADERS }),
      'GET /rest/api/3/issue/{issue}?properties',
    );
    if (response.status === 404) return {};
    return parseOrThrow(PropertiesSchema, response, 'get properties').properties ?? {};
  },

  async setProperty(issue, key, value) {
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/properties/${key}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(value) }), 'PUT /rest/api/3/issue/{issue}/properties/{key}'), `set property ${key}`);
  },

  async addComment(issue, text, visibility) {
    const body = { body: adf(text), properties: [{ key: 'sd.public.comment', value: { internal: visibility === 'internal' } }] };
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/comment`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST comment'), 'add comment');
  },

  async assign(issue, accountId) {
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/assignee`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ accountId }) }), 'PUT assignee'), 'assign');
  },

  async setJiraPriority(issue, name) {
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ fields: { priority: { name } } }) }), 'PUT issue'), 'set priority');
  },

  async editIssue(issue, edit) {
    const fields = {
      ...(edit.priorityName === undefined ? {} : { priority: { name: edit.priorityName } }),
      ...(edit.assigneeAccountId === undefined ? {} : { assignee: { accountId: edit.assigneeAccountId } }),
    };
    const properties = Object.entries(edit.properties ?? {}).map(([key, value]) => ({ key, value }));
    // A comment added through the edit is public on a JSM request, as one posted without `sd.public.comment` is.
    const update = edit.publicComment === undefined ? null : { comment: [{ add: { body: adf(edit.publicComment) } }] };
    const body = {
      ...(Object.keys(fields).length === 0 ? {} : { fields }),
      ...(update === null ? {} : { update }),
      ...(properties.length === 0 ? {} : { properties }),
    };
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'PUT issue'), 'edit issue');
  },

  async transitionTo(issue, statusName) {
    const available = parseOrThrow(TransitionsSchema, await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/transitions`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/issue/{issue}/transitions'), 'get transitions');
    const transition = available.transitions.find((t) => t.to.name.toLowerCase() === statusName.toLowerCase());
    if (transition === undefined) return false;
    expectOk(
      await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/transitions`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ transition: { id: transition.id } }) }), 'POST transition'),
      'transition',
    );
    return true;
  },

  async listTransitions(issue) {
    const available = parseOrThrow(TransitionsSchema, await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/transitions`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/issue/{issue}/transitions'), 'get transitions');
    return available.transitions.map((t) => ({ id: t.id, name: t.name ?? t.to.name, toStatus: t.to.name, toDone: t.to.statusCategory?.key === 'done' }));
  },

  async transition(issue, transitionId, properties = {}) {
    const entries = Object.entries(properties).map(([key, value]) => ({ key, value }));
    const body = JSON.stringify({ transition: { id: transitionId }, ...(entries.length === 0 ? {} : { properties: entries }) });
    expectOk(
      await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/transitions`, { method: 'POST', headers: JSON_HEADERS, body }), 'POST transition'),
      'transition',
    );
  },

  async getUser(accountId) {
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/user?accountId=${accountId}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/user');
    if (response.status === 404) return null;
    const user = parseOrThrow(UserSchema, response, 'get user');
    const profile: UserProfile = {
      accountId: user.accountId,
      displayName: user.displayName ?? '',
      locale: user.locale ?? null,
      timeZone: user.timeZone ?? null,
    };
    return profile;
  },

  async isAgentOfProject(accountId, projectId) {
    const body = { accountId, projectPermissions: [{ permissions: ['SERVICEDESK_AGENT'], projects: [Number(projectId)] }] };
    const response = await http((jira) => jira.requestJira(route`/rest/api/3/permissions/check`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST permissions/check');
    // An account id Jira does not know (e.g. typed into a consultation's invitees) is nobody's agent.
    if (response.status === 400 || response.status === 404) return false;
    const result = parseOrThrow(PermissionCheckSchema, response, 'check permissions');
    return (result.projectPermissions ?? []).some((p) => p.permission === 'SERVICEDESK_AGENT' && (p.projects ?? []).includes(Number(projectId)));
  },

  searchCreatedSince: (minutes, pageToken, pageSize) => search(http, `created >= -${Math.max(1, Math.ceil(minutes))}m ORDER BY created ASC`, pageToken, pageSize),

  async listCommentTexts(issue) {
    const out: CommentText[] = [];
    for (let startAt = 0; ; startAt += COMMENT_PAGE) {
      const page = parseOrThrow(
        CommentTextsSchema,
        await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/comment?startAt=${startAt}&maxResults=${COMMENT_PAGE}`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/issue/{issue}/comment'),
        'list comments',
      );
      // Platform comments outside JSM have no jsdPublic flag; they are visible to everyone who sees the issue.
      for (const c of page.comments) out.push({ isPublic: c.jsdPublic ?? true, text: adfText(c.body) });
      if (page.comments.length < COMMENT_PAGE || startAt + page.comments.length >= (page.total ?? 0)) return out;
    }
  },

  async searchConsultationsPending(accountId, limit) {
    const quoted = `"${accountId.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    return (await search(http, `consultationPending = ${quoted} ORDER BY updated DESC`, null, limit)).items;
  },

  searchOpen: (pageToken, pageSize) => search(http, 'tsNumber IS NOT EMPTY AND statusCategory != Done', pageToken, pageSize),

  async myAccountId() {
    return parseOrThrow(MyselfSchema, await http((jira) => jira.requestJira(route`/rest/api/3/myself`, { method: 'GET', headers: JSON_HEADERS }), 'GET /rest/api/3/myself'), 'myself').accountId;
  },

  async changelog(issue, startAt) {
    const response = await http(
      (jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/changelog?startAt=${startAt}&maxResults=${HISTORY_PAGE}`, { method: 'GET', headers: JSON_HEADERS }),
      'GET /rest/api/3/issue/{issue}/changelog',
    );
    if (response.status === 404) return { items: [], total: 0 };
    const page = parseOrThrow(ChangelogSchema, response, 'get changelog');
    const itemTo = (items: (typeof page.values)[number]['items'], field: string): string | null =>
      items.find((i) => i.field === field || i.fieldId === field)?.toString ?? null;
    const items = page.values.map(
      (v): ChangelogEntry => ({
        id: v.id,
        authorAccountId: v.author?.accountId ?? null,
        createdAt: Date.parse(v.created),
        statusTo: itemTo(v.items, 'status'),
        priorityTo: itemTo(v.items, 'priority'),
      }),
    );
    return { items, total: page.total };
  },

  async listComments(issue, startAt) {
    const response = await http(
      (jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/comment?startAt=${startAt}&maxResults=${HISTORY_PAGE}&orderBy=created`, { method: 'GET', headers: JSON_HEADERS }),
      'GET /rest/api/3/issue/{issue}/comment',
    );
    if (response.status === 404) return { items: [], total: 0 };
    const page = parseOrThrow(CommentsSchema, response, 'get comments');
    const items = page.comments.map(
      (c): CommentFacts => ({
        id: c.id,
        authorAccountId: c.author?.accountId ?? null,
        createdAt: Date.parse(c.created),
        // As in the trigger: a comment without JSM's flag is visible to everyone who sees the issue.
        isPublic: c.jsdPublic ?? true,
      }),
    );
    return { items, total: page.total };
  },

  async notify(issue, accountIds, subject, text) {
    const body = { subject, textBody: text, to: { users: accountIds.map((accountId) => ({ accountId })) } };
    expectOk(await http((jira) => jira.requestJira(route`/rest/api/3/issue/${issue}/notify`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }), 'POST notify'), 'notify');
  },
});
