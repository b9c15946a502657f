import type { SlaEvent } from './types';

/** An SLA event with the id it was stored under (for Jira's changes and comments, built from Jira's own id: `cl-123-status`, `cm-45`). */
export interface IdentifiedSlaEvent {
  readonly id: string;
  readonly event: SlaEvent;
}

/** A request's creation is always the first thing that happened at its instant. */
const creationFirst = (a: IdentifiedSlaEvent, b: IdentifiedSlaEvent): number =>
  Number(b.event.type === 'created') - Number(a.event.type === 'created');

/**
 * The order in which a request's clocks apply its events: by instant; at one instant the creation first, because
 * nothing can happen to a request before it exists and whatever shares its instant must count against its clocks;
 * then by id compared numerically ("9" before "10"), because Jira's ids grow in the order things happened while
 * the log may have been collected in any order (late triggers, the catch-up with Jira). The same log thus gives the
 * same clocks however it arrived. Stable, and a copy: the input is left as it is.
 */
export const orderSlaEvents = <E extends IdentifiedSlaEvent>(events: readonly E[]): E[] =>
  [...events].sort((a, b) => a.event.at - b.event.at || creationFirst(a, b) || a.id.localeCompare(b.id, 'en', { numeric: true }));
