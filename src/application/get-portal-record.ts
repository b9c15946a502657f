import { isDoneStatus } from '../domain/config';
import { currentPlan } from '../domain/consultation';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { closePlanFor } from './close-request';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import type { IssueSnapshot } from './ports';
import { readSlaNow } from './read-sla-now';
import { readRecord, readSurvey } from './service-record-store';

/** The requester's view: number, commitment, clocks as of now, and whether confirming or rating is open to this viewer. */
export const getPortalRecord = async (deps: AppDeps, issue: IssueSnapshot, role: PortalRole): Promise<PortalRecord> => {
  const [{ config }, record, survey] = await Promise.all([currentConfig(deps.config), readRecord(deps, issue), readSurvey(deps, issue.id)]);
  const sla = await readSlaNow(deps, config, issue);
  const resolved = isDoneStatus(config, issue.status);
  const cycle = sla?.resolution?.cycle ?? 1;
  const confirmation = record?.confirmation ?? null;
  const confirmedThisCycle = confirmation !== null && confirmation.cycle === cycle;
  const ratedThisCycle = survey !== null && survey.cycle === cycle;
  const canConfirm = record !== null && resolved && !confirmedThisCycle;
  // Asked of the workflow only while the answer is open, so the page says what "resolved" will really do.
  const onResolved = canConfirm ? (await closePlanFor(deps, config, issue)).kind : config.confirmation.closeTransition.trim().toLowerCase() === 'none' ? 'record-only' : 'close';
  return {
    requestKey: issue.key,
    serviceNumber: record?.serviceNumber ?? null,
    category: record?.category ?? null,
    priority: record?.priority ?? null,
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
    plan: record === null ? null : currentPlan(record),
  };
};
