import { configDiffAffectsClocks, configDiffAffectsPriority, parseConfig } from '../domain/config';
import { failure, success, type Envelope } from '../shared/envelope';
import type { StoredConfigDto } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { People } from './ports';
import { toStoredConfigDto } from './get-config';

/**
 * Validates and saves a configuration on top of `expectedVersion`. A stale version is refused ('conflict'),
 * never silently overwritten. A change that moves running clocks or priorities queues a recomputation of open
 * requests (their priorities re-decided by the rules, their clocks recomputed).
 */
export const saveConfig = async (
  deps: Needs<'clock' | 'config' | 'logger' | 'queue'> & WithJira<People>,
  by: string | null,
  input: { readonly config: unknown; readonly expectedVersion: number },
): Promise<Envelope<StoredConfigDto>> => {
  const parsed = parseConfig(input.config);
  if (!parsed.ok) {
    return failure('invalid-config', parsed.error.message, parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  }
  const before = await currentConfig(deps.config);
  if (before.version !== input.expectedVersion) {
    return failure('conflict', `The configuration was changed by someone else (now version ${before.version}); reload and apply your changes again.`);
  }
  const saved = await deps.config.save(parsed.value, input.expectedVersion, by, deps.clock.now());
  if (saved === 'conflict') return failure('conflict', 'Someone else saved the configuration first; reload and apply your changes again.');
  const rulesChanged = configDiffAffectsPriority(before.config, saved.config);
  if (rulesChanged) await deps.queue.push([{ kind: 'rescan', pageToken: null, rulesChanged: true }]);
  else if (configDiffAffectsClocks(before.config, saved.config)) await deps.queue.push([{ kind: 'rescan', pageToken: null }]);
  return success(await toStoredConfigDto(deps, saved));
};
