import { clockOutcome } from './clock-outcome';
import { clock } from '../../../test/kits/report-test-kit';

const now = Date.UTC(2026, 10, 29, 12);
const at = (ms: number) => new Date(ms).toISOString();

describe('clockOutcome', () => {
  it.each<[string, Parameters<typeof clock>[0], 'met' | 'missed' | 'running']>([
    ['stopped within target', { state: 'met' }, 'met'],
    ['stopped over target', { state: 'missed', breached: true, everBreached: true }, 'missed'],
    ['running over target', { state: 'breached', breached: true, everBreached: true, due: at(now - 1) }, 'missed'],
    ['met now but breached in an earlier cycle', { state: 'met', everBreached: true }, 'missed'],
    ['running, due later', { state: 'running', due: at(now + 1) }, 'running'],
    ['running, due exactly now', { state: 'running', due: at(now) }, 'running'],
    ['running, past due but not swept yet', { state: 'running', due: at(now - 1) }, 'missed'],
    ['paused (no due time)', { state: 'paused', due: null }, 'running'],
  ])('%s', (_what, overrides, expected) => {
    expect(clockOutcome(clock(overrides), now)).toBe(expected);
  });
});
