import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SlaEventLog, StoredSlaEvent } from '../application/ports';
import { listByPrefix } from './kvs-claim';

const At = z.number();
const EventSchema = z.discriminatedUnion('type', [
  z.object({ at: At, type: z.literal('created'), priority: z.string() }),
  z.object({ at: At, type: z.literal('status'), status: z.string() }),
  z.object({ at: At, type: z.literal('comment'), public: z.boolean(), author: z.enum(['agent', 'customer']) }),
  z.object({ at: At, type: z.literal('priority'), priority: z.string() }),
  z.object({ at: At, type: z.literal('onsiteRequested') }),
  z.object({ at: At, type: z.literal('departed') }),
  z.object({ at: At, type: z.literal('workaround') }),
]);
const StoredSchema = z.object({ id: z.string(), event: EventSchema });

/** One key per event (`slaev:<issue>:<event id>`): a re-delivered event overwrites itself with the same value. */
export const kvsSlaEvents = (): SlaEventLog => ({
  async append(issueId, events) {
    for (const stored of events) await kvs.set(`slaev:${issueId}:${stored.id}`, stored);
  },
  async list(issueId) {
    const rows = await listByPrefix(`slaev:${issueId}:`);
    const out: StoredSlaEvent[] = [];
    for (const row of rows) {
      const parsed = StoredSchema.safeParse(row.value);
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  },
});
