import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { directoryRoutes } from '../../sandbox/jira/rest/directory-routes';
import { issueRoutes } from '../../sandbox/jira/rest/issue-routes';
import { searchRoutes } from '../../sandbox/jira/rest/search-routes';
import { servicedeskRoutes } from '../../sandbox/jira/rest/servicedesk-routes';
import { adf, openTestEmulator, type TestEmulator } from '../../sandbox/jira/test-fixture';

/**
 * Every emulated endpoint's responses, success and error, validate against the response schemas of Atlassian's
 * published OpenAPI documents (all $refs resolved). Missing specs fail the suite: it never silently skips.
 */

const REPO_ROOT = resolve(__dirname, '../..');
const SPECS_DIR = process.env.SUPPORT_STANDARD_SPECS_DIR ?? join(REPO_ROOT, '../shared/specs');
const SPEC_FILES = { jira: 'jira-platform-v3.openapi.json', jsm: 'jsm.openapi.json' } as const;
type SpecName = keyof typeof SPEC_FILES;

const responseSchema = z.object({ content: z.record(z.string(), z.object({ schema: z.unknown().optional() })).optional() });
const operation = z.object({ responses: z.record(z.string(), responseSchema) });
const openApi = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

interface Spec {
  readonly name: SpecName;
  readonly doc: z.infer<typeof openApi>;
  readonly templates: readonly { readonly template: string; readonly pattern: RegExp; readonly params: number }[];
}

