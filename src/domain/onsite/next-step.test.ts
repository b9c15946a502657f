import { nextOnsiteStep, type OnsiteVisitSteps } from './next-step';

const AT = '2026-03-02T09:00:00.000Z';
const visit = (recorded: Partial<OnsiteVisitSteps>): OnsiteVisitSteps => ({ departedAt: null, arrivedAt: null, finishedAt: null, ...recorded });

describe('nextOnsiteStep', () => {
  it('requested: no visit yet, or the last one finished (a new visit)', () => {
    expect(nextOnsiteStep(undefined)).toBe('requested');
    expect(nextOnsiteStep([])).toBe('requested');
    expect(nextOnsiteStep([visit({ departedAt: AT, arrivedAt: AT, finishedAt: AT })])).toBe('requested');
  });

  it('departed: the last visit is requested and has not left', () => {
    expect(nextOnsiteStep([visit({})])).toBe('departed');
  });

  it('arrived: the last visit departed and has not arrived', () => {
    expect(nextOnsiteStep([visit({ departedAt: AT })])).toBe('arrived');
  });

  it('finished: the last visit arrived and has not finished', () => {
    expect(nextOnsiteStep([visit({ departedAt: AT, arrivedAt: AT })])).toBe('finished');
  });

  it('only the last visit counts', () => {
    expect(nextOnsiteStep([visit({ departedAt: AT, arrivedAt: AT, finishedAt: AT }), visit({ departedAt: AT })])).toBe('arrived');
  });
});
