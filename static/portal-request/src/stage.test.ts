import type { PortalRecord } from '../../../src/shared/rpc';
import { stageOf } from './stage';

const base: PortalRecord = {
  requestKey: 'SUP-1',
  serviceNumber: 'TS-20261129-001',
  category: 'software',
  priority: 'high',
  commitment: { respondBy: null, resolveBy: null },
  sla: null,
  status: 'In progress',
  resolved: false,
  cycle: 1,
  isReporter: true,
  canConfirm: false,
  canRate: false,
  onResolved: 'close',
  confirmation: null,
  survey: null,
  warningThresholds: [50, 75],
  plan: null,
};
const confirmation = (resolved: boolean, cycle = 1) => ({ by: 'u', at: '2026-11-29T01:00:00Z', resolved, cycle, comment: null });
const survey = (cycle: number) => ({
  cycle,
  scores: { responseSpeed: 5, attitude: 5, expertise: 5, effectiveness: 5, recurrence: 5 },
  comment: null,
  by: 'u',
  at: '2026-11-29T01:00:00Z',
  min: 5,
  avg: 5,
  low: false,
  followUp: null,
});

describe('stageOf', () => {
  it('is in progress while the request is open', () => {
    expect(stageOf(base)).toBe('in-progress');
  });

  it('asks the reporter to confirm once resolved', () => {
    expect(stageOf({ ...base, resolved: true, canConfirm: true })).toBe('confirm');
  });

  it('asks for a rating after a confirmation', () => {
    expect(stageOf({ ...base, resolved: true, confirmation: confirmation(true), canRate: true })).toBe('rate');
  });

  it('thanks once this cycle is rated', () => {
    expect(stageOf({ ...base, resolved: true, confirmation: confirmation(true), survey: survey(1) })).toBe('thanks');
  });

  it('asks again for a later cycle even if an earlier one was rated', () => {
    expect(stageOf({ ...base, resolved: true, cycle: 2, canConfirm: true, survey: survey(1) })).toBe('confirm');
  });

  it('says the request was reopened after "not resolved"', () => {
    expect(stageOf({ ...base, cycle: 2, confirmation: confirmation(false) })).toBe('reopened');
  });

  it('is read-only for a participant who cannot confirm or rate', () => {
    expect(stageOf({ ...base, resolved: true, isReporter: false })).toBe('resolved-read-only');
  });
});
