import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedTextSchema } from './localized-text';

/**
 * Urgency and priority share one fixed scale so that the fallback rule "priority = verified urgency"
 * is always defined (DOMAIN.md §3).
 */
export const LEVEL_IDS = ['urgent', 'high', 'medium', 'low'] as const;
export type PriorityId = (typeof LEVEL_IDS)[number];
export type UrgencyId = PriorityId;

export const PriorityIdSchema = z.enum(LEVEL_IDS, { error: 'expected one of urgent, high, medium, low' });
export const UrgencyIdSchema = PriorityIdSchema;

export const ImpactLevelSchema = z.strictObject({
  id: IdSchema,
  /** Higher rank = wider impact; rules compare ranks for "impact ≥ level". */
  rank: z.int().min(0).max(1000),
  name: LocalizedTextSchema,
});
export type ImpactLevel = z.infer<typeof ImpactLevelSchema>;

const UrgencyLevelSchema = z.strictObject({
  name: LocalizedTextSchema,
  /** Meaning of the level in the standard, shown to requesters choosing it. */
  help: LocalizedTextSchema,
});

export const UrgenciesSchema = z.strictObject({
  urgent: UrgencyLevelSchema,
  high: UrgencyLevelSchema,
  medium: UrgencyLevelSchema,
  low: UrgencyLevelSchema,
});
export type Urgencies = z.infer<typeof UrgenciesSchema>;
