import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedNameSchema } from '../vocabulary';

const Minutes = z.int({ error: 'expected whole minutes' }).positive({ error: 'must be more than 0 minutes' });

export const PriorityTargetsSchema = z.strictObject({
  name: LocalizedNameSchema,
  description: LocalizedNameSchema,
  response: Minutes,
  resolution: Minutes,
  /** On-site departure target; absent = the priority has no on-site timer. */
  onsite: Minutes.exactOptional(),
  /** `business`: count working time of `calendar`; `calendar`: count elapsed wall time around the clock. */
  targetUnit: z.enum(['business', 'calendar']),
  calendar: IdSchema,
});
export type PriorityTargets = z.infer<typeof PriorityTargetsSchema>;

export const PrioritiesSchema = z.strictObject({
  urgent: PriorityTargetsSchema,
  high: PriorityTargetsSchema,
  medium: PriorityTargetsSchema,
  low: PriorityTargetsSchema,
});
export type Priorities = z.infer<typeof PrioritiesSchema>;
