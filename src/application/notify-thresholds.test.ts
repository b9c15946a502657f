import { defaultConfig } from '../domain/config';
import type { ClockState, SlaSnapshot } from '../domain/sla';
import type { ServiceRecord } from '../shared/issue-properties';
import { FakeJira, fakeDeps } from '../../test/backend/fakes/in-memory-deps';
import { notifyThresholds } from './notify-thresholds';

const clock = (thresholdsReached: number[], cycle = 1): ClockState => ({
  state: 'running',
  due: 0,
  usedMinutes: 100,
  targetMinutes: 120,
  remainingMinutes: 20,
  breached: false,
  everBreached: false,
  cycle,
  previousCycles: [],
  thresholdsReached,
});
const snapshot = (response: ClockState | null): SlaSnapshot => ({ at: 0, priority: 'high', response, resolution: null, onsite: null, nextCheckAt: null });
const full: ServiceRecord = {
  serviceNumber: 'TS-20261130-001',
  category: 'software',
  subcategory: null,
  urgency: 'high',
  urgencyProposed: 'high',
  impact: null,
  impactText: null,
  priority: 'high',
  priorityRule: null,
  priorityReason: { en: '', 'zh-CN': '' },
  channel: 'portal',
  department: null,
  contact: null,
  occurredAt: null,
  receivedAt: '2026-11-30T02:00:00.000Z',
  assumed: [],
  verification: null,
  workaround: null,
  fix: null,
  confirmation: null,
};

class DownJira extends FakeJira {
  override notify(): Promise<void> {
    return Promise.reject(new Error('down'));
  }
}

describe('notifyThresholds', () => {
  const config = { ...defaultConfig(), routing: { ...defaultConfig().routing, dutySupervisor: 'zhouba' } };
  const target = { id: '1', key: 'ITS-1', assignee: 'lisi' };

  it('announces only the highest newly reached threshold, and each threshold once per cycle', async () => {
    const fakes = fakeDeps(0);
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50])))).toBe(1);
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50])))).toBe(0);
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50, 75, 100])))).toBe(1);
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50, 75, 100])))).toBe(0);
    expect(fakes.jira.notifications.map((n) => [n.to, n.subject])).toEqual([
      [['lisi'], '[TS-20261130-001] SLA 50% of response 响应 used / 已用 50%'],
      [['lisi', 'zhouba'], '[TS-20261130-001] SLA breached: response 响应 / 已超时'],
    ]);
    // A new cycle starts the count again.
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50], 2)))).toBe(1);
  });

  it('gives the marker back when sending fails, so a retry sends it', async () => {
    const fakes = fakeDeps(0);
    const failing = { ...fakes.deps, jira: new DownJira() };
    await expect(notifyThresholds(failing, config, target, full, snapshot(clock([50])))).rejects.toThrow('down');
    expect(await notifyThresholds(fakes.deps, config, target, full, snapshot(clock([50])))).toBe(1);
  });
});
