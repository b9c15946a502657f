export type OnsiteStepName = 'requested' | 'departed' | 'arrived' | 'finished';

/**
 * What the step rule reads of a visit: only whether each later step has been recorded. Structural, so the
 * record's `OnsiteVisit` (src/shared/issue-properties) is one without the domain depending on the record schema.
 */
export interface OnsiteVisitSteps {
  readonly departedAt: string | null;
  readonly arrivedAt: string | null;
  readonly finishedAt: string | null;
}

/**
 * The one step an on-site visit may take next (requested → departed → arrived → finished, then a new visit):
 * what `recordOnsite` accepts and what the agent panel offers, decided here only.
 */
export const nextOnsiteStep = (visits: readonly OnsiteVisitSteps[] | undefined): OnsiteStepName => {
  const visit = visits?.at(-1);
  if (visit === undefined || visit.finishedAt !== null) return 'requested';
  if (visit.departedAt === null) return 'departed';
  if (visit.arrivedAt === null) return 'arrived';
  return 'finished';
};
