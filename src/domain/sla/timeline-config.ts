import { z } from 'zod';
import type { Calendar } from '../calendar/types';
import { err, ok, type DomainError, type Result } from '../result';
import type { CalendarLookup, PriorityTarget, SlaPolicy } from './types';

const MinutesSchema = z.int().nonnegative();
const StatusListSchema = z.array(z.string().min(1)).readonly();

export const PriorityTargetSchema = z
  .object({
    calendar: z.string().min(1),
    response: MinutesSchema,
    resolution: MinutesSchema,
    onsite: MinutesSchema.nullable().exactOptional(),
  })
  // `onsite: null` is read as "no on-site target", like an absent key.
  .transform(({ onsite, ...target }): PriorityTarget => (onsite === null || onsite === undefined ? target : { ...target, onsite }));

/**
 * The `config` block of a `timeline` vector (../shared/sla-vectors/README.md), plus this product's two extras.
 * Omitted policy fields take the product defaults of DOMAIN.md §3 and §5.
 */
export const TimelineConfigSchema = z
  .object({
    /** Calendar specs stay opaque here: the calendar module owns their validation. */
    calendars: z.record(z.string().min(1), z.unknown()),
    priorities: z.record(z.string().min(1), PriorityTargetSchema),
    pauseStatuses: StatusListSchema.default(['Waiting for customer', 'Waiting for third party']),
    responseStatuses: StatusListSchema.default(['In Progress']),
    doneStatuses: StatusListSchema.default(['Resolved', 'Closed']),
    onPriorityChange: z.enum(['retroactive', 'restart']).default('retroactive'),
    onReopen: z.enum(['newCycle', 'continue']).default('newCycle'),
    warningThresholds: z.array(z.number().positive().max(100)).readonly().default([50, 75]),
    workaroundSatisfiesResolution: z.array(z.string().min(1)).readonly().default(['high']),
  })
  .readonly();

export type TimelineConfig = z.infer<typeof TimelineConfigSchema>;

export interface SlaSetup {
  readonly policy: SlaPolicy;
  readonly calendars: CalendarLookup;
}

export type CalendarCompiler = (spec: unknown) => Result<Calendar>;

/**
 * Compiles every calendar and checks that each priority names one. Errors: `invalid-calendar` (the
 * calendar module's message, path `calendars.<id>…`) and `unknown-calendar` (path `priorities.<id>.calendar`).
 */
export const toSlaSetup = (config: TimelineConfig, compile: CalendarCompiler): Result<SlaSetup> => {
  const calendars: Record<string, Calendar> = {};
  for (const [id, spec] of Object.entries(config.calendars)) {
    const compiled = compile(spec);
    if (!compiled.ok) {
      const inner = compiled.error.path === undefined ? '' : `.${compiled.error.path}`;
      const error: DomainError = { code: 'invalid-calendar', message: compiled.error.message, path: `calendars.${id}${inner}` };
      return err(error);
    }
    calendars[id] = compiled.value;
  }
  for (const [id, target] of Object.entries(config.priorities)) {
    if (calendars[target.calendar] === undefined) {
      return err({
        code: 'unknown-calendar',
        message: `priority ${id} uses calendar ${target.calendar}, which is not defined`,
        path: `priorities.${id}.calendar`,
      });
    }
  }
  const { calendars: _specs, ...policy } = config;
  return ok({ policy, calendars });
};
