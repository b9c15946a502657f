/**
 * The standard's escalation rule: an urgent request (一级紧急) is reported to the duty supervisor, once per
 * resolution cycle, whichever way it became urgent. `escalatedCycles` are the cycles already reported.
 */
export const needsEscalation = (priority: string, cycle: number, escalatedCycles: readonly number[]): boolean =>
  priority === 'urgent' && !escalatedCycles.includes(cycle);
