import { z } from 'zod';
import { SURVEY_MAX_SCORE, SURVEY_MIN_SCORE } from '../vocabulary';
import { AccountIdSchema, IdSchema } from './ids';
import { LocalizedNameSchema } from '../vocabulary';

const SurveyItemSettingsSchema = z.strictObject({ label: LocalizedNameSchema });

export const FollowUpOwnerSchema = z.discriminatedUnion(
  'type',
  [z.strictObject({ type: z.literal('dutySupervisor') }), z.strictObject({ type: z.literal('account'), accountId: AccountIdSchema })],
  { error: 'expected {type: "dutySupervisor"} or {type: "account", accountId}' },
);
export type FollowUpOwner = z.infer<typeof FollowUpOwnerSchema>;

export const SurveySettingsSchema = z.strictObject({
  items: z.strictObject({
    responseSpeed: SurveyItemSettingsSchema,
    attitude: SurveyItemSettingsSchema,
    expertise: SurveyItemSettingsSchema,
    effectiveness: SurveyItemSettingsSchema,
    recurrence: SurveyItemSettingsSchema,
  }),
  /** Fixed by the standard (1–5, 5 = very satisfied); kept in config so stored answers stay self-describing. */
  scale: z.strictObject({ min: z.literal(SURVEY_MIN_SCORE), max: z.literal(SURVEY_MAX_SCORE) }),
  lowScoreRule: z.enum(['anyBelow', 'averageBelow']),
  threshold: z.number().gt(SURVEY_MIN_SCORE, { error: 'a threshold of 1 or less never fires' }).max(SURVEY_MAX_SCORE),
  followUp: z.strictObject({
    owner: FollowUpOwnerSchema,
    issueType: z.string().trim().min(1).max(255),
    dueBusinessMinutes: z.int().positive(),
    /** Calendar whose working time counts towards the follow-up's due time. */
    calendar: IdSchema,
  }),
});
export type SurveySettings = z.infer<typeof SurveySettingsSchema>;
