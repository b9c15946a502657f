import { kvs } from '@forge/kvs';
import type { Clock, OnceRepository } from '../application/ports';
import { claimKey } from './kvs-claim';

/** Exactly-once markers (notifications, acknowledgements) as create-if-absent keys. */
export const kvsOnce = (clock: Clock): OnceRepository => ({
  claim: (key) => claimKey(`once:${key}`, { at: clock.now() }),
  async forget(key) {
    await kvs.delete(`once:${key}`);
  },
});
