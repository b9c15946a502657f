import type { ClockState, SlaSnapshot } from '../domain/sla';
import type { ClockDto, SlaProperty } from '../shared/issue-properties';

const iso = (ms: number): string => new Date(ms).toISOString();

const clockDto = (clock: ClockState | null, calendar: string): ClockDto | null =>
  clock === null
    ? null
    : {
        state: clock.state,
        due: clock.due === null ? null : iso(clock.due),
        usedMinutes: clock.usedMinutes,
        targetMinutes: clock.targetMinutes,
        remainingMinutes: clock.remainingMinutes,
        breached: clock.breached,
        everBreached: clock.everBreached,
        cycle: clock.cycle,
        thresholdsReached: [...clock.thresholdsReached],
        previousCycles: clock.previousCycles.map((c) => ({
          startedAt: iso(c.startedAt),
          stoppedAt: c.stoppedAt === null ? null : iso(c.stoppedAt),
          usedMinutes: c.usedMinutes,
          targetMinutes: c.targetMinutes,
          breached: c.breached,
        })),
        calendar,
      };

/** The `sla` issue property for a snapshot (the public contract in docs/backend.md). */
export const toSlaProperty = (snapshot: SlaSnapshot, calendarOfPriority: string): SlaProperty => {
  const clocks = [snapshot.response, snapshot.resolution, snapshot.onsite];
  return {
    priority: snapshot.priority,
    computedAt: iso(snapshot.at),
    response: clockDto(snapshot.response, calendarOfPriority),
    resolution: clockDto(snapshot.resolution, calendarOfPriority),
    onsite: clockDto(snapshot.onsite, calendarOfPriority),
    nextCheckAt: snapshot.nextCheckAt,
    breached: clocks.some((c) => c?.breached === true) ? 'true' : 'false',
  };
};
