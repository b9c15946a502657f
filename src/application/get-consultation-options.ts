import type { ConsultationOptions } from '../shared/rpc';
import { bestEffort } from './best-effort';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';

/**
 * Whom an agent can consult (issue 12 point 7): the configured routing groups and their members, plus the duty
 * supervisor, by name; and who is asking, so the panel offers answering only to those the backend lets answer.
 */
export const getConsultationOptions = async (deps: AppDeps, viewer: string): Promise<ConsultationOptions> => {
  const { config } = await currentConfig(deps.config);
  const groups = Object.entries(config.routing.groups).map(([id, g]) => ({ id, name: g.name, members: [...g.members] }));
  const supervisor = config.routing.dutySupervisor;
  const ids = [...new Set([...groups.flatMap((g) => g.members), ...(supervisor === undefined ? [] : [supervisor])])];
  const people: Record<string, string> = {};
  await Promise.all(
    ids.map((accountId) =>
      bestEffort(deps, 'display name lookup', async () => {
        const name = (await deps.jira.getUser(accountId))?.displayName ?? '';
        if (name !== '') people[accountId] = name;
      }),
    ),
  );
  return {
    viewer,
    colleagues: ids.map((accountId) => ({ accountId, displayName: people[accountId] ?? accountId })),
    groups: groups.filter((g) => g.members.length > 0),
  };
};
