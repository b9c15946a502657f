import { fakeDeps } from '../../test/backend/fakes/in-memory-deps';
import { judgeExactCheck, scheduleExactCheck } from './exact-check';
import type { SlaProperty } from '../shared/issue-properties';

const NOW = Date.UTC(2026, 10, 30, 2, 0);
const ISSUE = { id: '10001', key: 'ITS-1' };

const slaWithNextCheck = (nextCheckAt: number | null): SlaProperty => ({
  priority: 'urgent',
  computedAt: new Date(NOW).toISOString(),
  response: null,
  resolution: null,
  onsite: null,
  nextCheckAt,
  breached: 'false',
});

describe('exact checks', () => {
  it('pushes one delayed check per crossing however many recomputes plan it', async () => {
    const fakes = fakeDeps(NOW);
    for (let i = 0; i < 3; i += 1) await scheduleExactCheck(fakes.deps, ISSUE, { at: NOW + 600_000, delaySeconds: 600 });
    expect(fakes.pushes).toEqual([{ items: [{ kind: 'check', issueId: '10001', issueKey: 'ITS-1', at: NOW + 600_000 }], delaySeconds: 600 }]);
  });

  it('runs a check whose crossing is still the stored next one, once its instant has come', async () => {
    const fakes = fakeDeps(NOW + 600_000);
    await fakes.deps.truth.set(ISSUE.id, ISSUE.key, 'sla', slaWithNextCheck(NOW + 600_000), NOW + 600_000);
    expect(await judgeExactCheck(fakes.deps, ISSUE, NOW + 600_000)).toBe('due');
  });

  it('ignores a check whose crossing a later recompute moved (stale), and one for a request with no clock running', async () => {
    const fakes = fakeDeps(NOW + 600_000);
    await fakes.deps.truth.set(ISSUE.id, ISSUE.key, 'sla', slaWithNextCheck(NOW + 3_600_000), NOW + 2_700_000);
    expect(await judgeExactCheck(fakes.deps, ISSUE, NOW + 600_000)).toBe('stale');
    await fakes.deps.truth.set(ISSUE.id, ISSUE.key, 'sla', slaWithNextCheck(null), null);
    expect(await judgeExactCheck(fakes.deps, ISSUE, NOW + 600_000)).toBe('stale');
    expect(fakes.pushes).toEqual([]);
  });

  it('queues a check delivered before its instant again for the rest of the wait', async () => {
    const fakes = fakeDeps(NOW + 590_500);
    await fakes.deps.truth.set(ISSUE.id, ISSUE.key, 'sla', slaWithNextCheck(NOW + 600_000), NOW + 600_000);
    expect(await judgeExactCheck(fakes.deps, ISSUE, NOW + 600_000)).toBe('requeued');
    expect(fakes.pushes).toEqual([{ items: [{ kind: 'check', issueId: '10001', issueKey: 'ITS-1', at: NOW + 600_000 }], delaySeconds: 10 }]);
  });
});
