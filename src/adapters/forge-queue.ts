import { Queue } from '@forge/events';
import type { WorkItem, WorkQueue } from '../application/ports';

/** The platform accepts at most 50 events per push. */
const PUSH_LIMIT = 50;
/** …and delays an event by at most 900 s. */
const MAX_DELAY_SECONDS = 900;
export const WORK_QUEUE_KEY = 'sla-work';

export const forgeQueue = (): WorkQueue => {
  const queue = new Queue({ key: WORK_QUEUE_KEY });
  return {
    async push(items: readonly WorkItem[], delaySeconds?: number) {
      const delay = delaySeconds === undefined || delaySeconds <= 0 ? {} : { delayInSeconds: Math.min(delaySeconds, MAX_DELAY_SECONDS) };
      for (let i = 0; i < items.length; i += PUSH_LIMIT) {
        await queue.push(items.slice(i, i + PUSH_LIMIT).map((item) => ({ body: { ...item }, ...delay })));
      }
    },
  };
};
