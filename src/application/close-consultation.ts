import { failure, success, type Envelope } from '../shared/envelope';
import type { AgentState } from '../shared/rpc';
import { findConsultation, writeConsultations } from './consultation-store';
import type { AgentActionDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord } from './service-record-store';

/** Closes a consultation (with or without an outcome): it waits for nobody any more. Closing twice changes nothing. */
export const closeConsultation = async (deps: AgentActionDeps, issue: IssueSnapshot, by: string, input: { readonly id: string }): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const consultation = findConsultation(record, input.id);
  if (consultation === undefined) return failure('invalid-payload', 'No such consultation on this request.', [{ path: 'id', message: 'unknown consultation' }]);
  if (consultation.closedAt === null) {
    const at = new Date(deps.clock.now()).toISOString();
    const next = (record.consultations ?? []).map((c) => (c.id === consultation.id ? { ...c, closedAt: at, closedBy: by } : c));
    await writeConsultations(deps, issue, record, next);
  }
  return success(await getAgentState(deps, issue));
};
