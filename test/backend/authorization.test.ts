import { z } from 'zod';
import { RPC_KEYS, type RpcKey } from '../../src/shared/rpc';
import { demoDesk } from './support/admin-config';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { footprint, moduleFor, validPayload } from './support/resolver-calls';

jest.setTimeout(300_000);

type Role = 'anonymous' | 'another customer' | 'reporter' | 'participant' | 'agent' | 'admin';
const ROLES: readonly Role[] = ['anonymous', 'another customer', 'reporter', 'participant', 'agent', 'admin'];

/** The policy under test. The site admin is also an agent of the service desk in the demo seed. */
const allowed = (key: RpcKey): readonly Role[] => {
  if (key.startsWith('agent/')) return ['agent', 'admin'];
  if (key === 'portal/getIntakeOptions') return ROLES;
  if (key === 'portal/submitSurvey') return ['reporter'];
  if (key.startsWith('portal/')) return ['reporter', 'participant'];
  if (key.startsWith('reports/')) return ['agent', 'admin'];
  return ['admin'];
};

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
const REFUSALS = ['forbidden', 'unauthenticated'];

describe('authorisation matrix: every resolver × every kind of caller', () => {
  let sandbox: AppSandbox;
  let request: string;
  let othersRequest: string;

  beforeAll(async () => {
    sandbox = await demoDesk();
    request = await raiseRequest(sandbox, {
      reporter: PEOPLE.zhangsan,
      summary: 'CRM系统无法新建客户',
      participants: [PEOPLE.wangwu],
      fields: [
        { key: 'category', value: 'software' },
        { key: 'urgency', value: 'high' },
      ],
    });
    // 张三 is "another customer" on 王五's own request, which has no participants.
    othersRequest = await raiseRequest(sandbox, { reporter: PEOPLE.wangwu, summary: '报表导出失败' });
    await sandbox.runtime.settle();
  });
  afterAll(async () => {
    await sandbox.dispose();
  });

  const caller = (role: Role): { accountId: string | undefined; issueKey: string } => {
    switch (role) {
      case 'anonymous':
        return { accountId: undefined, issueKey: request };
      case 'another customer':
        return { accountId: PEOPLE.zhangsan, issueKey: othersRequest };
      case 'reporter':
        return { accountId: PEOPLE.zhangsan, issueKey: request };
      case 'participant':
        return { accountId: PEOPLE.wangwu, issueKey: request };
      case 'agent':
        return { accountId: PEOPLE.lisi, issueKey: request };
      case 'admin':
        return { accountId: PEOPLE.admin, issueKey: request };
    }
  };

  it.each(RPC_KEYS.map((key) => [key]))('%s: only the allowed roles get through, and a refusal writes nothing', async (key) => {
    const outcomes: string[] = [];
    for (const role of ROLES.filter((r) => !allowed(key).includes(r))) {
      const { accountId, issueKey } = caller(role);
      const { moduleKey, context } = moduleFor(key, issueKey);
      const before = await footprint(sandbox, [request, othersRequest]);
      const result = EnvelopeSchema.parse(await sandbox.invoke(moduleKey, key, await validPayload(sandbox, key), accountId, context));
      await sandbox.runtime.settle();
      outcomes.push(`${role}: ${result.ok ? 'ok' : result.error.code}`);
      expect(result.ok ? 'ok' : REFUSALS.includes(result.error.code) ? 'refused' : result.error.code).toBe('refused');
      expect(await footprint(sandbox, [request, othersRequest])).toBe(before);
    }
    for (const role of allowed(key)) {
      const { accountId, issueKey } = caller(role);
      const { moduleKey, context } = moduleFor(key, issueKey);
      const result = EnvelopeSchema.parse(await sandbox.invoke(moduleKey, key, await validPayload(sandbox, key), accountId, context));
      await sandbox.runtime.settle();
      outcomes.push(`${role}: ${result.ok ? 'ok' : result.error.code}`);
      // Allowed callers may still meet a state rule (e.g. confirming before resolution), never a refusal.
      expect(result.ok || !REFUSALS.includes(result.error.code)).toBe(true);
    }
    expect(outcomes).toHaveLength(ROLES.length);
  });
});
