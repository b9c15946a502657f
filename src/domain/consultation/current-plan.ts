import type { Consultation, Plan, PlanPart, Remedy, ServiceRecord } from '../../shared/issue-properties';

type Half = 'temporary' | 'permanent';

const fromOutcomes = (consultations: readonly Consultation[], half: Half): PlanPart | null => {
  let latest: PlanPart | null = null;
  for (const c of consultations) {
    const o = c.outcome;
    const text = o === null ? null : half === 'temporary' ? o.temporaryPlan : o.permanentPlan;
    if (o === null || text === null) continue;
    if (latest !== null && Date.parse(latest.at) > Date.parse(o.at)) continue;
    latest = { text, processingPeriod: o.processingPeriod, expectedEffect: o.expectedEffect, expectedAt: null, source: 'consultation', at: o.at };
  }
  return latest;
};

const fromRemedy = (remedy: Remedy | null): PlanPart | null =>
  remedy === null ? null : { text: remedy.text, processingPeriod: null, expectedEffect: null, expectedAt: remedy.expectedAt, source: 'remedy', at: remedy.at };

/** The later of two plan parts (a tie goes to the consultation, which says more). */
const later = (a: PlanPart | null, b: PlanPart | null): PlanPart | null => {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
};

/**
 * The plan the requester is told (issue 13 point 1): for each half, the most recently recorded of a consultation's
 * outcome and the remedy record (workaround → temporary, fix → permanent). Null when neither half exists.
 */
export const currentPlan = (record: ServiceRecord): Plan | null => {
  const consultations = record.consultations ?? [];
  const temporary = later(fromOutcomes(consultations, 'temporary'), fromRemedy(record.workaround));
  const permanent = later(fromOutcomes(consultations, 'permanent'), fromRemedy(record.fix));
  return temporary === null && permanent === null ? null : { temporary, permanent };
};

const partKey = (p: PlanPart | null): readonly unknown[] | null => (p === null ? null : [p.text, p.processingPeriod, p.expectedEffect, p.expectedAt]);

/**
 * What the requester would read, as a short stable string: a plan recorded again with the same content has the
 * same fingerprint (so it is not told twice), any change of what is told changes it. FNV-1a over the content.
 */
export const planFingerprint = (plan: Plan): string => {
  const text = JSON.stringify([partKey(plan.temporary), partKey(plan.permanent)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};
