/** Builders of the reports tests: complete stored properties with only the fields a test cares about set. */
import type { ClockDto, ServiceRecord, SlaProperty, SurveyProperty, SurveyScores } from '../../src/shared/issue-properties';
import type { RequestFacts } from '../../src/domain/reports/request-facts';

export const clock = (overrides: Partial<ClockDto> = {}): ClockDto => ({
  state: 'running',
  due: null,
  usedMinutes: 10,
  targetMinutes: 120,
  remainingMinutes: 110,
  breached: false,
  everBreached: false,
  cycle: 1,
  thresholdsReached: [],
  previousCycles: [],
  calendar: 'biz',
  ...overrides,
});

export const serviceRecord = (overrides: Partial<ServiceRecord> = {}): ServiceRecord => ({
  serviceNumber: 'TS-20261001-001',
  category: 'software',
  subcategory: null,
  urgency: 'medium',
  urgencyProposed: 'medium',
  impact: null,
  impactText: null,
  priority: 'medium',
  priorityRule: null,
  priorityReason: { en: 'priority = verified urgency', 'zh-CN': '优先级 = 核定的紧急程度' },
  channel: 'portal',
  department: null,
  contact: null,
  occurredAt: null,
  receivedAt: '2026-10-01T00:00:00.000Z',
  assumed: [],
  verification: null,
  workaround: null,
  fix: null,
  confirmation: null,
  ...overrides,
});

export const slaProperty = (clocks: Partial<Pick<SlaProperty, 'response' | 'resolution' | 'onsite'>>): SlaProperty => ({
  priority: 'medium',
  computedAt: '2026-10-01T00:00:00.000Z',
  response: null,
  resolution: null,
  onsite: null,
  nextCheckAt: null,
  breached: 'false',
  ...clocks,
});

export const scores = (
  responseSpeed: number,
  attitude: number,
  expertise: number,
  effectiveness: number,
  recurrence: number,
): SurveyScores => ({ responseSpeed, attitude, expertise, effectiveness, recurrence });

export const survey = (answers: SurveyScores, overrides: Partial<SurveyProperty> = {}): SurveyProperty => {
  const all = Object.values(answers);
  const min = Math.min(...all);
  return {
    cycle: 1,
    scores: answers,
    comment: null,
    by: 'requester-1',
    at: '2026-10-02T00:00:00.000Z',
    min,
    avg: all.reduce((sum, s) => sum + s, 0) / all.length,
    low: min < 3,
    followUp: null,
    ...overrides,
  };
};

export const facts = (overrides: Partial<RequestFacts> & Pick<RequestFacts, 'key' | 'created'>): RequestFacts => ({
  resolved: null,
  status: 'Open',
  assignee: null,
  reporter: { accountId: 'requester-1', displayName: '张三' },
  channel: null,
  serviceRecord: null,
  sla: null,
  survey: null,
  followUp: null,
  ...overrides,
});
