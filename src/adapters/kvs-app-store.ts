import { kvs } from '@forge/kvs';
import type { AppStore } from '../application/ports';
import { listByPrefix } from './kvs-claim';

/** Plain KVS reads by prefix and writes, for the app-data export and import. */
export const kvsAppStore = (): AppStore => ({
  list: listByPrefix,
  async set(key, value) {
    await kvs.set(key, value);
  },
});
