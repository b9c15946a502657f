import type { OnsiteVisit } from '../shared/issue-properties';

export type OnsiteStepName = 'requested' | 'departed' | 'arrived' | 'finished';

/**
 * The one step an on-site visit may take next (requested → departed → arrived → finished, then a new visit):
 * what `recordOnsite` accepts and what the agent panel offers, decided here only.
 */
export const nextOnsiteStep = (visits: readonly OnsiteVisit[] | undefined): OnsiteStepName => {
  const visit = visits?.at(-1);
  if (visit === undefined || visit.finishedAt !== null) return 'requested';
  if (visit.departedAt === null) return 'departed';
  if (visit.arrivedAt === null) return 'arrived';
  return 'finished';
};
