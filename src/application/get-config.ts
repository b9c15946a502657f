import type { StoredConfigDto } from '../shared/rpc';
import { bestEffort } from './best-effort';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { People, StoredConfig } from './ports';

/** Who saved the configuration, by the display name Jira knows them by (null when unsaved or Jira refuses). */
const saverName = async (deps: Needs<'logger'> & WithJira<People>, accountId: string | null): Promise<string | null> => {
  if (accountId === null) return null;
  let name: string | null = null;
  await bestEffort(deps, 'display name lookup', async () => {
    const found = (await deps.jira.getUser(accountId))?.displayName ?? '';
    if (found !== '') name = found;
  });
  return name;
};

export const toStoredConfigDto = async (deps: Needs<'logger'> & WithJira<People>, stored: StoredConfig): Promise<StoredConfigDto> => ({
  config: stored.config,
  version: stored.version,
  updatedAt: stored.updatedAt === null ? null : new Date(stored.updatedAt).toISOString(),
  updatedBy: stored.updatedBy,
  updatedByName: await saverName(deps, stored.updatedBy),
});

/** The stored configuration for the admin page (the caller is authorised as an admin first). */
export const getStoredConfig = async (
  deps: Needs<'config' | 'logger'> & WithJira<People>,
): Promise<StoredConfigDto> => toStoredConfigDto(deps, await currentConfig(deps.config));