const loadSpec = (name: SpecName): Spec => {
  const file = join(SPECS_DIR, SPEC_FILES[name]);
  if (!existsSync(file)) throw new Error(`OpenAPI spec missing: ${file} (set SUPPORT_STANDARD_SPECS_DIR)`);
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const doc = openApi.parse(raw);
  ajv.addSchema(z.record(z.string(), z.unknown()).parse(raw), name);
  const templates = Object.keys(doc.paths).map((template) => {
    const segments = template.split('/');
    const pattern = new RegExp(`^${segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
    return { template, pattern, params: segments.filter((s) => s.startsWith('{')).length };
  });
  return { name, doc, templates };
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password']) ajv.addFormat(f, true);

let specs: Record<SpecName, Spec>;
let t: TestEmulator;

/** The spec operation a concrete request hits; literal segments win over parameters, as in routing. */
const operationFor = (method: string, pathname: string): { spec: Spec; template: string } => {
  const spec = pathname.startsWith('/rest/servicedeskapi/') ? specs.jsm : specs.jira;
  const candidates = spec.templates.filter((x) => x.pattern.test(pathname) && x.template in spec.doc.paths && spec.doc.paths[x.template]?.[method.toLowerCase()] !== undefined);
  candidates.sort((a, b) => a.params - b.params);
  const best = candidates[0];
  if (best === undefined) throw new Error(`${method} ${pathname} is not an operation of the ${spec.name} OpenAPI spec`);
  return { spec, template: best.template };
};

const validatorCache = new Map<string, ValidateFunction>();
const validator = (ref: string): ValidateFunction => {
  const cached = validatorCache.get(ref);
  if (cached !== undefined) return cached;
  const v = ajv.getSchema(ref);
  if (v === undefined) throw new Error(`cannot resolve ${ref}`);
  validatorCache.set(ref, v);
  return v;
};

type SchemaRef = { readonly kind: 'schema'; readonly ref: string } | { readonly kind: 'error' } | { readonly kind: 'none' };

/** The schema a response must match: the operation's own, the API's error schema, or none (no JSON body). */
const schemaRefFor = (spec: Spec, template: string, method: string, status: number): SchemaRef => {
  const op = operation.parse(spec.doc.paths[template]?.[method.toLowerCase()]);
  const response = op.responses[String(status)];
  if (response === undefined) {
    if (status >= 400) return { kind: 'error' };
    throw new Error(`${method} ${template} declares no ${status} response`);
  }
  const json = response.content?.['application/json'];
  if (json?.schema === undefined) return status >= 400 ? { kind: 'error' } : { kind: 'none' };
  return { kind: 'schema', ref: `${spec.name}#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema` };
};

/** Error bodies of undocumented error statuses follow each API's general error schema. */
const ERROR_SCHEMAS: Record<SpecName, string> = { jira: 'jira#/components/schemas/ErrorCollection', jsm: 'jsm#/components/schemas/ErrorResponse' };

interface Case {
  readonly who: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  readonly status: number;
}

const c = (who: string, method: Case['method'], path: string, status: number, body?: unknown): Case => ({ who, method, path, status, ...(body === undefined ? {} : { body }) });

const internal = [{ key: 'sd.public.comment', value: { internal: true } }];
const jql = (q: string): string => encodeURIComponent(q);

/** Run in order against one emulator: later cases rely on ITS-11..ITS-13 created by earlier ones. */
const CASES: readonly Case[] = [
  c('lisi', 'POST', '/rest/api/3/issue', 201, { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'Follow-up', description: adf('call back'), priority: { name: 'High' }, labels: ['follow-up'] }, properties: [{ key: 'ts.meta', value: { serviceNumber: 'TS-1', score: 3 } }], update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'ITS-7' } } }] } }),
  c('lisi', 'POST', '/rest/api/3/issue', 400, { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' } } }),
  c('zhangsan', 'POST', '/rest/api/3/issue', 403, { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'x' } }),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-11?expand=renderedFields,names,transitions&properties=*all', 200),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-5', 200),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-1?fields=*all,-comment', 200),
  c('zhangsan', 'GET', '/rest/api/3/issue/ITS-1', 404),
  c('anonymous', 'GET', '/rest/api/3/issue/ITS-1', 401),
  c('lisi', 'PUT', '/rest/api/3/issue/ITS-1', 204, { fields: { summary: 'CRM 权限不足', priority: { name: 'Highest' }, assignee: { accountId: '5f1a00000000000000000003' }, labels: ['crm'] } }),
  c('lisi', 'PUT', '/rest/api/3/issue/ITS-1', 204, { update: { labels: [{ add: 'vip' }] } }),
  c('lisi', 'PUT', '/rest/api/3/issue/ITS-1', 400, { fields: { priority: { name: 'Blocker' } } }),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-1/transitions', 200),
  c('lisi', 'POST', '/rest/api/3/issue/ITS-1/transitions', 204, { transition: { id: '11' } }),
  c('lisi', 'POST', '/rest/api/3/issue/ITS-1/transitions', 400, { transition: { id: '61' } }),
  c('lisi', 'POST', '/rest/api/3/issue/ITS-1/comment', 201, { body: adf('internal note'), properties: internal }),
  c('lisi', 'POST', '/rest/api/3/issue/ITS-1/comment', 201, { body: adf('public reply') }),
  c('lisi', 'POST', '/rest/api/3/issue/ITS-1/comment', 400, { body: 'not ADF' }),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-1/comment?expand=properties', 200),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-3/changelog', 200),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-3/changelog?startAt=1&maxResults=1', 200),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-99999/changelog', 404),
  c('lisi', 'GET', '/rest/api/3/issue/ITS-11/properties', 200),
  c('app', 'PUT', '/rest/api/3/issue/ITS-1/properties/ts.meta', 201, { serviceNumber: 'TS-20261129-001', score: 4 }),
  c('app', 'PUT', '/rest/api/3/issue/ITS-1/properties/ts.meta', 200, { serviceNumber: 'TS-20261129-001', score: 5 }),
  c('app', 'GET', '/rest/api/3/issue/ITS-1/properties/ts.meta', 200),
  c('app', 'GET', '/rest/api/3/issue/ITS-1/properties/nope', 404),
  c('app', 'PUT', '/rest/api/3/issue/ITS-2/properties/tmp', 201, [1, 2]),
  c('app', 'DELETE', '/rest/api/3/issue/ITS-2/properties/tmp', 204),
  c('zhouba', 'PUT', '/rest/api/3/issue/ITS-8/assignee', 204, { accountId: '5f1a00000000000000000003' }),
  c('zhouba', 'PUT', '/rest/api/3/issue/ITS-8/assignee', 400, { accountId: '5f1a00000000000000000001' }),
  c('app', 'POST', '/rest/api/3/issue/ITS-1/notify', 204, { subject: 'TS-1', textBody: 'hello', to: { reporter: true } }),
  c('lisi', 'POST', '/rest/api/3/issueLink', 201, { type: { name: 'Blocks' }, inwardIssue: { key: 'ITS-2' }, outwardIssue: { key: 'ITS-3' } }),
  c('lisi', 'GET', `/rest/api/3/search/jql?jql=${jql('project = ITS ORDER BY created DESC')}&maxResults=3&fields=summary,status,assignee,priority,created&properties=ts.meta`, 200),
  c('lisi', 'GET', `/rest/api/3/search/jql?jql=${jql('status = Nonsense')}`, 400),
  c('lisi', 'POST', '/rest/api/3/search/jql', 200, { jql: 'tsScore >= 3 ORDER BY key', fields: ['*all'], expand: 'names', properties: ['ts.meta'], maxResults: 1 }),
  c('lisi', 'POST', '/rest/api/3/search/jql', 200, { jql: 'assignee = currentUser()' }),
  c('lisi', 'POST', '/rest/api/3/search/approximate-count', 200, { jql: 'statusCategory != Done' }),
  c('lisi', 'GET', '/rest/api/3/search?jql=project%3DITS', 410),
  c('lisi', 'POST', '/rest/api/3/search', 410, { jql: 'project = ITS' }),
  c('lisi', 'GET', '/rest/api/3/mypermissions?projectKey=ITS&permissions=BROWSE_PROJECTS,SERVICEDESK_AGENT,ADMINISTER', 200),
  c('lisi', 'GET', '/rest/api/3/mypermissions', 400),
  c('app', 'POST', '/rest/api/3/permissions/check', 200, { accountId: '5f1a00000000000000000001', globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000], issues: [10001] }] }),
  c('lisi', 'POST', '/rest/api/3/permissions/check', 403, { accountId: '5f1a00000000000000000001', globalPermissions: ['ADMINISTER'] }),
  c('lisi', 'GET', '/rest/api/3/myself', 200),
  c('app', 'GET', '/rest/api/3/myself', 200),
  c('lisi', 'GET', '/rest/api/3/user?accountId=5f1a00000000000000000001&expand=groups', 200),
  c('lisi', 'GET', '/rest/api/3/user?accountId=nobody', 404),
  c('lisi', 'GET', '/rest/api/3/user/search?query=zhao', 200),
  c('lisi', 'GET', '/rest/api/3/users/search?maxResults=5', 200),
  c('lisi', 'GET', '/rest/api/3/group/member?groupname=its-agents', 200),
  c('lisi', 'GET', '/rest/api/3/groups/picker?query=ts-', 200),
  c('admin', 'GET', '/rest/api/3/group/bulk?groupName=jira-administrators', 200),
  c('lisi', 'GET', '/rest/api/3/priority', 200),
  c('lisi', 'GET', '/rest/api/3/priority/search', 200),
  c('lisi', 'GET', '/rest/api/3/status', 200),
  c('lisi', 'GET', '/rest/api/3/statuses?id=1,3', 200),
  c('lisi', 'GET', '/rest/api/3/statuscategory', 200),
  c('lisi', 'GET', '/rest/api/3/project/ITS', 200),
  c('lisi', 'GET', '/rest/api/3/project/NOPE', 404),
  c('lisi', 'GET', '/rest/api/3/issueLinkType', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk/1', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype/12', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype/12/field', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/servicedesk/9', 404),
  c('zhangsan', 'GET', '/rest/servicedeskapi/requesttype', 200),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request', 201, { serviceDeskId: '1', requestTypeId: '12', requestFieldValues: { summary: 'OA无法打开', description: '页面空白' }, requestParticipants: ['wangwu@example.com'] }),
  c('lisi', 'POST', '/rest/servicedeskapi/request', 201, { serviceDeskId: '1', requestTypeId: '11', requestFieldValues: { summary: '显示器闪烁' }, raiseOnBehalfOf: 'wangwu@example.com', channel: 'phone' }),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request', 400, { serviceDeskId: '1', requestTypeId: '12', requestFieldValues: {} }),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS&expand=participant,requestType,serviceDesk,action', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request?requestOwnership=PARTICIPATED_REQUESTS&requestStatus=OPEN_REQUESTS', 200),
  c('lisi', 'GET', '/rest/servicedeskapi/request?requestOwnership=ALL_REQUESTS&limit=5', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request/ITS-12?expand=participant', 200),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request/ITS-2', 404),
  c('anonymous', 'GET', '/rest/servicedeskapi/request/ITS-1', 401),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request/ITS-12/participant', 200),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-12/participant', 200, { accountIds: ['5f1a00000000000000000003'] }),
  c('zhangsan', 'DELETE', '/rest/servicedeskapi/request/ITS-12/participant', 200, { accountIds: ['5f1a00000000000000000002'] }),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-12/comment', 201, { body: '补充：只有Chrome有问题', public: true }),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-12/comment', 400, { body: 'secret', public: false }),
  c('lisi', 'POST', '/rest/servicedeskapi/request/ITS-12/comment', 201, { body: '内部：疑似缓存问题', public: false }),
  c('zhangsan', 'GET', '/rest/servicedeskapi/request/ITS-12/comment', 200),
  c('lisi', 'GET', '/rest/servicedeskapi/request/ITS-12/comment?public=false', 200),
  c('lisi', 'GET', '/rest/servicedeskapi/request/ITS-5/comment/10004', 200),
  c('wangwu', 'GET', '/rest/servicedeskapi/request/ITS-4/transition', 200),
  c('wangwu', 'POST', '/rest/servicedeskapi/request/ITS-4/transition', 204, { id: '61', additionalComment: { body: '已解决，谢谢' } }),
  c('wangwu', 'POST', '/rest/servicedeskapi/request/ITS-4/transition', 400, { id: '11' }),
  c('wangwu', 'POST', '/rest/servicedeskapi/request/ITS-4/feedback', 201, { type: 'csat', rating: 5, comment: { body: '很快' } }),
  c('wangwu', 'GET', '/rest/servicedeskapi/request/ITS-4/feedback', 200),
  c('zhangsan', 'POST', '/rest/servicedeskapi/request/ITS-4/feedback', 404, { rating: 1 }),
  c('wangwu', 'DELETE', '/rest/servicedeskapi/request/ITS-4/feedback', 204),
  c('wangwu', 'GET', '/rest/servicedeskapi/request/ITS-4/feedback', 404),
  c('lisi', 'DELETE', '/rest/api/3/issue/ITS-3', 403),
  c('admin', 'DELETE', '/rest/api/3/issue/ITS-3', 204),
  c('lisi', 'GET', '/rest/api/3/dashboard', 404),
];

