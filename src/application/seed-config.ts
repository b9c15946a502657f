import { defaultConfig } from '../domain/config';
import type { Needs } from './deps';

/** On install: store the standard's defaults as version 1 unless a configuration exists (reinstall, upgrade). */
export const seedConfig = async (deps: Needs<'clock' | 'config'>): Promise<'seeded' | 'kept'> => {
  if ((await deps.config.load()) !== null) return 'kept';
  const saved = await deps.config.save(defaultConfig(), 0, null, deps.clock.now());
  return saved === 'conflict' ? 'kept' : 'seeded';
};
