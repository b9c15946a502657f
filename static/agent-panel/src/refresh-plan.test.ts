import { refreshDelayMs } from './refresh-plan';

const AT = Date.UTC(2026, 10, 29, 1, 0);

describe('refreshDelayMs', () => {
  it('waits until the next crossing on the server time line, plus a grace', () => {
    // Received 10 s ago locally; the crossing is 5 min after the snapshot.
    expect(refreshDelayMs(AT + 300_000, AT, 1_000, 11_000)).toBe(300_000 - 10_000 + 2_000);
  });

  it('does not schedule anything when no clock runs', () => {
    expect(refreshDelayMs(null, AT, 0, 0)).toBeNull();
  });

  it('backs off instead of looping when the snapshot is already past its check', () => {
    expect(refreshDelayMs(AT - 1, AT, 0, 0)).toBe(60_000);
  });

  it('caps very distant checks at a day', () => {
    expect(refreshDelayMs(AT + 40 * 86_400_000, AT, 0, 0)).toBe(86_400_000);
  });
});
