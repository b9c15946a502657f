import { slaOverview, type OverviewRequest } from './sla-overview';

const NOW = Date.UTC(2026, 11, 1, 2, 0);
const MIN = 60_000;
const none = { response: null, resolution: null, onsite: null };
const request = (key: string, clocks: Partial<OverviewRequest['clocks']>, more: Partial<OverviewRequest> = {}): OverviewRequest => ({
  key,
  summary: key,
  priority: 'medium',
  category: 'software',
  assignee: 'li',
  clocks: { ...none, ...clocks },
  ...more,
});
const all = { clock: null, priority: null, category: null, assignee: null };

describe('slaOverview', () => {
  const requests = [
    request('ITS-1', { response: { due: NOW + 90 * MIN, thresholdsReached: [] }, resolution: { due: NOW + 30 * MIN, thresholdsReached: [50] } }),
    request('ITS-2', { resolution: { due: NOW - 5 * MIN, thresholdsReached: [50, 75, 100] } }, { priority: 'urgent', assignee: 'zhao' }),
    request('ITS-3', { response: { due: NOW + 10 * MIN, thresholdsReached: [] } }, { category: 'hardware' }),
    request('ITS-4', { response: { due: null, thresholdsReached: [] } }),
  ];

  it('ranks by the most urgent running clock, soonest (or most overdue) first, and leaves out requests with no running clock', () => {
    expect(slaOverview(requests, NOW, all).map((r) => [r.key, r.clock, r.tone])).toEqual([
      ['ITS-2', 'resolution', 'breached'],
      ['ITS-3', 'response', 'ok'],
      ['ITS-1', 'resolution', 'warning'],
    ]);
  });

  it('as the clock advances a due time passes and the tone follows', () => {
    expect(slaOverview(requests, NOW + 15 * MIN, all).find((r) => r.key === 'ITS-3')?.tone).toBe('breached');
  });

  it('filters by clock, priority, category and assignee', () => {
    expect(slaOverview(requests, NOW, { ...all, clock: 'response' }).map((r) => r.key)).toEqual(['ITS-3', 'ITS-1']);
    expect(slaOverview(requests, NOW, { ...all, priority: 'urgent' }).map((r) => r.key)).toEqual(['ITS-2']);
    expect(slaOverview(requests, NOW, { ...all, category: 'hardware' }).map((r) => r.key)).toEqual(['ITS-3']);
    expect(slaOverview(requests, NOW, { ...all, assignee: 'li' }).map((r) => r.key)).toEqual(['ITS-3', 'ITS-1']);
  });
});
