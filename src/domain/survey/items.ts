/** The five survey items of the standard (满意度调查): three about the process, two about the result. */
export const SURVEY_ITEMS = {
  responseSpeed: 'process',
  attitude: 'process',
  expertise: 'process',
  effectiveness: 'result',
  recurrence: 'result',
} as const;

export type SurveyItemId = keyof typeof SURVEY_ITEMS;
export type SurveyDimension = (typeof SURVEY_ITEMS)[SurveyItemId];

export const SURVEY_ITEM_IDS: readonly SurveyItemId[] = [
  'responseSpeed',
  'attitude',
  'expertise',
  'effectiveness',
  'recurrence',
];

export const SURVEY_MIN_SCORE = 1;
export const SURVEY_MAX_SCORE = 5;
export const SURVEY_COMMENT_MAX = 2000;
