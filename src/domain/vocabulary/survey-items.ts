import { z } from 'zod';

/** The five survey items of the standard (满意度调查), in the order the survey asks them. */
export const SURVEY_ITEM_IDS = ['responseSpeed', 'attitude', 'expertise', 'effectiveness', 'recurrence'] as const;
export type SurveyItemId = (typeof SURVEY_ITEM_IDS)[number];
export const SurveyItemSchema = z.enum(SURVEY_ITEM_IDS);

/** Three items judge the process, two the result. */
export const SURVEY_ITEMS = {
  responseSpeed: 'process',
  attitude: 'process',
  expertise: 'process',
  effectiveness: 'result',
  recurrence: 'result',
} as const satisfies Record<SurveyItemId, 'process' | 'result'>;
export type SurveyDimension = (typeof SURVEY_ITEMS)[SurveyItemId];

export const SURVEY_MIN_SCORE = 1;
export const SURVEY_MAX_SCORE = 5;
export const SURVEY_COMMENT_MAX = 2000;

/** One score per item, each a whole number 1–5. */
export const SurveyScoresSchema = z.object({
  responseSpeed: z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE),
  attitude: z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE),
  expertise: z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE),
  effectiveness: z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE),
  recurrence: z.int().min(SURVEY_MIN_SCORE).max(SURVEY_MAX_SCORE),
} satisfies Record<SurveyItemId, z.ZodType>);
export type SurveyScores = z.infer<typeof SurveyScoresSchema>;
