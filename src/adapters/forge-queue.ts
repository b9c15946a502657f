import { Queue } from '@forge/events';
import type { WorkItem, WorkQueue } from '../application/ports';

/** The platform accepts at most 50 events per push. */
const PUSH_LIMIT = 50;
export const WORK_QUEUE_KEY = 'sla-work';

export const forgeQueue = (): WorkQueue => {
  const queue = new Queue({ key: WORK_QUEUE_KEY });
  return {
    async push(items: readonly WorkItem[]) {
      for (let i = 0; i < items.length; i += PUSH_LIMIT) {
        await queue.push(items.slice(i, i + PUSH_LIMIT).map((item) => ({ body: { ...item } })));
      }
    },
  };
};
