import { z } from 'zod';
import { LocalizedTextSchema } from './issue-properties';

/**
 * Names for the ids a service record holds, resolved by the backend so the panel needs no second call.
 * Taxonomy and impact names come in both UI languages (the panel picks the viewer's); an id no longer in
 * the configuration is its own name.
 */
export const RecordNamesSchema = z.object({
  category: LocalizedTextSchema.nullable(),
  subcategory: LocalizedTextSchema.nullable(),
  impact: LocalizedTextSchema.nullable(),
  /** Display names by accountId of the people the record mentions; an account Jira does not name is absent. */
  people: z.record(z.string(), z.string()),
});
export type RecordNames = z.infer<typeof RecordNamesSchema>;
