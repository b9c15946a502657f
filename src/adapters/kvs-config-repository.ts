import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ConfigRepository, StoredConfig } from '../application/ports';
import { parseConfig } from '../domain/config';
import { claimKey } from './kvs-claim';

const VersionRowSchema = z.object({ config: z.unknown(), updatedAt: z.number(), updatedBy: z.string().nullable() });
export const CONFIG_VERSION_PREFIX = 'config:v:';
export const configVersionKey = (version: number): string => `${CONFIG_VERSION_PREFIX}${String(version).padStart(9, '0')}`;
export const CONFIG_HEAD_KEY = 'config:head';
const versionKey = configVersionKey;
const HEAD_KEY = CONFIG_HEAD_KEY;

/**
 * Versioned configuration with optimistic concurrency: version n+1 can be created only once
 * (create-if-absent), so of two saves based on version n exactly one wins and the other gets 'conflict'.
 * Earlier versions stay as history. `config:head` is a hint; load walks forward from it to the newest.
 */
export const kvsConfigRepository = (): ConfigRepository => {
  const readVersion = async (version: number): Promise<StoredConfig | null> => {
    const row = VersionRowSchema.safeParse(await kvs.get(versionKey(version)));
    if (!row.success) return null;
    const config = parseConfig(row.data.config);
    if (!config.ok) throw new Error(`stored configuration v${version} no longer parses: ${config.error.message}`);
    return { config: config.value, version, updatedAt: row.data.updatedAt, updatedBy: row.data.updatedBy };
  };
  const loadNewest = async (): Promise<StoredConfig | null> => {
    const head: unknown = await kvs.get(HEAD_KEY);
    let version = typeof head === 'number' ? head : 1;
    let latest = await readVersion(version);
    if (latest === null && version !== 1) throw new Error(`configuration head v${version} is missing`);
    for (;;) {
      const next = await readVersion(version + 1);
      if (next === null) break;
      latest = next;
      version += 1;
    }
    return latest;
  };
  // One repository serves one invocation (see compose.ts): the configuration is read once per invocation, not
  // once per use case step (issue 15). A failed read is not kept, so the next call tries again.
  let loaded: Promise<StoredConfig | null> | null = null;
  return {
    load() {
      loaded ??= loadNewest().catch((error: unknown) => {
        loaded = null;
        throw error;
      });
      return loaded;
    },
    async save(config, expectedVersion, by, at) {
      const version = expectedVersion + 1;
      if (!(await claimKey(versionKey(version), { config, updatedAt: at, updatedBy: by }))) {
        loaded = null;
        return 'conflict';
      }
      await kvs.set(HEAD_KEY, version);
      const saved: StoredConfig = { config, version, updatedAt: at, updatedBy: by };
      loaded = Promise.resolve(saved);
      return saved;
    },
  };
};
