import { serviceDate } from '../../src/domain/numbering';
import { ServiceRecordSchema } from '../../src/shared/issue-properties';
import { AppSandbox, PEOPLE } from './support/app-sandbox';
import { z } from 'zod';

jest.setTimeout(240_000);

const CreatedSchema = z.object({ issueKey: z.string() });

describe('service numbers under concurrency', () => {
  let sandbox: AppSandbox;
  beforeEach(() => {
    sandbox = new AppSandbox();
  });
  afterEach(async () => {
    await sandbox.dispose();
  });

  it('gives 200 requests created at once, their triggers running concurrently, 200 distinct, consecutive numbers', async () => {
    const keys = await sandbox.holdingEvents(async () => {
      const created: string[] = [];
      for (let i = 0; i < 200; i += 1) {
        const response = await sandbox.rest({ kind: 'user', accountId: i % 2 === 0 ? PEOPLE.zhangsan : PEOPLE.wangwu }, 'POST', '/rest/servicedeskapi/request', {
          serviceDeskId: '1',
          requestTypeId: '14',
          requestFieldValues: { summary: `并发请求 ${i}` },
        });
        created.push(CreatedSchema.parse(response.body).issueKey);
      }
      return created;
    });
    await sandbox.runtime.settle();
    // The held events were delivered together and the creation triggers really ran side by side (issue 15).
    expect(sandbox.runtime.concurrencyHighWater().triggers).toBeGreaterThan(1);

    const numbers: string[] = [];
    for (const key of keys) numbers.push(ServiceRecordSchema.parse(await sandbox.property(key, 'service-record')).serviceNumber);
    const day = serviceDate(Date.now(), 'Asia/Shanghai');
    const expected = Array.from({ length: 200 }, (_, i) => `TS-${day}-${String(i + 1).padStart(3, '0')}`);
    expect([...numbers].sort()).toEqual(expected);
  });
});
