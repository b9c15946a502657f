import { z } from 'zod';
import { IdSchema } from './ids';
import { PriorityIdSchema, UrgencyIdSchema } from './levels';
import { LocalizedNameSchema } from '../vocabulary';

const nonEmpty = { error: 'list at least one value, or leave the condition out to match anything' };

export const ImpactConditionSchema = z.union(
  [z.strictObject({ atLeast: IdSchema }), z.strictObject({ in: z.array(IdSchema).min(1, nonEmpty) })],
  { error: 'expected {atLeast: impactId} or {in: [impactId, …]}' },
);
export type ImpactCondition = z.infer<typeof ImpactConditionSchema>;

/** Absent conditions match anything; present ones must all hold; a list matches any of its values. */
export const RuleConditionsSchema = z.strictObject({
  categories: z.array(IdSchema).min(1, nonEmpty).exactOptional(),
  subcategories: z.array(IdSchema).min(1, nonEmpty).exactOptional(),
  urgencies: z.array(UrgencyIdSchema).min(1, nonEmpty).exactOptional(),
  impact: ImpactConditionSchema.exactOptional(),
});
export type RuleConditions = z.infer<typeof RuleConditionsSchema>;

export const PriorityRuleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedNameSchema,
  enabled: z.boolean(),
  conditions: RuleConditionsSchema,
  priority: PriorityIdSchema,
});
export type PriorityRule = z.infer<typeof PriorityRuleSchema>;
