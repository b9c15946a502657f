import { ZodError } from 'zod';
import { NO_CHAOS, updateChaos } from './chaos';

describe('updateChaos', () => {
  it('merges a partial update in place', () => {
    const chaos = { ...NO_CHAOS };
    updateChaos(chaos, { duplicateDelivery: 0.5, reorderEvents: true });
    expect(chaos).toEqual({ ...NO_CHAOS, duplicateDelivery: 0.5, reorderEvents: true });
  });

  it('rejects out-of-range and unknown fields, naming them', () => {
    const chaos = { ...NO_CHAOS };
    expect(() => updateChaos(chaos, { rateLimitFraction: 2 })).toThrow(ZodError);
    expect(() => updateChaos(chaos, { bogus: 1 })).toThrow(/bogus/);
    expect(chaos).toEqual(NO_CHAOS);
  });
});
