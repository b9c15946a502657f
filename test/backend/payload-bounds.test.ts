import { z } from 'zod';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const Refused = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.literal('invalid-payload'), message: z.string(), fieldErrors: z.array(z.object({ path: z.string(), message: z.string() })) }),
});

const DAY = 86_400_000;

describe('bad input is an invalid-payload naming the field', () => {
  let sandbox: AppSandbox;
  beforeAll(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '邮箱无法登录', fields: [{ key: 'category', value: 'software' }] });
    await sandbox.runtime.settle();
  });
  afterAll(async () => {
    await sandbox.dispose();
  });

  const period = () => ({ from: Date.now() - 30 * DAY, to: Date.now() + DAY, timezone: 'Asia/Shanghai', projectId: PROJECT.id });
  const exportCsv = (payload: unknown) => sandbox.invoke('reports', 'reports/exportCsv', payload, PEOPLE.lisi, { extension: { project: PROJECT } });
  const refusedFields = (answer: unknown): string[] => Refused.parse(answer).error.fieldErrors.map((f) => f.path);

  it.each([
    ['not base64url', 'abc def!'],
    ['base64url but not a token of the export', 'bm90LWEtdG9rZW4'],
    ['a token of another period', Buffer.from(JSON.stringify({ v: 1, t: 'x', f: '0:1:10000' })).toString('base64url')],
  ])('refuses a malformed CSV page token (%s) before it reaches Jira', async (_what, pageToken) => {
    const answer = await exportCsv({ ...period(), locale: 'en', pageToken });
    expect(refusedFields(answer)).toEqual(['pageToken']);
  });

  it('answers a well-formed token that Jira refuses with invalid-payload, revealing no JQL', async () => {
    const p = period();
    const pageToken = Buffer.from(JSON.stringify({ v: 1, t: 'bm9wZQ', f: `${p.from}:${p.to}:${p.projectId}` })).toString('base64url');
    const answer = await exportCsv({ ...p, locale: 'en', pageToken });
    expect(refusedFields(answer)).toEqual(['pageToken']);
    expect(JSON.stringify(answer)).not.toMatch(/jql|created >=|tsNumber/i);
  });

  it('bounds every string: a million-character category in a priority preview is refused by name', async () => {
    const answer = await sandbox.invoke('admin', 'admin/previewPriority', { category: 'x'.repeat(1_000_000), subcategory: null, urgency: 'high', impact: null }, PEOPLE.admin, {});
    expect(refusedFields(answer)).toEqual(['category']);
  });

  it.each([
    ['a period that ends before it starts', { from: Date.now(), to: Date.now() - DAY }, ['to']],
    ['seconds instead of milliseconds', { from: 1_700_000_000, to: 1_800_000_000 }, ['from', 'to']],
  ])('refuses %s in a report request', async (_what, range, fields) => {
    const answer = await sandbox.invoke('reports', 'reports/get', { ...period(), ...range }, PEOPLE.lisi, { extension: { project: PROJECT } });
    expect(refusedFields(answer)).toEqual(fields);
  });
});
