import { inviteesOf } from '../domain/consultation';
import { failure, success, type Envelope } from '../shared/envelope';
import type { AgentState } from '../shared/rpc';
import { writeConsultations } from './consultation-store';
import { currentConfig } from './current-config';
import type { AgentActionDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord } from './service-record-store';

export interface OpenConsultationInput {
  readonly question: string;
  readonly invitees: readonly string[];
  readonly group: string | null;
}

/**
 * Opens a team consultation (issue 12 point 7): the question goes to the named colleagues and the members of a
 * routing group, who must all be agents of the request's project; the asker is not their own invitee. Nothing is
 * written when any of that fails.
 */
export const openConsultation = async (deps: AgentActionDeps, issue: IssueSnapshot, by: string, input: OpenConsultationInput): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  let members: readonly string[] = [];
  if (input.group !== null) {
    const { config } = await currentConfig(deps.config);
    const group = config.routing.groups[input.group];
    if (group === undefined) return failure('invalid-payload', `There is no routing group "${input.group}".`, [{ path: 'group', message: 'unknown group' }]);
    members = group.members;
  }
  const invitees = inviteesOf(input.invitees, members, by);
  if (invitees.length === 0) {
    return failure('invalid-payload', 'Ask at least one colleague other than yourself.', [{ path: 'invitees', message: 'at least one colleague' }]);
  }
  const agents = await Promise.all(invitees.map((id) => deps.jira.isAgentOfProject(id, issue.projectId)));
  const notAgents = invitees.filter((_id, i) => agents[i] !== true);
  if (notAgents.length > 0) {
    return failure('invalid-payload', `Only agents of this service project can be consulted: ${notAgents.join(', ')}.`, [
      { path: 'invitees', message: `not an agent: ${notAgents.join(', ')}` },
    ]);
  }
  const consultations = record.consultations ?? [];
  const consultation = {
    id: String(consultations.length + 1),
    askedBy: by,
    askedAt: new Date(deps.clock.now()).toISOString(),
    question: input.question,
    group: input.group,
    invitees,
    replies: [],
    outcome: null,
    closedAt: null,
    closedBy: null,
  };
  await writeConsultations(deps, issue, record, [...consultations, consultation]);
  return success(await getAgentState(deps, issue));
};
