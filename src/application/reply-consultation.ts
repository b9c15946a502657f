import { failure, success, type Envelope } from '../shared/envelope';
import type { AgentState } from '../shared/rpc';
import { findConsultation, writeConsultations } from './consultation-store';
import type { AgentActionDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord } from './service-record-store';

/** An invitee's (or the asker's) opinion on an open consultation; it no longer waits for that invitee. */
export const replyConsultation = async (deps: AgentActionDeps, issue: IssueSnapshot, by: string, input: { readonly id: string; readonly text: string }): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const consultation = findConsultation(record, input.id);
  if (consultation === undefined) return failure('invalid-payload', 'No such consultation on this request.', [{ path: 'id', message: 'unknown consultation' }]);
  if (consultation.closedAt !== null) return failure('invalid-state', 'This consultation is closed.');
  if (by !== consultation.askedBy && !consultation.invitees.includes(by)) {
    // A rule of the consultation, not of access: the caller is an agent of the project, just not one asked here.
    return failure('invalid-state', 'Only the colleagues asked and the asker can answer this consultation.');
  }
  const reply = { by, at: new Date(deps.clock.now()).toISOString(), text: input.text };
  const next = (record.consultations ?? []).map((c) => (c.id === consultation.id ? { ...c, replies: [...c.replies, reply] } : c));
  await writeConsultations(deps, issue, record, next);
  return success(await getAgentState(deps, issue));
};
