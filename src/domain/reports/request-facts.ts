import { z } from 'zod';
import { ChannelSchema, ServiceRecordSchema, SlaPropertySchema, SurveyPropertySchema } from '../../shared/issue-properties';

/** Instants are UTC epoch milliseconds (Jira's `+0800` offsets are not ISO-8601, so the caller converts). */
const InstantSchema = z.number().int().min(0);

export const PersonSchema = z.object({ accountId: z.string().min(1), displayName: z.string() });
export type Person = z.infer<typeof PersonSchema>;

/** The linked follow-up task of a low survey, as read from that task. */
export const FollowUpFactSchema = z.object({
  status: z.enum(['open', 'closed']),
  due: InstantSchema.nullable(),
  closedAt: InstantSchema.nullable(),
});
export type FollowUpFact = z.infer<typeof FollowUpFactSchema>;

/**
 * What the reports need to know about one request: a few Jira fields plus the app's stored issue
 * properties (null when the issue has none, e.g. intake not processed yet).
 */
export const RequestFactsSchema = z.object({
  key: z.string().min(1),
  created: InstantSchema,
  resolved: InstantSchema.nullable(),
  status: z.string(),
  assignee: PersonSchema.nullable(),
  reporter: PersonSchema.nullable(),
  /** Used only when the service record is missing; the record's channel is the app's own truth. */
  channel: ChannelSchema.nullable(),
  serviceRecord: ServiceRecordSchema.nullable(),
  sla: SlaPropertySchema.nullable(),
  survey: SurveyPropertySchema.nullable(),
  /** Null when there is no follow-up task or it was not read; then `survey.followUp.status` is used. */
  followUp: FollowUpFactSchema.nullable(),
});
export type RequestFacts = z.infer<typeof RequestFactsSchema>;
