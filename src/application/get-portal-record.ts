import type { ClosePlan } from '../domain/closure';
import { isDoneStatus } from '../domain/config';
import { currentPlan } from '../domain/consultation';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { closePlanFor } from './close-request';
import { currentConfig } from './current-config';
import type { Needs, WithJira } from './deps';
import type { IssueSnapshot, Workflow } from './ports';
import { readRecord, readSurvey } from './service-record-store';
import { readSlaNow } from './sla-service';

/** What the requester's view reads: app storage, the clocks' log, and the workflow's transitions while confirming is open. */
type PortalViewDeps = Needs<'clock' | 'config' | 'events' | 'truth'> & WithJira<Workflow>;

/** The requester's view, with the close plan it was decided on (asked of the workflow only while confirming is open). */
export interface PortalView {
  readonly record: PortalRecord;
  /** What "resolved" does now; null when confirming is not open to this viewer. Confirming acts on this very plan. */
  readonly closePlan: ClosePlan | null;
}

/** The requester's view: number, commitment, clocks as of now, and whether confirming or rating is open to this viewer. */
export const getPortalRecord = async (deps: PortalViewDeps, issue: IssueSnapshot, role: PortalRole): Promise<PortalRecord> => (await portalView(deps, issue, role)).record;

export const portalView = async (deps: PortalViewDeps, issue: IssueSnapshot, role: PortalRole): Promise<PortalView> => {
  const [{ config }, stored, survey] = await Promise.all([currentConfig(deps.config), readRecord(deps, issue), readSurvey(deps, issue.id)]);
  const sla = await readSlaNow(deps, config, issue);
  const resolved = isDoneStatus(config, issue.status);
  const cycle = sla?.resolution?.cycle ?? 1;
  const confirmation = stored?.confirmation ?? null;
  const confirmedThisCycle = confirmation !== null && confirmation.cycle === cycle;
  const ratedThisCycle = survey !== null && survey.cycle === cycle;
  const canConfirm = stored !== null && resolved && !confirmedThisCycle;
  // Asked of the workflow only while the answer is open, so the page says what "resolved" will really do.
  const closePlan = canConfirm ? await closePlanFor(deps, config, issue) : null;
  const onResolved = closePlan !== null ? closePlan.kind : config.confirmation.closeTransition.trim().toLowerCase() === 'none' ? 'record-only' : 'close';
  const record: PortalRecord = {
    requestKey: issue.key,
    serviceNumber: stored?.serviceNumber ?? null,
    category: stored?.category ?? null,
    priority: stored?.priority ?? null,
    commitment: { respondBy: sla?.response?.due ?? null, resolveBy: sla?.resolution?.due ?? null },
    sla,
    status: issue.status,
    resolved,
    cycle,
    isReporter: role === 'reporter',
    canConfirm,
    canRate: role === 'reporter' && resolved && confirmedThisCycle && confirmation.resolved && !ratedThisCycle,
    onResolved,
    confirmation,
    survey,
    warningThresholds: [...config.sla.warningThresholds],
    plan: stored === null ? null : currentPlan(stored),
  };
  return { record, closePlan };
};
