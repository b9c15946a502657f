/** The five survey items of the standard (满意度调查), in the order the survey asks them. */
export const SURVEY_ITEM_IDS = ['responseSpeed', 'attitude', 'expertise', 'effectiveness', 'recurrence'] as const;
export type SurveyItemId = (typeof SURVEY_ITEM_IDS)[number];

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
