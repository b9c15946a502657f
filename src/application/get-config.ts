import type { StoredConfigDto } from '../shared/rpc';
import type { StoredConfig } from './ports';

export const toStoredConfigDto = (stored: StoredConfig): StoredConfigDto => ({
  config: stored.config,
  version: stored.version,
  updatedAt: stored.updatedAt === null ? null : new Date(stored.updatedAt).toISOString(),
  updatedBy: stored.updatedBy,
});
