import { z } from 'zod';
import { adf, openTestEmulator, START, type TestEmulator } from '../test-fixture';

const issueList = z.object({
  issues: z.array(z.object({
    id: z.string(),
    key: z.string().optional(),
    fields: z.record(z.string(), z.unknown()).optional(),
    properties: z.record(z.string(), z.unknown()).optional(),
  })),
  isLast: z.boolean(),
  nextPageToken: z.string().optional(),
});
const fieldsShape = z.object({
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  priority: z.object({ name: z.string() }),
  assignee: z.object({ accountId: z.string() }).nullable(),
  reporter: z.object({ accountId: z.string() }),
  created: z.string(),
  summary: z.string(),
});
const errorShape = z.object({ errorMessages: z.array(z.string()), errors: z.record(z.string(), z.string()) });

let t: TestEmulator;

const search = async (jql: string, who = 'lisi'): Promise<string[]> => {
  const r = await t.call(who, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 100 });
  expect(r.status).toBe(200);
  return issueList.parse(r.body).issues.map((i) => i.key ?? '');
};

const searchError = async (jql: string): Promise<string> => {
  const r = await t.call('lisi', 'POST', '/rest/api/3/search/jql', { jql });
  expect(r.status).toBe(400);
  return errorShape.parse(r.body).errorMessages.join(' ');
};

/** Every issue with the fields the oracle needs, read through the REST API (not the SQL under test). */
const everything = async (): Promise<{ key: string; f: z.infer<typeof fieldsShape> }[]> => {
  const r = await t.call('app', 'POST', '/rest/api/3/search/jql', { jql: 'project = ITS', fields: ['status', 'priority', 'assignee', 'reporter', 'created', 'summary'], maxResults: 100 });
  return issueList.parse(r.body).issues.map((i) => ({ key: i.key ?? '', f: fieldsShape.parse(i.fields) }));
};

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

beforeEach(() => {
  t = openTestEmulator();
});
afterEach(() => {
  t.dispose();
});

