import { z } from 'zod';
import { IdSchema, LevelSchema, LocalizedNameSchema, type Level } from '../vocabulary';

/** Urgency and priority share the one scale of the vocabulary (`LEVEL_IDS`), most urgent first. */
export { LEVEL_IDS } from '../vocabulary';
export type PriorityId = Level;
export type UrgencyId = Level;

export const PriorityIdSchema = LevelSchema;
export const UrgencyIdSchema = LevelSchema;

export const ImpactLevelSchema = z.strictObject({
  id: IdSchema,
  /** Higher rank = wider impact; rules compare ranks for "impact ≥ level". */
  rank: z.int().min(0).max(1000),
  name: LocalizedNameSchema,
});
export type ImpactLevel = z.infer<typeof ImpactLevelSchema>;

const UrgencyLevelSchema = z.strictObject({
  name: LocalizedNameSchema,
  /** Meaning of the level in the standard, shown to requesters choosing it. */
  help: LocalizedNameSchema,
});

export const UrgenciesSchema = z.strictObject({
  urgent: UrgencyLevelSchema,
  high: UrgencyLevelSchema,
  medium: UrgencyLevelSchema,
  low: UrgencyLevelSchema,
});
export type Urgencies = z.infer<typeof UrgenciesSchema>;