beforeAll(() => {
  specs = { jira: loadSpec('jira'), jsm: loadSpec('jsm') };
  t = openTestEmulator();
});
afterAll(() => {
  t.dispose();
});

describe('emulator responses validate against the OpenAPI documents', () => {
  it.each(CASES.map((x, i) => [i + 1, x.who, x.method, x.path, x.status, x] as const))('#%i %s %s %s → %i', async (_n, who, method, path, status, x) => {
    const r = await t.call(who, method, path, x.body);
    expect({ status: r.status, body: r.status === status ? 'ok' : r.body }).toEqual({ status, body: 'ok' });
    const pathname = new URL(path, 'http://x').pathname;
    if (status === 404 && pathname === '/rest/api/3/dashboard') {
      expect(validator(ERROR_SCHEMAS.jira)(r.body)).toBe(true);
      return;
    }
    const { spec, template } = operationFor(method, pathname);
    const ref = schemaRefFor(spec, template, method, status);
    if (ref.kind === 'none') {
      expect(r.body).toBeUndefined();
      return;
    }
    const validate = validator(ref.kind === 'error' ? ERROR_SCHEMAS[spec.name] : ref.ref);
    const valid = validate(r.body);
    expect({ valid, errors: valid ? null : validate.errors }).toEqual({ valid: true, errors: null });
  });

  it('covers every emulated route with at least one case', () => {
    const routes = [...issueRoutes, ...searchRoutes, ...directoryRoutes, ...servicedeskRoutes];
    const toPattern = (template: string): RegExp => new RegExp(`^${template.split('/').map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
    const uncovered = routes.filter((r) => !CASES.some((x) => x.method === r.method && toPattern(r.path).test(new URL(x.path, 'http://x').pathname)));
    expect(uncovered.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
