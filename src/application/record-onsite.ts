import { isBeforePreviousStep, isFutureOccurrence } from '../domain/dates';
import { nextOnsiteStep, type OnsiteStepName } from '../domain/onsite';
import { failure, success, type Envelope } from '../shared/envelope';
import type { OnsiteVisit } from '../shared/issue-properties';
import type { AgentState } from '../shared/rpc';
import type { AppDeps } from './deps';
import { getAgentState } from './get-agent-state';
import type { IssueSnapshot, StoredSlaEvent } from './ports';
import { refreshRequest } from './refresh-request';
import { readRecord, writeRecord } from './service-record-store';

export type OnsiteStep =
  | { readonly step: 'requested' }
  | { readonly step: 'departed'; readonly at?: string; readonly tools?: string }
  | { readonly step: 'arrived'; readonly at?: string }
  | { readonly step: 'finished'; readonly at?: string; readonly result?: string };

const iso = (ms: number): string => new Date(ms).toISOString();

const REFUSALS: Record<OnsiteStepName, string> = {
  requested: 'An on-site visit is already under way.',
  departed: 'No on-site visit is waiting for departure.',
  arrived: 'No departed on-site visit is waiting for arrival.',
  finished: 'No on-site visit has arrived.',
};

/** The time the step before this one was recorded, or why this step is not the visit's next one. */
const previousStep = (visits: readonly OnsiteVisit[], step: OnsiteStepName): { readonly at: string } | string => {
  if (nextOnsiteStep(visits) !== step) return REFUSALS[step];
  const open = visits.at(-1);
  if (step === 'requested' || open === undefined) return { at: '' };
  return { at: (step === 'departed' ? open.requestedAt : step === 'arrived' ? open.departedAt : open.arrivedAt) ?? '' };
};

/**
 * On-site visits for every priority (issue 12 point 6): requested → departed → arrived → finished, in order,
 * kept on the record with who, when and the tools carried. "Requested" starts the departure clock and
 * "departed" stops it for priorities the configuration gives an on-site target; other priorities record the
 * visit without a clock. A step recorded afterwards may give its time: never in the future, never before the
 * step before (refused naming `at`, nothing written).
 */
export const recordOnsite = async (deps: AppDeps, issue: IssueSnapshot, by: string, input: OnsiteStep): Promise<Envelope<AgentState>> => {
  const record = await readRecord(deps, issue);
  if (record === null) return failure('invalid-state', 'This request has no service record yet.');
  const visits = record.onsiteVisits ?? [];
  const last = visits.at(-1);
  const previous = previousStep(visits, input.step);
  if (typeof previous === 'string') return failure('invalid-state', previous);

  const now = deps.clock.now();
  const given = input.step !== 'requested' && input.at !== undefined ? Date.parse(input.at) : null;
  if (given !== null && isFutureOccurrence(given, now)) return failure('invalid-payload', 'The time lies in the future.', [{ path: 'at', message: 'must not be in the future' }]);
  if (given !== null && previous.at !== '' && isBeforePreviousStep(given, Date.parse(previous.at))) {
    return failure('invalid-payload', 'The time lies before the previous step of the visit.', [{ path: 'at', message: 'must not be before the previous step' }]);
  }
  const at = given ?? now;

  let events: StoredSlaEvent[] = [];
  let next: OnsiteVisit[];
  if (input.step === 'requested' || last === undefined) {
    next = [...visits, { requestedAt: iso(at), requestedBy: by, departedAt: null, departedBy: null, tools: null, arrivedAt: null, finishedAt: null, result: null }];
    events = [{ id: `onsite-${at}`, event: { at, type: 'onsiteRequested' } }];
  } else {
    const updated: OnsiteVisit =
      input.step === 'departed'
        ? { ...last, departedAt: iso(at), departedBy: by, tools: input.tools === undefined || input.tools === '' ? null : input.tools }
        : input.step === 'arrived'
          ? { ...last, arrivedAt: iso(at) }
          : { ...last, finishedAt: iso(at), result: input.result === undefined || input.result === '' ? null : input.result };
    next = [...visits.slice(0, -1), updated];
    if (input.step === 'departed') events = [{ id: `departed-${at}`, event: { at, type: 'departed' } }];
  }
  await writeRecord(deps, issue, { ...record, onsiteVisits: next });
  if (events.length > 0) {
    await deps.events.append(issue.id, events);
    await refreshRequest(deps, issue);
  }
  return success(await getAgentState(deps, issue));
};
