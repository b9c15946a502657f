import type { AppConfig } from './app-config-schema';
import { slaCalendarSpecs } from './calendar-specs';
import { toSlaPolicy } from './to-sla-policy';

/** JSON with object keys sorted, so that two equal values always serialise alike. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * True when open requests need their clocks recomputed: compares exactly what the SLA engine reads
 * (targets, calendars, statuses, thresholds), so renaming a priority or a category does not count.
 */
export const configDiffAffectsClocks = (a: AppConfig, b: AppConfig): boolean =>
  canonical([toSlaPolicy(a), slaCalendarSpecs(a)]) !== canonical([toSlaPolicy(b), slaCalendarSpecs(b)]);

/** True when open requests may get another priority: the rules or the impact ranks they compare changed. */
export const configDiffAffectsPriority = (a: AppConfig, b: AppConfig): boolean =>
  canonical([a.priorityRules, a.impactLevels.map((l) => [l.id, l.rank])]) !== canonical([b.priorityRules, b.impactLevels.map((l) => [l.id, l.rank])]);
