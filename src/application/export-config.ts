import type { ConfigExport } from '../shared/rpc';
import type { StoredConfig } from './ports';

export const exportConfig = (stored: StoredConfig, at: number): ConfigExport => ({
  format: 'support-standard-config',
  exportedAt: new Date(at).toISOString(),
  version: stored.version,
  config: stored.config,
});
