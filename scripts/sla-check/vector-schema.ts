import { z } from 'zod';
import { TimelineConfigSchema } from '../../src/domain/sla';

/** An instant with an explicit offset: without one its meaning would depend on the machine's TZ. */
export const InstantSchema = z.iso.datetime({ offset: true });

const ErrorExpectSchema = z.object({ error: z.string().min(1) });

const DueVectorSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('due'),
  calendar: z.unknown(),
  start: InstantSchema,
  minutes: z.int().nonnegative(),
  expect: z.union([InstantSchema, ErrorExpectSchema]),
});

const ElapsedVectorSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('elapsed'),
  calendar: z.unknown(),
  from: InstantSchema,
  to: InstantSchema,
  expect: z.union([z.int(), ErrorExpectSchema]),
});

const EventSchema = z.discriminatedUnion('type', [
  z.object({ at: InstantSchema, type: z.literal('created'), priority: z.string().min(1) }),
  z.object({ at: InstantSchema, type: z.literal('status'), status: z.string().min(1) }),
  z.object({ at: InstantSchema, type: z.literal('comment'), public: z.boolean(), author: z.enum(['agent', 'customer']) }),
  z.object({ at: InstantSchema, type: z.literal('priority'), priority: z.string().min(1) }),
  z.object({ at: InstantSchema, type: z.literal('onsiteRequested') }),
  z.object({ at: InstantSchema, type: z.literal('departed') }),
  z.object({ at: InstantSchema, type: z.literal('workaround') }),
]);

export const ClockExpectSchema = z.object({
  state: z.enum(['running', 'paused', 'breached', 'met', 'missed']).optional(),
  due: InstantSchema.nullable().optional(),
  usedMinutes: z.int().optional(),
  remainingMinutes: z.int().optional(),
  targetMinutes: z.int().optional(),
  breached: z.boolean().optional(),
  everBreached: z.boolean().optional(),
  cycle: z.int().optional(),
});

const TimelineExpectSchema = z.object({
  error: z.string().min(1).optional(),
  priority: z.string().optional(),
  nextCheckAt: InstantSchema.nullable().optional(),
  response: ClockExpectSchema.nullable().optional(),
  resolution: ClockExpectSchema.nullable().optional(),
  onsite: ClockExpectSchema.nullable().optional(),
});

const TimelineVectorSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('timeline'),
  config: TimelineConfigSchema,
  events: z.array(EventSchema),
  at: InstantSchema,
  expect: TimelineExpectSchema,
});

/** One line of a vectors file (../shared/sla-vectors/README.md); keys beyond these are ignored. */
export const VectorSchema = z.discriminatedUnion('kind', [DueVectorSchema, ElapsedVectorSchema, TimelineVectorSchema]);

export type Vector = z.infer<typeof VectorSchema>;
export type TimelineVector = z.infer<typeof TimelineVectorSchema>;
export type ClockExpect = z.infer<typeof ClockExpectSchema>;
