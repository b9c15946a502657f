import { z } from 'zod';
import { PriorityIdSchema } from './levels';

const StatusListSchema = z.array(z.string().trim().min(1, { error: 'a status name must not be blank' }).max(255));

export const SlaSettingsSchema = z.strictObject({
  pauseStatuses: StatusListSchema,
  responseStatuses: StatusListSchema,
  doneStatuses: StatusListSchema.min(1, { error: 'at least one done status is required' }),
  onPriorityChange: z.enum(['retroactive', 'restart']),
  onReopen: z.enum(['newCycle', 'continue']),
  warningThresholds: z.array(
    z.number().gt(0, { error: 'a warning threshold is a percentage above 0' }).lt(100, {
      error: 'a warning threshold is a percentage below 100 (100 is the breach itself)',
    }),
  ),
  workaroundSatisfiesResolution: z.array(PriorityIdSchema),
});
export type SlaSettings = z.infer<typeof SlaSettingsSchema>;
