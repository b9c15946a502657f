import { z } from 'zod';
import { KnowledgeDraftSchema, SolvedBeforeSchema, AgentStateSchema } from '../../src/shared/rpc';
import { configure, demoDesk, withDemoRouting } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT } from './support/resolver-calls';

jest.setTimeout(120_000);

const Draft = z.object({ ok: z.literal(true), data: KnowledgeDraftSchema });
const Solved = z.object({ ok: z.literal(true), data: SolvedBeforeSchema });
const State = z.object({ ok: z.literal(true), data: AgentStateSchema });

describe('knowledge from solved requests (issue 13 point 5)', () => {
  let sandbox: AppSandbox;
  beforeEach(async () => {
    sandbox = await demoDesk();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const agent = async (key: string, fn: string, payload: unknown, who: string = PEOPLE.lisi) => {
    const result = await sandbox.invoke('agent-panel', fn, payload, who, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };
  const raise = async (summary: string, subcategory = 'business-system-error') => {
    const key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary, fields: [{ key: 'category', value: 'software' }, { key: 'subcategory', value: subcategory }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
    return key;
  };
  const resolveWithFix = async (key: string, fix: string) => {
    expect(await agent(key, 'agent/recordOperation', { id: null, action: '远程查看 CRM 日志', tool: '向日葵', sessionId: '123 456', result: '连接池耗尽' })).toMatchObject({ ok: true });
    expect(await agent(key, 'agent/recordFix', { text: fix, expectedAt: null })).toMatchObject({ ok: true });
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
  };
  const useSpace = (spaceKey: string | null) => configure(sandbox, (c) => ({ ...c, knowledge: { ...c.knowledge, spaceKey } }));

  it('creates one draft page in the configured space; a second click links to it instead of creating another', async () => {
    await useSpace('KB');
    const key = await raise('CRM系统无法新建客户');
    await resolveWithFix(key, '扩大连接池并升级驱动');
    const state = State.parse(await agent(key, 'agent/getState', {})).data;
    expect(state.knowledge).toEqual({ canDraft: true, target: 'confluence' });

    const first = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: '数据库连接池<script>耗尽</script>' })).data;
    expect(first).toMatchObject({ kind: 'page', created: true });
    const pages = sandbox.confluence.pages();
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    expect(page).toMatchObject({ status: 'draft', spaceId: '98305' });
    expect(page.title).toMatch(/^TS-\d{8}-\d{3} CRM系统无法新建客户$/);
    expect(page.storage).toContain('<h2>原因</h2><p>数据库连接池&lt;script&gt;耗尽&lt;/script&gt;</p>');
    expect(page.storage).toContain('<h2>永久解决方案</h2><p>扩大连接池并升级驱动</p>');
    expect(page.storage).toContain('软件异常 / 业务系统报错(ERP/CRM/OA)');
    expect(page.storage).toContain('李四: 远程查看 CRM 日志');
    expect(page.storage).toContain(`<ac:parameter ac:name="key">${key}</ac:parameter>`);

    // Recorded in storage and mirrored on the issue.
    const mirrored = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/properties/service-record`);
    expect(mirrored.body).toMatchObject({ value: { knowledge: { pageId: page.id, spaceKey: 'KB', by: PEOPLE.lisi } } });

    const second = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: null }, PEOPLE.zhouba)).data;
    expect(second).toEqual({ ...first, created: false });
    expect(sandbox.confluence.pages()).toHaveLength(1);
  });

  it('drafts a new page when the recorded draft was deleted in Confluence, and records the new one', async () => {
    await useSpace('KB');
    const key = await raise('ERP 无法登录');
    await resolveWithFix(key, '重置 ERP 密码策略');
    const first = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: null })).data;
    if (first.kind !== 'page') throw new Error('expected a page');
    sandbox.confluence.deletePage(first.pageId);
    const again = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: null })).data;
    expect(again).toMatchObject({ kind: 'page', created: true });
    if (again.kind !== 'page') throw new Error('expected a page');
    expect(again.pageId).not.toBe(first.pageId);
    expect(sandbox.confluence.pages().map((p) => p.id)).toEqual([again.pageId]);
    const third = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: null })).data;
    expect(third).toMatchObject({ pageId: again.pageId, created: false });
  });

  it('two clicks at once still create a single page', async () => {
    await useSpace('KB');
    const key = await raise('OA 登录失败');
    await resolveWithFix(key, '重置 SSO 证书');
    const results = await Promise.all([agent(key, 'agent/draftKnowledge', { cause: null }), agent(key, 'agent/draftKnowledge', { cause: null })]);
    expect(sandbox.confluence.pages()).toHaveLength(1);
    // One created it; the other either linked to it or was told to try again — never a second page.
    expect(results.filter((r) => Draft.safeParse(r).success && Draft.parse(r).data.kind === 'page' && (Draft.parse(r).data as { created: boolean }).created)).toHaveLength(1);
  });

  it('without a configured space, answers the article as Markdown and creates no page', async () => {
    const key = await raise('ERP 报表导出乱码');
    await resolveWithFix(key, '把导出编码改为 UTF-8 BOM');
    const state = State.parse(await agent(key, 'agent/getState', {})).data;
    expect(state.knowledge).toEqual({ canDraft: true, target: 'markdown' });
    const draft = Draft.parse(await agent(key, 'agent/draftKnowledge', { cause: '模板编码为 GBK' })).data;
    expect(draft.kind).toBe('markdown');
    if (draft.kind !== 'markdown') throw new Error('expected markdown');
    expect(draft.fileName).toMatch(/^TS-\d{8}-\d{3}\.md$/);
    expect(draft.markdown).toContain('## 原因\n\n模板编码为 GBK');
    expect(draft.markdown).toContain('## 永久解决方案\n\n把导出编码改为 UTF\\-8 BOM');
    expect(sandbox.confluence.pages()).toEqual([]);
  });

  it('refuses a request that is not resolved or has no permanent fix, creating nothing', async () => {
    await useSpace('KB');
    const open = await raise('打印机卡纸');
    expect(await agent(open, 'agent/recordFix', { text: '更换搓纸轮', expectedAt: null })).toMatchObject({ ok: true });
    expect(State.parse(await agent(open, 'agent/getState', {})).data.knowledge.canDraft).toBe(false);
    expect(await agent(open, 'agent/draftKnowledge', { cause: null })).toMatchObject({ ok: false, error: { code: 'invalid-state' } });

    const noFix = await raise('蓝屏');
    expect((await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'POST', `/rest/api/3/issue/${noFix}/transitions`, { transition: { id: '51' } })).status).toBe(204);
    await sandbox.runtime.settle();
    expect(State.parse(await agent(noFix, 'agent/getState', {})).data.knowledge.canDraft).toBe(false);
    expect(await agent(noFix, 'agent/draftKnowledge', { cause: null })).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(sandbox.confluence.pages()).toEqual([]);
  });

  it('refuses a customer (not an agent of the project) before touching Confluence', async () => {
    await useSpace('KB');
    const key = await raise('CRM 卡顿');
    await resolveWithFix(key, '清理缓存');
    expect(await agent(key, 'agent/draftKnowledge', { cause: null }, PEOPLE.zhangsan)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(sandbox.confluence.pages()).toEqual([]);
  });

  it('a space key the site does not have is a clear error naming knowledge.spaceKey, nothing created', async () => {
    await useSpace('NOPE');
    const key = await raise('CRM 打不开');
    await resolveWithFix(key, '重装客户端');
    expect(await agent(key, 'agent/draftKnowledge', { cause: null })).toMatchObject({ ok: false, error: { code: 'invalid-config', fieldErrors: [{ path: 'knowledge.spaceKey' }] } });
    expect(sandbox.confluence.pages()).toEqual([]);
  });

  it('a space configured on a site with no Confluence linked answers unavailable, and records nothing', async () => {
    await sandbox.dispose();
    sandbox = new AppSandbox(undefined, { linkConfluence: false });
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    await configure(sandbox, withDemoRouting);
    await useSpace('KB');
    const key = await raise('CRM 无法同步');
    await resolveWithFix(key, '修复同步任务');
    expect(await agent(key, 'agent/draftKnowledge', { cause: null })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const mirrored = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${key}/properties/service-record`);
    expect(mirrored.body).not.toMatchObject({ value: { knowledge: expect.anything() as unknown } });
  });

  it('lists earlier solved requests of the same subcategory with their fixes, newest first, excluding this one and other kinds', async () => {
    const older = await raise('CRM 无法保存客户');
    await resolveWithFix(older, '修复 CRM 字段校验');
    sandbox.advanceMinutes(60);
    const newer = await raise('CRM 新建订单报错');
    await resolveWithFix(newer, '升级 CRM 到 5.2');
    sandbox.advanceMinutes(60);
    const otherKind = await raise('电脑蓝屏', 'blue-screen');
    await resolveWithFix(otherKind, '更新显卡驱动');
    const unresolved = await raise('CRM 登录慢');
    expect(await agent(unresolved, 'agent/recordFix', { text: '扩容', expectedAt: null })).toMatchObject({ ok: true });
    const current = await raise('CRM 无法导出客户');

    const list = Solved.parse(await agent(current, 'agent/solvedBefore', {})).data.items;
    expect(list.map((i) => [i.key, i.fix])).toEqual([
      [newer, '升级 CRM 到 5.2'],
      [older, '修复 CRM 字段校验'],
    ]);
    expect(list[0]?.serviceNumber).toMatch(/^TS-\d{8}-\d{3}$/);
    // The solved request itself does not list itself.
    expect(Solved.parse(await agent(newer, 'agent/solvedBefore', {})).data.items.map((i) => i.key)).toEqual([older]);
  });

  it('shows the fix from app storage, not from a tampered service-record mirror', async () => {
    const solved = await raise('CRM 无法保存客户');
    await resolveWithFix(solved, '修复 CRM 字段校验');
    const current = await raise('CRM 无法导出客户');
    const mirror = await sandbox.rest({ kind: 'app' }, 'GET', `/rest/api/3/issue/${solved}/properties/service-record`);
    const value = z.object({ value: z.record(z.string(), z.unknown()) }).parse(mirror.body).value;
    await sandbox.rest({ kind: 'user', accountId: PEOPLE.lisi }, 'PUT', `/rest/api/3/issue/${solved}/properties/service-record`, { ...value, fix: { text: '<img src=x onerror=alert(1)>', expectedAt: null, by: PEOPLE.lisi, at: new Date().toISOString() } });
    const list = Solved.parse(await sandbox.invoke('agent-panel', 'agent/solvedBefore', {}, PEOPLE.lisi, { extension: { issue: { key: current }, project: PROJECT } })).data.items;
    expect(list.map((i) => i.fix)).toEqual(['修复 CRM 字段校验']);
  });
});
