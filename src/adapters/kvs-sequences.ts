import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SequenceRepository } from '../application/ports';
import { claimKey } from './kvs-claim';

const ClaimSchema = z.object({ owner: z.string() });
const pad = (n: number): string => String(n).padStart(9, '0');

/**
 * Dense sequences from create-if-absent claims: value n belongs to whoever created `seq:<scope>:n` first,
 * so no two owners share one. A hint records a value known to be taken; every value up to any hint ever
 * written is taken, so scanning up from the hint never skips a free value (the sequence stays dense).
 */
export const kvsSequences = (): SequenceRepository => {
  const ownerKey = (scope: string, owner: string) => `seqowner:${scope}:${owner}`;
  const claimed: SequenceRepository['claimed'] = async (scope, owner) => {
    const value: unknown = await kvs.get(ownerKey(scope, owner));
    return typeof value === 'number' ? value : null;
  };
  return {
    claimed,
    async claim(scope, owner) {
      const known = await claimed(scope, owner);
      if (known !== null) return known;
      const hintKey = `seqhint:${scope}`;
      const hint: unknown = await kvs.get(hintKey);
      let n = typeof hint === 'number' ? hint + 1 : 1;
      for (;;) {
        const key = `seq:${scope}:${pad(n)}`;
        if (await claimKey(key, { owner })) break;
        // A previous run for this owner may have claimed it and crashed before recording it.
        const holder = ClaimSchema.safeParse(await kvs.get(key));
        if (holder.success && holder.data.owner === owner) break;
        n += 1;
      }
      await kvs.set(ownerKey(scope, owner), n);
      await kvs.set(hintKey, n);
      return n;
    },
  };
};
