import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AgentStateSchema, CsvExportSchema } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { PROJECT, footprint } from './support/resolver-calls';

jest.setTimeout(120_000);

const State = z.object({ ok: z.literal(true), data: AgentStateSchema });

describe('operation log (issue 12 point 5)', () => {
  let sandbox: AppSandbox;
  let key: string;
  beforeEach(async () => {
    sandbox = await demoDesk();
    key = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '打印机无法打印', fields: [{ key: 'category', value: 'hardware' }, { key: 'subcategory', value: 'printer' }, { key: 'urgency', value: 'medium' }] });
    await sandbox.runtime.settle();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  const record = async (payload: unknown, who: string = PEOPLE.zhaoliu) => {
    const result = await sandbox.invoke('agent-panel', 'agent/recordOperation', payload, who, { extension: { issue: { key }, project: PROJECT } });
    await sandbox.runtime.settle();
    return result;
  };

  it('steps are timestamped with tool, session id and result; an edit keeps the replaced version; the CSV export carries the log', async () => {
    const first = State.parse(await record({ id: null, action: '远程检查打印队列', tool: '向日葵', sessionId: '123 456 789', result: '队列卡住' })).data;
    const firstAt = new Date(Date.now()).toISOString();
    expect(first.record?.operationLog).toEqual([{ id: '1', by: PEOPLE.zhaoliu, at: firstAt, action: '远程检查打印队列', tool: '向日葵', sessionId: '123 456 789', result: '队列卡住' }]);

    sandbox.advanceMinutes(10);
    await record({ id: null, action: '重启打印服务', tool: '', sessionId: '', result: '恢复打印' });
    sandbox.advanceMinutes(5);
    const edited = State.parse(await record({ id: '1', action: '远程检查打印队列并清空', tool: '向日葵', sessionId: '123 456 789', result: '清空 12 个卡住的任务' }, PEOPLE.lisi)).data;
    expect(edited.record?.operationLog).toMatchObject([
      {
        id: '1',
        by: PEOPLE.lisi,
        action: '远程检查打印队列并清空',
        result: '清空 12 个卡住的任务',
        previous: [{ by: PEOPLE.zhaoliu, at: firstAt, action: '远程检查打印队列', tool: '向日葵', sessionId: '123 456 789', result: '队列卡住' }],
      },
      { id: '2', action: '重启打印服务', tool: null, sessionId: null, result: '恢复打印' },
    ]);
    expect(edited.names.people).toMatchObject({ [PEOPLE.zhaoliu]: '赵六', [PEOPLE.lisi]: '李四' });

    const period = { from: Date.now() - 86_400_000, to: Date.now() + 86_400_000, timezone: 'Asia/Shanghai', projectId: PROJECT.id, locale: 'zh-CN', pageToken: null };
    const csv = z.object({ ok: z.literal(true), data: CsvExportSchema }).parse(await sandbox.invoke('reports', 'reports/exportCsv', period, PEOPLE.lisi, { extension: { project: PROJECT } })).data;
    const rows = z.array(z.array(z.string())).parse(parse(Buffer.from(csv.csv, 'utf8'), { bom: true }));
    const column = rows[0]?.indexOf('操作记录') ?? -1;
    expect(column).toBeGreaterThan(0);
    const cell = rows.find((row) => row[column]?.includes('重启打印服务'))?.[column];
    expect(cell?.split('\n')).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 远程检查打印队列并清空（向日葵，会话 123 456 789） → 清空 12 个卡住的任务$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 重启打印服务 → 恢复打印$/),
    ]);
  });

  it('refuses an empty action and an unknown step, naming the field, and writes nothing', async () => {
    const before = await footprint(sandbox, [key]);
    expect(await record({ id: null, action: '  ', tool: null, sessionId: null, result: null })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'action' }] } });
    expect(await record({ id: '7', action: '改记录', tool: null, sessionId: null, result: null })).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: [{ path: 'id' }] } });
    expect(await footprint(sandbox, [key])).toBe(before);
  });
});
