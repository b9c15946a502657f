import { waitingFor } from '../domain/consultation';
import type { ConsultationOptions } from '../shared/rpc';
import { bestEffort } from './best-effort';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { IssueSearch, People } from './ports';
import { readRecord } from './service-record-store';

/** How many requests the "waiting for me" list reads; an agent with more finds them all in the queue by JQL. */
const WAITING_LIMIT = 20;

const waitingForViewer = async (deps: Needs<'truth'> & WithJira<IssueSearch>, viewer: string): Promise<ConsultationOptions['waitingForMe']> => {
  const candidates = await deps.jira.searchConsultationsPending(viewer, WAITING_LIMIT);
  const records = await Promise.all(candidates.map(async (issue) => ({ issue, record: await readRecord(deps, issue) })));
  // The index reads the mirror, which anyone who can edit the issue can write: app storage decides.
  return records.flatMap(({ issue, record }) =>
    (record?.consultations ?? [])
      .filter((c) => waitingFor(c).includes(viewer))
      .map((c) => ({ issueKey: issue.key, serviceNumber: record?.serviceNumber ?? '', consultationId: c.id, question: c.question, askedBy: c.askedBy })),
  );
};

/**
 * Whom an agent can consult (issue 12 point 7): the configured routing groups and their members, plus the duty
 * supervisor, by name; who is asking, so the panel offers answering only to those the backend lets answer; and the
 * open consultations on any request that wait for the viewer's opinion.
 */
export const getConsultationOptions = async (
  deps: Needs<'config' | 'logger' | 'truth'> & WithJira<People & IssueSearch>,
  viewer: string,
): Promise<ConsultationOptions> => {
  const { config } = await currentConfig(deps.config);
  const groups = Object.entries(config.routing.groups).map(([id, g]) => ({ id, name: g.name, members: [...g.members] }));
  const supervisor = config.routing.dutySupervisor;
  const waitingForMe = await waitingForViewer(deps, viewer);
  const ids = [...new Set([...groups.flatMap((g) => g.members), ...(supervisor === undefined ? [] : [supervisor])])];
  const everyone = [...new Set([...ids, ...waitingForMe.map((w) => w.askedBy)])];
  const people: Record<string, string> = {};
  await Promise.all(
    everyone.map((accountId) =>
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
    // Who asked, by name (the panel shows names, never raw ids).
    waitingForMe: waitingForMe.map((w) => ({ ...w, askedBy: people[w.askedBy] ?? w.askedBy })),
  };
};
