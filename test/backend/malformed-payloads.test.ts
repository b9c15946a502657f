import fc from 'fast-check';
import { z } from 'zod';
import { RPC_KEYS, rpcPayloads, type RpcKey } from '../../src/shared/rpc';
import { AppSandbox, PEOPLE, raiseRequest } from './support/app-sandbox';
import { footprint, moduleFor } from './support/resolver-calls';

jest.setTimeout(300_000);

const RefusedSchema = z.object({ ok: z.literal(false), error: z.object({ code: z.literal('invalid-payload'), message: z.string() }) });

/** A caller allowed to use the key, so that only the payload can be the reason for a refusal. */
const callerFor = (key: RpcKey): string => (key.startsWith('agent/') || key.startsWith('reports/') ? PEOPLE.lisi : key.startsWith('portal/') ? PEOPLE.zhangsan : PEOPLE.admin);

/**
 * Near misses as well as noise: right keys with wrong values, extra keys, wrong types at the top. Falsy
 * payloads are left out: @forge/resolver itself turns them into `{}` before the app sees them.
 */
const malformed = (key: RpcKey): fc.Arbitrary<unknown> =>
  fc
    .oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('urgency', 'note', 'text', 'expectedAt', 'resolved', 'comment', 'scores', 'config', 'expectedVersion', 'ics', 'document', 'category', 'issueKey'), fc.anything()),
      fc.record({ urgency: fc.string(), note: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ scores: fc.dictionary(fc.string(), fc.integer({ min: -10, max: 10 })), comment: fc.anything() }),
      fc.record({ config: fc.anything(), expectedVersion: fc.oneof(fc.double(), fc.string(), fc.integer({ max: -1 })) }),
    )
    .filter((payload) => Boolean(payload) && !rpcPayloads[key].safeParse(payload).success);

describe('malformed payloads (fast-check)', () => {
  let sandbox: AppSandbox;
  let request: string;

  beforeAll(async () => {
    sandbox = new AppSandbox();
    sandbox.runtime.install(PEOPLE.admin);
    await sandbox.runtime.settle();
    request = await raiseRequest(sandbox, { reporter: PEOPLE.zhangsan, summary: '邮箱无法登录', fields: [{ key: 'category', value: 'software' }] });
    await sandbox.runtime.settle();
  });
  afterAll(async () => {
    await sandbox.dispose();
  });

  it.each(RPC_KEYS.map((key) => [key]))('%s answers a typed invalid-payload error, never throws, never writes', async (key) => {
    const { moduleKey, context } = moduleFor(key, request);
    const before = await footprint(sandbox, [request]);
    await fc.assert(
      fc.asyncProperty(malformed(key), async (payload) => {
        const result: unknown = await sandbox.invoke(moduleKey, key, payload, callerFor(key), context);
        expect(RefusedSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 25, seed: 20261129 },
    );
    await sandbox.runtime.settle();
    expect(await footprint(sandbox, [request])).toBe(before);
  });
});
