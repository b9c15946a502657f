import { defaultConfig } from '../domain/config';
import type { ConfigRepository, StoredConfig } from './ports';

/** The saved configuration, or the standard's defaults (version 0) before anyone saved one. */
export const currentConfig = async (repo: ConfigRepository): Promise<StoredConfig> =>
  (await repo.load()) ?? { config: defaultConfig(), version: 0, updatedAt: null, updatedBy: null };
