import { z } from 'zod';
import { ClockNameSchema, IntakeChannelSchema, LevelSchema } from '../vocabulary';
import { ReportQuerySchema } from './report-query';

const Count = z.int().min(0);
const Month = z.string().regex(/^\d{4}-\d{2}$/);

export const TallySchema = z.object({ met: Count, missed: Count, running: Count });
export type Tally = z.infer<typeof TallySchema>;

export const ClockTalliesSchema = z.object({ response: TallySchema, resolution: TallySchema, onsite: TallySchema });
export type ClockTallies = z.infer<typeof ClockTalliesSchema>;

export const ScoreSumsSchema = z.object({
  responses: Count,
  low: Count,
  sums: z.object({ responseSpeed: Count, attitude: Count, expertise: Count, effectiveness: Count, recurrence: Count }),
});
export type ScoreSums = z.infer<typeof ScoreSumsSchema>;

export const BreachItemSchema = z.object({
  key: z.string(),
  /** Service number, null when the request has no service record. */
  number: z.string().nullable(),
  clock: ClockNameSchema,
  /** ISO instant; the stored clock keeps its due time only while it runs, so a stopped clock has null. */
  due: z.string().nullable(),
  usedMinutes: z.number(),
  targetMinutes: z.number(),
  priority: LevelSchema.nullable(),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  created: z.string(),
});
export type BreachItem = z.infer<typeof BreachItemSchema>;

/**
 * The running state of a report fold. Plain JSON (arrays, no Map) so that a caller working across
 * several invocations can store it between pages and restore it with this schema.
 */
export const ReportAccumulatorSchema = z.object({
  query: ReportQuerySchema,
  requests: Count,
  resolved: Count,
  /** Facts whose creation lies outside the period: ignored, counted so a wrong JQL shows up. */
  outsidePeriod: Count,
  sla: z.object({
    overall: ClockTalliesSchema,
    byPriority: z.array(ClockTalliesSchema.extend({ priority: LevelSchema.nullable() })),
    byCategory: z.array(ClockTalliesSchema.extend({ category: z.string().nullable() })),
    byAgent: z.array(ClockTalliesSchema.extend({ accountId: z.string().nullable(), displayName: z.string().nullable() })),
    byMonth: z.array(ClockTalliesSchema.extend({ month: Month })),
  }),
  breaches: z.object({ total: Count, items: z.array(BreachItemSchema) }),
  satisfaction: z.object({
    overall: ScoreSumsSchema,
    byMonth: z.array(ScoreSumsSchema.extend({ month: Month })),
  }),
  followUps: z.object({ open: Count, overdue: Count, closed: Count }),
  volume: z.object({
    byCategory: z.array(z.object({ category: z.string().nullable(), count: Count })),
    byChannel: z.array(z.object({ channel: IntakeChannelSchema.nullable(), count: Count })),
  }),
});
export type ReportAccumulator = z.infer<typeof ReportAccumulatorSchema>;
