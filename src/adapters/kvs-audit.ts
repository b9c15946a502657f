import { randomUUID } from 'node:crypto';
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { AuditLog } from '../application/ports';

const PREFIX = 'audit:';
const PAGE = 50;

const EntrySchema = z.object({ at: z.number(), kind: z.string(), issueKey: z.string().optional(), detail: z.string() });

/** Keys sort by time (zero-padded epoch ms), so a prefix query lists the log oldest first. */
const keyOf = (at: number): string => `${PREFIX}${String(Math.max(0, Math.floor(at))).padStart(15, '0')}:${randomUUID()}`;

/** The admin-visible audit log in KVS. */
export const kvsAuditLog = (): AuditLog => ({
  async append(entry) {
    await kvs.set(keyOf(entry.at), entry);
  },
  async list(cursor) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(PREFIX)).limit(PAGE);
    if (cursor !== null) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    const items = page.results.flatMap((r) => {
      const parsed = EntrySchema.safeParse(r.value);
      if (!parsed.success) return [];
      const { issueKey, ...rest } = parsed.data;
      return [issueKey === undefined ? rest : { ...rest, issueKey }];
    });
    return { items, nextPageToken: page.nextCursor ?? null };
  },
});
