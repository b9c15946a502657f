import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { LifecycleLedger, LifecycleStart } from '../application/ports';
import { claimKey } from './kvs-claim';
import { assertMayExpire } from './retention-guard';

const STARTED = 'lifecycle:started:';
const FINISHED = 'lifecycle:finished:';
/** Batched reads are counted per operation by the platform; 100 keys per read keeps a page of search hits in one. */
const BATCH = 100;
const StartSchema = z.object({ issueKey: z.string(), scope: z.string(), at: z.number() });

/**
 * The creation lifecycle ledger: `lifecycle:started:<issueId>` while a lifecycle is under way (a prefix query
 * lists the dangling ones), `lifecycle:finished:<issueId>` once it ended. Finishing writes the second key before
 * deleting the first, so a crash in between leaves a finished lifecycle still listed, never an unfinished one hidden.
 */
export const kvsLifecycleLedger = (): LifecycleLedger => ({
  async start(issueId, start) {
    await claimKey(`${STARTED}${issueId}`, start);
  },
  async finish(issueId, outcome, at) {
    await kvs.set(`${FINISHED}${issueId}`, { outcome, at });
    assertMayExpire(`${STARTED}${issueId}`, 'delete');
    await kvs.delete(`${STARTED}${issueId}`);
  },
  async isFinished(issueId) {
    return (await kvs.get(`${FINISHED}${issueId}`)) !== undefined;
  },
  async unfinishedOf(issueIds) {
    const finished = new Set<string>();
    for (let i = 0; i < issueIds.length; i += BATCH) {
      const chunk = issueIds.slice(i, i + BATCH);
      const result = await kvs.batchGet<unknown>(chunk.map((id) => ({ key: `${FINISHED}${id}` })));
      for (const hit of result.successfulKeys) if (hit.value !== undefined) finished.add(hit.key.slice(FINISHED.length));
    }
    return new Set(issueIds.filter((id) => !finished.has(id)));
  },
  async started(cursor) {
    let query = kvs.query().where('key', WhereConditions.beginsWith(STARTED)).limit(BATCH);
    if (cursor !== null) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    const items = page.results.flatMap((r) => {
      const parsed = StartSchema.safeParse(r.value);
      return parsed.success ? [{ issueId: r.key.slice(STARTED.length), ...parsed.data }] : [];
    });
    return { items, nextPageToken: page.nextCursor ?? null };
  },
  async watchSince(at) {
    if (await claimKey('lifecycle:since', at)) return at;
    const stored: unknown = await kvs.get('lifecycle:since');
    return typeof stored === 'number' ? stored : at;
  },
  async startOf(issueId): Promise<LifecycleStart | null> {
    const parsed = StartSchema.safeParse(await kvs.get(`${STARTED}${issueId}`));
    return parsed.success ? parsed.data : null;
  },
});
