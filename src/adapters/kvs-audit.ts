import { randomUUID } from 'node:crypto';
import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { InvalidCursorError, type AuditLog } from '../application/ports';

export const AUDIT_PREFIX = 'audit:';
const PREFIX = AUDIT_PREFIX;
const PAGE = 50;

const EntrySchema = z.object({ at: z.number(), kind: z.string(), issueKey: z.string().optional(), detail: z.string() });

/** Keys sort by time (zero-padded epoch ms), so a prefix query lists the log oldest first. */
export const auditKeyPrefix = (at: number): string => `${PREFIX}${String(Math.max(0, Math.floor(at))).padStart(15, '0')}`;
const keyOf = (at: number): string => `${auditKeyPrefix(at)}:${randomUUID()}`;

/** The admin-visible audit log in KVS. */
export const kvsAuditLog = (): AuditLog => ({
  async append(entry) {
    await kvs.set(keyOf(entry.at), entry);
  },
  async list(cursor) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(PREFIX)).limit(PAGE);
    if (cursor !== null) query = query.cursor(cursor);
    let page;
    try {
      page = await query.getMany<unknown>();
    } catch (error) {
      // KVS refuses a cursor it did not issue with a 400; anything else (429, 5xx) is not the caller's fault.
      if (cursor !== null && error instanceof ForgeKvsAPIError && error.responseDetails.status === 400) throw new InvalidCursorError();
      throw error;
    }
    const items = page.results.flatMap((r) => {
      const parsed = EntrySchema.safeParse(r.value);
      if (!parsed.success) return [];
      const { issueKey, ...rest } = parsed.data;
      return [issueKey === undefined ? rest : { ...rest, issueKey }];
    });
    return { items, nextPageToken: page.nextCursor ?? null };
  },
});
