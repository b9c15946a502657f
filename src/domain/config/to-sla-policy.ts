import type { PriorityTarget, SlaPolicy } from '../sla/types';
import type { AppConfig } from './app-config-schema';
import { slaCalendarId } from './calendar-specs';
import { LEVEL_IDS } from './levels';

/** The SLA engine's view of the configuration; calendars resolve through `slaCalendarSpecs`. */
export const toSlaPolicy = (config: AppConfig): SlaPolicy => {
  const priorities: Record<string, PriorityTarget> = {};
  for (const id of LEVEL_IDS) {
    const { response, resolution, onsite } = config.priorities[id];
    const calendar = slaCalendarId(config, id);
    priorities[id] = onsite === undefined ? { calendar, response, resolution } : { calendar, response, resolution, onsite };
  }
  const { sla } = config;
  return {
    priorities,
    pauseStatuses: [...sla.pauseStatuses],
    responseStatuses: [...sla.responseStatuses],
    doneStatuses: [...sla.doneStatuses],
    onPriorityChange: sla.onPriorityChange,
    onReopen: sla.onReopen,
    warningThresholds: [...sla.warningThresholds],
    workaroundSatisfiesResolution: [...sla.workaroundSatisfiesResolution],
  };
};
