import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SequenceRepository } from '../application/ports';
import { claimKey } from './kvs-claim';

const ClaimSchema = z.object({ owner: z.string() });
const PendingSchema = z.object({ from: z.number().int().positive() });
const pad = (n: number): string => String(n).padStart(9, '0');

/**
 * Dense sequences from create-if-absent claims: value n belongs to whoever created `seq:<scope>:n` first, so no
 * two owners share one. A hint records a value known to be taken; every value up to any hint ever written is
 * taken, so scanning up from the hint never skips a free value (the sequence stays dense).
 *
 * Crash safety: before scanning, the owner's record `seqowner:<scope>:<owner>` is created holding where the scan
 * starts (`{from}`); once the value is won it holds the value. An owner's scan takes the first value it can
 * create or already holds, and every value below that was someone else's, so a rerun — a retry after a crash
 * between the claim and the record, or a duplicate running at the same time — scanning from the same `from`
 * stops at the very same value. No number is burnt by a crash and no owner ever holds two.
 */
export const kvsSequences = (): SequenceRepository => {
  const ownerKey = (scope: string, owner: string) => `seqowner:${scope}:${owner}`;
  const valueKey = (scope: string, n: number) => `seq:${scope}:${pad(n)}`;
  const holderOf = async (scope: string, n: number): Promise<string | null> => {
    const holder = ClaimSchema.safeParse(await kvs.get(valueKey(scope, n)));
    return holder.success ? holder.data.owner : null;
  };
  /** The owner's record: its value, where its scan starts, or nothing yet. */
  const ownerRecord = async (scope: string, owner: string): Promise<number | { from: number } | null> => {
    const value: unknown = await kvs.get(ownerKey(scope, owner));
    if (typeof value === 'number') return value;
    const pending = PendingSchema.safeParse(value);
    return pending.success ? pending.data : null;
  };
  return {
    async claimed(scope, owner) {
      const record = await ownerRecord(scope, owner);
      if (record === null || typeof record === 'number') return record;
      // Read-only walk of the scan a crashed run made: its value is the first one it holds before a free one.
      for (let n = record.from; ; n += 1) {
        const holder = await holderOf(scope, n);
        if (holder === null) return null;
        if (holder === owner) return n;
      }
    },
    async claim(scope, owner) {
      let record = await ownerRecord(scope, owner);
      if (typeof record === 'number') return record;
      if (record === null) {
        const hint: unknown = await kvs.get(`seqhint:${scope}`);
        const from = typeof hint === 'number' ? hint + 1 : 1;
        // Create-if-absent: a duplicate that got here first fixed the start, and every run of this owner uses it.
        record = (await claimKey(ownerKey(scope, owner), { from })) ? { from } : await ownerRecord(scope, owner);
        if (typeof record === 'number') return record;
        if (record === null) throw new Error(`sequence record of ${owner} in ${scope} is unreadable`);
      }
      let n = record.from;
      for (;;) {
        if (await claimKey(valueKey(scope, n), { owner })) break;
        if ((await holderOf(scope, n)) === owner) break;
        n += 1;
      }
      await kvs.set(ownerKey(scope, owner), n);
      await kvs.set(`seqhint:${scope}`, n);
      return n;
    },
  };
};
