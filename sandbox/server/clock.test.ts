import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPersistentClock } from './clock';

describe('createPersistentClock', () => {
  let real = 1_000_000;
  const realNow = (): number => real;
  const file = (): string => join(mkdtempSync(join(tmpdir(), 'clock-')), 'clock.json');

  beforeEach(() => {
    real = 1_000_000;
  });

  it('starts at real now and runs with the wall clock', () => {
    const clock = createPersistentClock(file(), realNow);
    expect(clock.now()).toBe(1_000_000);
    real += 5000;
    expect(clock.now()).toBe(1_005_000);
  });

  it('advances, sets and freezes', () => {
    const clock = createPersistentClock(file(), realNow);
    clock.advance(60_000);
    expect(clock.now()).toBe(1_060_000);
    clock.setFrozen(true);
    real += 10_000;
    expect(clock.now()).toBe(1_060_000);
    clock.set(5);
    expect(clock.now()).toBe(5);
    clock.setFrozen(false);
    real += 7;
    expect(clock.now()).toBe(12);
  });

  it('keeps its timeline across a restart and resets to real now', () => {
    const path = file();
    const first = createPersistentClock(path, realNow);
    first.advance(3_600_000);
    first.setFrozen(true);
    real += 999;
    const second = createPersistentClock(path, realNow);
    expect(second.now()).toBe(4_600_000);
    expect(second.isFrozen()).toBe(true);
    second.reset();
    expect(second.now()).toBe(real);
    expect(second.isFrozen()).toBe(false);
  });
});
