import { serviceDate } from '../../src/domain/numbering';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AppSandbox, PEOPLE } from './support/app-sandbox';
import { z } from 'zod';

jest.setTimeout(240_000);

const CreatedSchema = z.object({ issueKey: z.string() });

describe('service numbers under concurrency', () => {
  let sandbox: AppSandbox;
  beforeEach(() => {
    // Up to 32 creation triggers run at once, each REST call of theirs delayed a little, so their claims interleave.
    sandbox = new AppSandbox({ parallelism: 32, latencyMs: 2 });
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('gives 200 requests created at once, their triggers running concurrently, 200 distinct, consecutive numbers', async () => {
    // All 200 created in one burst; each creation event is delivered as soon as it is emitted, so numbering
    // invocations overlap with each other and with creations still in flight.
    const keys = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const response = await sandbox.rest({ kind: 'user', accountId: i % 2 === 0 ? PEOPLE.zhangsan : PEOPLE.wangwu }, 'POST', '/rest/servicedeskapi/request', {
          serviceDeskId: '1',
          requestTypeId: '14',
          requestFieldValues: { summary: `并发请求 ${i}` },
        });
        return CreatedSchema.parse(response.body).issueKey;
      }),
    );
    await sandbox.runtime.settle();

    const numbers: string[] = [];
    for (const key of keys) numbers.push(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber);
    const day = serviceDate(Date.now(), 'Asia/Shanghai');
    const expected = Array.from({ length: 200 }, (_, i) => `TS-${day}-${String(i + 1).padStart(3, '0')}`);
    expect([...numbers].sort()).toEqual(expected);
    // It really was concurrent: many creation triggers ran at the same time.
    expect(sandbox.runtime.concurrencyHighWater().triggers).toBeGreaterThanOrEqual(16);
  });
});
