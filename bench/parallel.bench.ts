/**
 * Service numbers when creations really run at once: 200 requests are created while their events are held,
 * then delivered together to the sandbox runtime, which runs trigger invocations concurrently (64 at a time
 * under contention, one at a time uncontended). Every number must be unique and the day's sequence dense (no
 * gaps). The cost is the KVS operations the numbering itself makes (`seq*` keys), per number.
 */
import { z } from 'zod';
import { ServiceRecordSchema } from '../src/shared/issue-properties';
import { createAppHarness, PEOPLE } from './support/app-harness';

const CREATIONS = 200;
const CreatedSchema = z.object({ issueKey: z.string() });

const createAtOnce = async (parallelism: number): Promise<{ numbers: readonly number[]; kvsPerNumber: number; highWater: number }> => {
  const harness = await createAppHarness({ parallelism });
  try {
    const before = harness.costs();
    const keys = await harness.holdingEvents(async () => {
      const created: string[] = [];
      for (let i = 0; i < CREATIONS; i += 1) {
        const response = await harness.rest({ kind: 'user', accountId: PEOPLE.zhangsan }, 'POST', '/rest/servicedeskapi/request', {
          serviceDeskId: '1',
          requestTypeId: '14',
          requestFieldValues: { summary: `并发请求 ${i}` },
        });
        created.push(CreatedSchema.parse(response.body).issueKey);
      }
      return created;
    });
    await harness.runtime.settle();
    const after = harness.costs();
    const numbering = after.kvsKeys.slice(before.kvsKeys.length).filter((k) => k.startsWith('seq')).length;
    const numbers: number[] = [];
    for (const key of keys) {
      const record = ServiceRecordSchema.parse(await harness.property(key, 'service-record'));
      numbers.push(Number(record.serviceNumber.split('-').at(-1)));
    }
    return { numbers, kvsPerNumber: numbering / CREATIONS, highWater: harness.runtime.concurrencyHighWater().triggers };
  } finally {
    await harness.dispose();
  }
};

export const run = async (): Promise<string[]> => {
  const serial = await createAtOnce(1);
  const contended = await createAtOnce(64);
  const unique = new Set(contended.numbers).size;
  const top = Math.max(...contended.numbers);
  const gaps = top - unique;
  return [
    `parallel: ${CREATIONS} creations, ${unique} unique, ${gaps} gaps, ${serial.kvsPerNumber.toFixed(1)} KVS ops per number uncontended, ${contended.kvsPerNumber.toFixed(1)} contended (${contended.highWater} triggers at once)`,
  ];
};
