import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { MirroredProperty, TruthStore } from '../application/ports';

/** Declared in manifest.yml (`app.storage.entities`): one row per request, indexed by its next SLA check. */
export const SLA_ENTITY = 'request-sla';
export const DUE_INDEX = 'by-next-check';

interface SlaRow {
  readonly issueKey: string;
  /** Absent while no clock runs, which keeps the request out of the index. */
  readonly nextCheckAt?: number;
  readonly sla: unknown;
}

/** Items per batch read; well inside the platform's batch payload limit for these values. */
const BATCH = 25;

const plainKey = (property: Exclude<MirroredProperty, 'sla'>, issueId: string): string => `truth:${property}:${issueId}`;

/**
 * The app's own copy of each request's records. The SLA snapshot lives in a custom entity so that the sweep's
 * due set is a range query on the index, read from storage that only the app can write; the other records
 * are plain keys (nothing needs to query them).
 */
export const kvsTruthStore = (): TruthStore => ({
  async get(issueId, property) {
    if (property === 'sla') return (await kvs.entity<SlaRow>(SLA_ENTITY).get(issueId))?.sla;
    return kvs.get<unknown>(plainKey(property, issueId));
  },
  async getMany(issueIds, property) {
    const out = new Map<string, unknown>();
    for (let start = 0; start < issueIds.length; start += BATCH) {
      const ids = issueIds.slice(start, start + BATCH);
      const items = ids.map((id) => (property === 'sla' ? { key: id, entityName: SLA_ENTITY } : { key: plainKey(property, id) }));
      // A missing key is a per-item failure (KEY_NOT_FOUND), which here just means "nothing stored".
      const result = await kvs.batchGet<unknown>(items);
      for (const [i, id] of ids.entries()) {
        const key = items[i]?.key;
        const hit = result.successfulKeys.find((k) => k.key === key);
        if (hit === undefined) continue;
        out.set(id, property === 'sla' ? (hit.value as SlaRow).sla : hit.value);
      }
    }
    return out;
  },
  async set(issueId, issueKey, property, value, nextCheckAt) {
    if (property !== 'sla') {
      await kvs.set(plainKey(property, issueId), value);
      return;
    }
    const row: SlaRow = { issueKey, sla: value, ...(typeof nextCheckAt === 'number' ? { nextCheckAt: Math.floor(nextCheckAt) } : {}) };
    await kvs.entity<SlaRow>(SLA_ENTITY).set(issueId, row);
  },
  async requests(cursor, limit) {
    const prefix = plainKey('service-record', '');
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
    if (cursor !== null) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    return { items: page.results.map((r) => ({ id: r.key.slice(prefix.length) })), nextPageToken: page.nextCursor ?? null };
  },
  async due(at, cursor, limit) {
    let query = kvs
      .entity<SlaRow>(SLA_ENTITY)
      .query()
      .index(DUE_INDEX)
      .where(WhereConditions.lessThanEqualTo(Math.floor(at)))
      .sort(Sort.ASC)
      .limit(limit);
    if (cursor !== null) query = query.cursor(cursor);
    const page = await query.getMany();
    return { items: page.results.map((r) => ({ id: r.key, key: r.value.issueKey })), nextPageToken: page.nextCursor ?? null };
  },
});
