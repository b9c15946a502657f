import { orderSlaEvents, type IdentifiedSlaEvent } from './order-events';

const at = Date.UTC(2026, 2, 2, 9, 0);
const status = (id: string, when = at): IdentifiedSlaEvent => ({ id, event: { at: when, type: 'status', status: 'In Progress' } });
const created = (id: string, when = at): IdentifiedSlaEvent => ({ id, event: { at: when, type: 'created', priority: 'high' } });
const ids = (events: readonly IdentifiedSlaEvent[]): string[] => orderSlaEvents(events).map((e) => e.id);

describe('orderSlaEvents', () => {
  it('puts the creation first among events at its instant, whatever its id', () => {
    expect(ids([status('1'), created('500'), status('2')])).toEqual(['500', '1', '2']);
  });

  it('orders events at one instant by id compared numerically ("9" before "10")', () => {
    expect(ids([status('10'), status('9'), status('100')])).toEqual(['9', '10', '100']);
  });

  it('orders events at different instants by instant, before any id or creation rule', () => {
    expect(ids([status('1', at + 60_000), created('9', at + 120_000), status('2', at)])).toEqual(['2', '1', '9']);
  });

  it('leaves its input as it was', () => {
    const events = [status('10'), status('9')];
    orderSlaEvents(events);
    expect(events.map((e) => e.id)).toEqual(['10', '9']);
  });
});
