import { z } from 'zod';

/** The standard keeps service records at least two years (保存期不少于2年): the floor an admin may only raise. */
export const RETENTION_MIN_MONTHS = 24;

/** How long the app keeps its records; nothing in the app deletes a record younger than this. */
export const RetentionSchema = z.strictObject({
  months: z
    .int({ error: 'expected whole months' })
    .min(RETENTION_MIN_MONTHS, { error: `at least ${RETENTION_MIN_MONTHS} months (the standard keeps records two years)` })
    .max(1200, { error: 'at most 1200 months' }),
});
export type Retention = z.infer<typeof RetentionSchema>;
