import type { Calendar } from '../calendar/types';
import type { CalendarLookup, ClockName, PriorityTarget, SlaEvent, SlaPolicy, SlaSnapshot } from './types';
import { isActive, resumeCycle, setRunning, startCycle, stopCycle, type ClockTrack } from './clock-track';
import { measureClock } from './measure-clock';
import { CLOCK_NAMES } from '../vocabulary';
import { workingMsOf, type Span } from './working-time';

const INITIAL_STATUS = 'Open';

interface RequestState {
  priority: string;
  status: string;
  readonly response: ClockTrack;
  readonly resolution: ClockTrack;
  readonly onsite: ClockTrack;
}

interface Rules {
  readonly policy: SlaPolicy;
  readonly calendars: CalendarLookup;
}

interface Applicable {
  readonly target: PriorityTarget;
  readonly calendar: Calendar;
}

/** Target and calendar of a priority; undefined when the policy cannot measure it (unknown priority or calendar). */
const applicable = (rules: Rules, priority: string): Applicable | undefined => {
  const target = rules.policy.priorities[priority];
  const calendar = target === undefined ? undefined : rules.calendars[target.calendar];
  return target === undefined || calendar === undefined ? undefined : { target, calendar };
};

const targetOf = (target: PriorityTarget, clock: ClockName): number | undefined =>
  clock === 'onsite' ? target.onsite : target[clock];

/** Stops a clock with the outcome measured on the given priority's calendar and target. */
const stop = (track: ClockTrack, at: number, current: Applicable, clock: ClockName): void => {
  const measure = (spans: readonly Span[]): number => workingMsOf(current.calendar, spans, at);
  stopCycle(track, at, measure, targetOf(current.target, clock) ?? 0);
};

const changeStatus = (request: RequestState, rules: Rules, current: Applicable, status: string, at: number): void => {
  const { pauseStatuses, responseStatuses, doneStatuses, onReopen } = rules.policy;
  const wasDone = doneStatuses.includes(request.status);
  const isDone = doneStatuses.includes(status);
  const runs = !pauseStatuses.includes(status);
  request.status = status;

  if (isDone || responseStatuses.includes(status)) stop(request.response, at, current, 'response');
  else setRunning(request.response, at, runs);

  if (isDone) {
    stop(request.resolution, at, current, 'resolution');
    stop(request.onsite, at, current, 'onsite');
  } else if (wasDone && !isActive(request.resolution)) {
    if (onReopen === 'newCycle') startCycle(request.resolution, at, runs);
    else resumeCycle(request.resolution, at, runs);
  } else {
    setRunning(request.resolution, at, runs);
  }
};

const changePriority = (request: RequestState, rules: Rules, current: Applicable, priority: string, at: number): void => {
  const next = applicable(rules, priority);
  if (next === undefined) return;
  // An on-site commitment the new priority does not have is withdrawn: the cycle has no outcome to report.
  if (next.target.onsite === undefined && isActive(request.onsite)) request.onsite.pop();
  if (rules.policy.onPriorityChange === 'restart') {
    for (const clock of CLOCK_NAMES) {
      const track = request[clock];
      if (!isActive(track)) continue;
      const runs = track[track.length - 1]?.spans.at(-1)?.end === null;
      stop(track, at, current, clock);
      startCycle(track, at, runs);
    }
  }
  request.priority = priority;
};

const apply = (request: RequestState, rules: Rules, event: SlaEvent): void => {
  const current = applicable(rules, request.priority);
  if (current === undefined) return;
  switch (event.type) {
    case 'created':
      return;
    case 'status':
      if (event.status !== request.status) changeStatus(request, rules, current, event.status, event.at);
      return;
    case 'comment':
      if (event.public && event.author === 'agent') stop(request.response, event.at, current, 'response');
      return;
    case 'priority':
      if (event.priority !== request.priority) changePriority(request, rules, current, event.priority, event.at);
      return;
    case 'onsiteRequested':
      if (current.target.onsite !== undefined && !isActive(request.onsite)) startCycle(request.onsite, event.at, true);
      return;
    case 'departed':
      stop(request.onsite, event.at, current, 'onsite');
      return;
    case 'workaround':
      if (rules.policy.workaroundSatisfiesResolution.includes(request.priority)) {
        stop(request.resolution, event.at, current, 'resolution');
      }
      return;
  }
};

const notCreated = (at: number): SlaSnapshot => ({
  at,
  priority: '',
  response: null,
  resolution: null,
  onsite: null,
  nextCheckAt: null,
});

/**
 * State of a request's SLA clocks at `at`, replaying the events that happened by then (semantics:
 * ../shared/sla-vectors/README.md, kind `timeline`). Pure: the same inputs always give the same snapshot.
 * Before a `created` event naming a measurable priority, the request does not exist: every clock is null and
 * `priority` is empty. Events are applied by instant, and events at the same instant in the caller's order (a
 * stable sort): the app hands them over as `orderSlaEvents` decides (creation first, then by id); the public
 * vectors' events carry no ids, so their listed order is the order.
 */
export const evaluateSla = (
  policy: SlaPolicy,
  calendars: CalendarLookup,
  events: readonly SlaEvent[],
  at: number,
): SlaSnapshot => {
  const rules: Rules = { policy, calendars };
  const applied = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.at <= at)
    .sort((a, b) => a.event.at - b.event.at || a.index - b.index)
    .map(({ event }) => event);
  const creation = applied.findIndex((event) => event.type === 'created' && applicable(rules, event.priority) !== undefined);
  const created = applied[creation];
  if (created?.type !== 'created') return notCreated(at);

  const request: RequestState = { priority: created.priority, status: INITIAL_STATUS, response: [], resolution: [], onsite: [] };
  const runs = !policy.pauseStatuses.includes(INITIAL_STATUS);
  startCycle(request.response, created.at, runs);
  startCycle(request.resolution, created.at, runs);
  for (const event of applied.slice(creation + 1)) apply(request, rules, event);

  const current = applicable(rules, request.priority);
  if (current === undefined) return notCreated(at);
  const measure = (clock: ClockName) => {
    const track = request[clock];
    return measureClock(track, {
      at,
      calendar: current.calendar,
      targetMinutes: targetOf(current.target, clock) ?? 0,
      warningThresholds: policy.warningThresholds,
    });
  };
  const response = measure('response');
  const resolution = measure('resolution');
  const onsite = measure('onsite');
  const crossings = [response, resolution, onsite].flatMap((clock) => (clock?.nextCrossing == null ? [] : [clock.nextCrossing]));
  return {
    at,
    priority: request.priority,
    response: response?.state ?? null,
    resolution: resolution?.state ?? null,
    onsite: onsite?.state ?? null,
    nextCheckAt: crossings.length > 0 ? Math.min(...crossings) : null,
  };
};
