import { failure, success, type Envelope } from '../shared/envelope';
import type { ConsultationOutcome } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import { bestEffort } from './best-effort';
import { findConsultation, writeConsultations } from './consultation-store';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot } from './ports';
import { readRecord } from './service-record-store';
import { tellPlan } from './tell-plan';

export interface OutcomeInput {
  readonly id: string;
  readonly temporaryPlan: string | null;
  readonly permanentPlan: string | null;
  readonly processingPeriod: string | null;
  readonly expectedEffect: string | null;
  /** Also close the consultation. */
  readonly close: boolean;
}

/**
 * Records what the team decided (issue 12 point 7) — temporary plan, permanent plan, processing period, expected
 * effect — keeping the outcome it replaces in `previous`; then tells the requester the plan if it changed (issue 13
 * point 1). Any agent of the project may record it; a closed consultation's outcome is final.
 */
export const recordConsultationOutcome = async (deps: AppDeps, issue: IssueSnapshot, by: string, input: OutcomeInput): Promise<Envelope<AgentState>> => {
  if (input.temporaryPlan === null && input.permanentPlan === null) {
    return failure('invalid-payload', 'Record a temporary or a permanent plan.', [{ path: 'temporaryPlan', message: 'a temporary or a permanent plan is required' }]);
  }
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const consultation = findConsultation(record, input.id);
  if (consultation === undefined) return failure('invalid-payload', 'No such consultation on this request.', [{ path: 'id', message: 'unknown consultation' }]);
  if (consultation.closedAt !== null) return failure('invalid-state', 'This consultation is closed.');
  const at = new Date(deps.clock.now()).toISOString();
  const latest = { temporaryPlan: input.temporaryPlan, permanentPlan: input.permanentPlan, processingPeriod: input.processingPeriod, expectedEffect: input.expectedEffect, by, at };
  let outcome: ConsultationOutcome = latest;
  if (consultation.outcome !== null) {
    const { previous = [], ...replaced } = consultation.outcome;
    outcome = { ...latest, previous: [...previous, replaced] };
  }
  const closed = input.close ? { closedAt: at, closedBy: by } : {};
  const next = (record.consultations ?? []).map((c) => (c.id === consultation.id ? { ...c, outcome, ...closed } : c));
  await writeConsultations(deps, issue, record, next);
  // The outcome is saved; a comment Jira refuses for good must not report it as failed (the next change tells again).
  await bestEffort(deps, `telling the plan of ${issue.key}`, async () => {
    await tellPlan(deps, issue);
  });
  return success(await getAgentState(deps, issue));
};
