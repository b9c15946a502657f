import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ReportAccumulatorSchema } from '../../domain/reports';
import { ReportDataSchema } from '../../domain/reports';

/** What one report covers; its hash names the cached job. */
export const ReportInputSchema = z.object({
  from: z.int().min(0),
  to: z.int().min(0),
  timezone: z.string(),
  projectId: z.string().nullable(),
});
export type ReportInput = z.infer<typeof ReportInputSchema>;

export const ReportJobSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('computing'),
    input: ReportInputSchema,
    acc: ReportAccumulatorSchema,
    token: z.string(),
    /** REST calls so far; also the step number a continuation must match. */
    pages: z.int().min(0),
    startedAt: z.number(),
    updatedAt: z.number(),
  }),
  z.object({ state: z.literal('ready'), report: ReportDataSchema, pages: z.int().min(0), computedAt: z.number() }),
]);
export type ReportJob = z.infer<typeof ReportJobSchema>;

export const reportJobKey = (input: ReportInput): string =>
  `report:${createHash('sha256').update(JSON.stringify([input.projectId, input.from, input.to, input.timezone]), 'utf8').digest('hex').slice(0, 40)}`;

/** A ready report is served from the cache this long. */
export const FRESH_MS = 10 * 60_000;
/** A computing job not advanced for this long is taken over (its continuation was lost). */
export const STALE_MS = 3 * 60_000;
/** Cached jobs disappear from KVS after a day. */
export const JOB_TTL_SECONDS = 24 * 3600;
/** Search pages one invocation folds before handing over: ~2,000 requests keep a resolver call well inside 25 s. */
export const RESOLVER_PAGES = 20;
