import { z } from 'zod';

const Id = z.union([z.string().min(1), z.number()]).transform(String);
const JiraTime = z.string().transform((value, ctx) => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a date-time: ${value}` });
    return z.NEVER;
  }
  return ms;
});

export const EventIssueSchema = z.object({
  id: Id,
  key: z.string().min(1),
  fields: z.object({ updated: JiraTime.nullish() }).nullish(),
});

/** `avi:jira:created:issue`. */
export const CreatedEventSchema = z.object({ issue: EventIssueSchema });

const ChangeItemSchema = z.object({
  field: z.string(),
  fieldId: z.string().nullish(),
  to: z.string().nullish(),
  toString: z.string().nullish(),
});

/** `avi:jira:updated:issue` and `avi:jira:commented:issue` (the latter fires on create and edit). */
export const ChangedEventSchema = z.object({
  eventType: z.string(),
  issue: EventIssueSchema,
  changelog: z.object({ id: Id.nullish(), items: z.array(ChangeItemSchema) }).nullish(),
  comment: z
    .object({
      id: Id,
      author: z.object({ accountId: z.string() }).nullish(),
      created: JiraTime,
      jsdPublic: z.boolean().nullish(),
    })
    .nullish(),
});
export type ChangedEvent = z.infer<typeof ChangedEventSchema>;
