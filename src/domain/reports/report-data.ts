import { z } from 'zod';
import { ChannelSchema, UrgencySchema } from '../../shared/issue-properties';
import { BreachItemSchema } from './report-accumulator';

const Count = z.int().min(0);
const Month = z.string().regex(/^\d{4}-\d{2}$/);

/** Percent is met / (met + missed), rounded to 0.1; running clocks are not judged yet; null when nothing was judged. */
export const ComplianceSchema = z.object({ met: Count, missed: Count, running: Count, percent: z.number().min(0).max(100).nullable() });
export type Compliance = z.infer<typeof ComplianceSchema>;

export const ClockComplianceSchema = z.object({ response: ComplianceSchema, resolution: ComplianceSchema, onsite: ComplianceSchema });
export type ClockCompliance = z.infer<typeof ClockComplianceSchema>;

/** Average rounded to 0.01; null when nobody answered. */
const ItemScoreSchema = z.object({ average: z.number().min(1).max(5).nullable(), count: Count });

export const SatisfactionSchema = z.object({
  responses: Count,
  low: Count,
  items: z.object({
    responseSpeed: ItemScoreSchema,
    attitude: ItemScoreSchema,
    expertise: ItemScoreSchema,
    effectiveness: ItemScoreSchema,
    recurrence: ItemScoreSchema,
  }),
});
export type Satisfaction = z.infer<typeof SatisfactionSchema>;

/**
 * The reports page's data. Every figure is about the requests created in the period; the monthly series
 * list every local month of the period (zeros included), in order. Null keys stand for "none recorded"
 * (no service record, unassigned).
 */
export const ReportDataSchema = z.object({
  period: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), timezone: z.string(), now: z.iso.datetime() }),
  totals: z.object({ requests: Count, resolved: Count, outsidePeriod: Count }),
  sla: z.object({
    overall: ClockComplianceSchema,
    /** In scale order urgent → low, then none. */
    byPriority: z.array(ClockComplianceSchema.extend({ priority: UrgencySchema.nullable() })),
    /** By category id (the UI names them from the configuration), none last. */
    byCategory: z.array(ClockComplianceSchema.extend({ category: z.string().nullable() })),
    /** By assignee display name, unassigned last. */
    byAgent: z.array(ClockComplianceSchema.extend({ accountId: z.string().nullable(), displayName: z.string().nullable() })),
    byMonth: z.array(ClockComplianceSchema.extend({ month: Month })),
  }),
  /** Newest request first; `truncated` when more breaches exist than the list keeps. */
  breaches: z.object({ total: Count, truncated: z.boolean(), items: z.array(BreachItemSchema) }),
  satisfaction: z.object({ overall: SatisfactionSchema, byMonth: z.array(SatisfactionSchema.extend({ month: Month })) }),
  /** `overdue` is the part of `open` whose due time has passed. */
  followUps: z.object({ open: Count, overdue: Count, closed: Count }),
  volume: z.object({
    byCategory: z.array(z.object({ category: z.string().nullable(), count: Count })),
    byChannel: z.array(z.object({ channel: ChannelSchema.nullable(), count: Count })),
  }),
});
export type ReportData = z.infer<typeof ReportDataSchema>;
