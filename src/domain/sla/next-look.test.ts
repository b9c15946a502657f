import { QUEUE_DELAY_WINDOW_MS, planNextLook } from './next-look';

const NOW = Date.UTC(2026, 10, 30, 2, 0, 0);

describe('planNextLook', () => {
  it('schedules a delayed check at the crossing when it lies within the queue delay window, keeping the sweep as safety net', () => {
    expect(planNextLook(NOW, NOW + 600_500, true)).toEqual({ sweepAt: NOW + 600_500, exact: { at: NOW + 600_500, delaySeconds: 601 } });
  });

  it('accepts a crossing exactly one window away (900 s is the longest delay Forge takes)', () => {
    expect(planNextLook(NOW, NOW + QUEUE_DELAY_WINDOW_MS, true).exact?.delaySeconds).toBe(900);
  });

  it('indexes a crossing beyond the window one window early so the sweep schedules its exact check later', () => {
    expect(planNextLook(NOW, NOW + 3_600_000, true)).toEqual({ sweepAt: NOW + 3_600_000 - QUEUE_DELAY_WINDOW_MS, exact: null });
  });

  it('without exact checks the sweep alone looks at the crossing', () => {
    expect(planNextLook(NOW, NOW + 60_000, false)).toEqual({ sweepAt: NOW + 60_000, exact: null });
  });

  it('no running clock means no look at all', () => {
    expect(planNextLook(NOW, null, true)).toEqual({ sweepAt: null, exact: null });
  });
});
