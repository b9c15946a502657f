import { needsEscalation } from './escalation';

describe('needsEscalation', () => {
  it('an urgent request not yet reported in this cycle is escalated', () => {
    expect(needsEscalation('urgent', 1, [])).toBe(true);
    expect(needsEscalation('urgent', 2, [1])).toBe(true);
  });

  it('never twice in one cycle', () => {
    expect(needsEscalation('urgent', 1, [1])).toBe(false);
    expect(needsEscalation('urgent', 2, [1, 2])).toBe(false);
  });

  it('only urgent requests', () => {
    for (const priority of ['high', 'medium', 'low']) expect(needsEscalation(priority, 1, [])).toBe(false);
  });
});
