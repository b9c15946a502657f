import type { PortalRecord } from '../../../src/shared/rpc';

/**
 * Where the request stands for the person looking at it, in the order of the standard's closing loop:
 * handling → requester confirms → requester rates → thanks (DOMAIN.md §6).
 */
export type Stage =
  | 'in-progress'
  | 'reopened'
  | 'confirm'
  | 'rate'
  | 'thanks'
  | 'resolved-read-only';

export const stageOf = (record: PortalRecord): Stage => {
  if (!record.resolved) {
    return record.confirmation !== null && !record.confirmation.resolved ? 'reopened' : 'in-progress';
  }
  if (record.survey !== null && record.survey.cycle === record.cycle) return 'thanks';
  if (record.canConfirm) return 'confirm';
  if (record.canRate) return 'rate';
  return 'resolved-read-only';
};
