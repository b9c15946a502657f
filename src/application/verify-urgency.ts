import { failure, success, type Envelope } from '../shared/envelope';
import type { Urgency } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { refreshRequest } from './refresh-request';
import { decideForRecord, storePriorityChange, withDecision } from './reprioritise';
import { readRecord } from './service-record-store';

/** An agent verifies (or corrects) the requester's urgency: recorded who/when/from→to, and the priority follows. */
export const verifyUrgency = async (
  deps: AppDeps,
  issue: IssueSnapshot,
  by: string,
  input: { readonly urgency: Urgency; readonly note: string | null },
): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const { config } = await currentConfig(deps.config);
  const at = deps.clock.now();
  const verified = {
    ...record,
    urgency: input.urgency,
    verification: { by, at: new Date(at).toISOString(), from: record.urgency, to: input.urgency, note: input.note },
  };
  await storePriorityChange(deps, config, issue, record, withDecision(verified, decideForRecord(config, verified)), { path: 'verification', eventId: `verify-${at}`, at });
  await refreshRequest(deps, issue);
  return success(await getAgentState(deps, issue));
};