describe('JQL over the emulator', () => {
  it('filters on status, statusCategory, priority and assignee like an in-memory oracle', async () => {
    const all = await everything();
    expect(all.length).toBeGreaterThanOrEqual(10);
    const lisi = t.id('lisi');
    const cases: [string, (i: (typeof all)[number]) => boolean][] = [
      ['status = Open', (i) => i.f.status.name === 'Open'],
      ['status IN ("In Progress", "Waiting for customer")', (i) => ['In Progress', 'Waiting for customer'].includes(i.f.status.name)],
      ['status NOT IN (Open, Closed)', (i) => !['Open', 'Closed'].includes(i.f.status.name)],
      ['statusCategory = Done', (i) => i.f.status.statusCategory.key === 'done'],
      ['statusCategory != done', (i) => i.f.status.statusCategory.key !== 'done'],
      ['priority = Highest', (i) => i.f.priority.name === 'Highest'],
      ['priority >= High', (i) => ['Highest', 'High'].includes(i.f.priority.name)],
      ['priority < Medium', (i) => ['Low', 'Lowest'].includes(i.f.priority.name)],
      ['assignee IS EMPTY', (i) => i.f.assignee === null],
      ['assignee IS NOT EMPTY', (i) => i.f.assignee !== null],
      ['assignee = currentUser()', (i) => i.f.assignee?.accountId === lisi],
      ['assignee != currentUser()', (i) => i.f.assignee !== null && i.f.assignee.accountId !== lisi],
      ['NOT assignee = currentUser()', (i) => i.f.assignee?.accountId !== lisi],
      ['reporter = "zhangsan@example.com"', (i) => i.f.reporter.accountId === t.id('zhangsan')],
      ['status = Open OR priority = Highest AND assignee IS NOT EMPTY', (i) => i.f.status.name === 'Open' || (i.f.priority.name === 'Highest' && i.f.assignee !== null)],
      ['(status = Open OR priority = Highest) AND assignee IS NOT EMPTY', (i) => (i.f.status.name === 'Open' || i.f.priority.name === 'Highest') && i.f.assignee !== null],
      ['summary ~ "CRM"', (i) => i.f.summary.includes('CRM')],
    ];
    for (const [jql, oracle] of cases) {
      expect({ jql, keys: sorted(await search(jql)) }).toEqual({ jql, keys: sorted(all.filter(oracle).map((i) => i.key)) });
    }
  });

  it('compares created with absolute dates in the searcher zone, relative periods and now()', async () => {
    const all = await everything();
    const hours = (i: (typeof all)[number]): number => (START - Date.parse(i.f.created.replace(/(\d\d)(\d\d)$/, '$1:$2'))) / 3_600_000;
    expect(sorted(await search('created >= -1d'))).toEqual(sorted(all.filter((i) => hours(i) <= 24).map((i) => i.key)));
    expect(sorted(await search('created < "-2d"'))).toEqual(sorted(all.filter((i) => hours(i) > 48).map((i) => i.key)));
    expect(await search('created > now()')).toEqual([]);
    // 2026-11-29 00:00 in Asia/Shanghai (李四's zone) is 2026-11-28T16:00Z, ten hours before START.
    expect(sorted(await search('created >= "2026-11-29"'))).toEqual(sorted(all.filter((i) => hours(i) <= 10).map((i) => i.key)));
    expect(sorted(await search('created >= "2026/11/29 09:30"'))).toEqual(sorted(all.filter((i) => hours(i) <= 0.5).map((i) => i.key)));
  });

  it('orders by priority, key and created, and pages with nextPageToken until isLast', async () => {
    const byPriority = await t.call('lisi', 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ITS ORDER BY priority DESC, key ASC')}&fields=priority`);
    const ranks = issueList.parse(byPriority.body).issues.map((i) => ['Highest', 'High', 'Medium', 'Low', 'Lowest'].indexOf(z.object({ priority: z.object({ name: z.string() }) }).parse(i.fields).priority.name));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await search('key <= ITS-3 ORDER BY key DESC')).toEqual(['ITS-3', 'ITS-2', 'ITS-1']);
    expect(await search('key IN (ITS-2, 10004) ORDER BY key')).toEqual(['ITS-2', 'ITS-4']);

    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await t.call('lisi', 'POST', '/rest/api/3/search/jql', { jql: 'project = ITS ORDER BY created ASC', maxResults: 3, fields: ['summary'], ...(token === undefined ? {} : { nextPageToken: token }) });
      const page = issueList.parse(r.body);
      seen.push(...page.issues.map((i) => i.key ?? ''));
      expect(page.isLast).toBe(page.nextPageToken === undefined);
      token = page.nextPageToken;
      pages += 1;
    } while (token !== undefined);
    expect(pages).toBe(Math.ceil(seen.length / 3));
    expect(new Set(seen).size).toBe(seen.length);
    expect(sorted(seen)).toEqual(sorted(await search('project = ITS')));
  });

  it('rejects a token from another query', async () => {
    const r = await t.call('lisi', 'POST', '/rest/api/3/search/jql', { jql: 'project = ITS', maxResults: 1 });
    const token = issueList.parse(r.body).nextPageToken;
    expect(token).toBeDefined();
    const other = await t.call('lisi', 'POST', '/rest/api/3/search/jql', { jql: 'status = Open', nextPageToken: token });
    expect(other.status).toBe(400);
    expect(errorShape.parse(other.body).errors.nextPageToken).toMatch(/another query/);
  });

  it('searches indexed issue properties by path and alias with their declared types', async () => {
    const put = async (key: string, value: unknown): Promise<void> => {
      expect((await t.call('app', 'PUT', `/rest/api/3/issue/${key}/properties/ts.meta`, value)).status).toBeLessThan(300);
    };
    await put('ITS-1', { serviceNumber: 'TS-20261129-001', score: 2, dueAt: '2026-11-29T06:00:00Z', owner: t.id('lisi'), tags: ['vip', 'crm'], note: 'Escalated to the CRM vendor' });
    await put('ITS-2', { serviceNumber: 'TS-20261129-002', score: 5, dueAt: '2026-11-30T06:00:00Z', owner: t.id('zhaoliu'), tags: ['printer'] });
    await put('ITS-3', { serviceNumber: 'TS-20261129-003' });

    expect(await search('tsServiceNumber = "TS-20261129-002"')).toEqual(['ITS-2']);
    expect(await search('issue.property[ts.meta].serviceNumber = "TS-20261129-002"')).toEqual(['ITS-2']);
    expect(sorted(await search('tsScore >= 2'))).toEqual(['ITS-1', 'ITS-2']);
    expect(await search('tsScore > 2')).toEqual(['ITS-2']);
    expect(await search('tsScore != 5')).toEqual(['ITS-1']);
    expect(sorted(await search('tsScore IS EMPTY AND key <= ITS-3'))).toEqual(['ITS-3']);
    expect(await search('tsDueAt < "2026-11-30"')).toEqual(['ITS-1']);
    expect(await search('tsOwner = currentUser()')).toEqual(['ITS-1']);
    expect(await search('tsOwner = "zhaoliu@example.com"')).toEqual(['ITS-2']);
    expect(await search('issue.property[ts.meta].tags = vip')).toEqual(['ITS-1']);
    expect(await search('issue.property[ts.meta].tags IN (printer, nothing)')).toEqual(['ITS-2']);
    expect(await search('issue.property[ts.meta].note ~ "crm vendor"')).toEqual(['ITS-1']);
    expect(await search('tsScore > 0 ORDER BY tsScore DESC')).toEqual(['ITS-2', 'ITS-1']);

    await put('ITS-2', { serviceNumber: 'TS-20261129-002', score: 1 });
    expect(await search('tsScore > 2')).toEqual([]);
    expect((await t.call('app', 'DELETE', '/rest/api/3/issue/ITS-1/properties/ts.meta')).status).toBe(204);
    expect(await search('tsServiceNumber = "TS-20261129-001"')).toEqual([]);
  });

  it('re-indexes stored properties when the declared indexes change', async () => {
    await t.call('app', 'PUT', '/rest/api/3/issue/ITS-4/properties/ts.survey', { rating: 2 });
    expect(await searchError('issue.property[ts.survey].rating < 3')).toMatch(/not indexed/);
    t.emulator.setEntityPropertyIndexes([{ propertyKey: 'ts.survey', entityType: 'issue', values: [{ path: 'rating', type: 'number', searchAlias: 'tsRating' }] }]);
    expect(await search('tsRating < 3')).toEqual(['ITS-4']);
  });

  it.each([
    ['labels ~ x', /operator '~' is not supported by the field 'labels'/],
    ['cf[10010] = 1', /Field 'cf\[10010\]' does not exist/],
    ['status = Nonsense', /The value 'Nonsense' does not exist for the field 'status'/],
    ['project = NOPE', /The value 'NOPE' does not exist for the field 'project'/],
    ['assignee = nobody@example.com', /does not exist for the field 'assignee'/],
    ['created > yesterday', /Date value 'yesterday'/],
    ['created > startOfDay()', /startOfDay\(\)' is not supported/],
    ['tsServiceNumber > "A"', /operator '>' is not supported/],
    ['tsScore = many', /not a number/],
    ['status WAS Open', /WAS/],
    ['project = ITS ORDER BY votes', /votes/],
    ['', /Unbounded JQL/],
  ])('answers 400 for %s', async (jql, message) => {
    expect(await searchError(jql)).toMatch(message);
  });

  it('counts with approximate-count and returns only ids by default', async () => {
    const count = await t.call('lisi', 'POST', '/rest/api/3/search/approximate-count', { jql: 'statusCategory != Done' });
    expect(count.body).toEqual({ count: (await search('statusCategory != Done')).length });
    const ids = await t.call('lisi', 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('key = ITS-1')}`);
    expect(ids.body).toEqual({ issues: [{ id: '10001' }], isLast: true });
    const keys = await t.call('lisi', 'POST', '/rest/api/3/search/jql', { jql: 'key = ITS-1', fields: ['key'], properties: ['ts.meta'] });
    expect(keys.body).toEqual({ issues: [{ id: '10001', key: 'ITS-1', properties: {} }], isLast: true });
  });

  it('finds new issues and sees edits immediately', async () => {
    const r = await t.call('lisi', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ITS' }, issuetype: { name: 'Task' }, summary: 'Follow up', labels: ['follow-up'], description: adf('call back') } });
    expect(r.status).toBe(201);
    expect(await search('issuetype = Task AND labels = follow-up')).toEqual(['ITS-11']);
    await t.call('lisi', 'PUT', '/rest/api/3/issue/ITS-11', { fields: { priority: { name: 'Highest' } } });
    expect(await search('issuetype = Task AND priority = Highest')).toEqual(['ITS-11']);
  });
});
