import { currentPlan } from '../domain/consultation';
import type { PortalRecord } from '../shared/rpc';
import type { PortalRole } from './authorize';
import { currentConfig } from './current-config';
import type { AppDeps } from './deps';
import type { IssueSnapshot } from './ports';
import { readSlaNow } from './read-sla-now';
import { readRecord, readSurvey } from './service-record-store';

/** The requester's view: number, commitment, clocks as of now, and whether confirming or rating is open to this viewer. */
export const getPortalRecord = async (deps: AppDeps, issue: IssueSnapshot, role: PortalRole): Promise<PortalRecord> => {
  const [{ config }, record, survey] = await Promise.all([currentConfig(deps.config), readRecord(deps, issue), readSurvey(deps, issue.id)]);
  const sla = await readSlaNow(deps, config, issue);
  const resolved = config.sla.doneStatuses.some((s) => s.toLowerCase() === issue.status.toLowerCase());
  const cycle = sla?.resolution?.cycle ?? 1;
  const confirmation = record?.confirmation ?? null;
  const confirmedThisCycle = confirmation !== null && confirmation.cycle === cycle;
  const ratedThisCycle = survey !== null && survey.cycle === cycle;
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
    canConfirm: record !== null && resolved && !confirmedThisCycle,
    canRate: role === 'reporter' && resolved && confirmedThisCycle && confirmation.resolved && !ratedThisCycle,
    confirmation,
    survey,
    warningThresholds: [...config.sla.warningThresholds],
    plan: record === null ? null : currentPlan(record),
  };
};
