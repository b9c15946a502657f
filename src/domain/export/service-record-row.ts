import { z } from 'zod';
import { ServiceRecordSchema, SurveyPropertySchema } from '../../shared/issue-properties';

const InstantSchema = z.number().int().min(0);

/** One request as the export needs it: Jira fields as plain text plus the stored properties. */
export const ServiceRecordRowSchema = z.object({
  key: z.string().min(1),
  created: InstantSchema,
  summary: z.string(),
  /** The description as plain text (the caller flattens Jira's document format). */
  description: z.string().nullable(),
  requester: z.string().nullable(),
  /** The assignee's display name. */
  handler: z.string().nullable(),
  /** Jira status name, shown as the progress. */
  status: z.string(),
  resolved: InstantSchema.nullable(),
  /** Display name of `serviceRecord.confirmation.by`; its account id is shown when null. */
  confirmedBy: z.string().nullable(),
  serviceRecord: ServiceRecordSchema.nullable(),
  survey: SurveyPropertySchema.nullable(),
});
export type ServiceRecordRow = z.infer<typeof ServiceRecordRowSchema>;
