export { isLow, lowItems } from './is-low';
export { surveyStats } from './survey-stats';
export { SURVEY_COMMENT_MAX, SURVEY_ITEM_IDS, SURVEY_ITEMS, SURVEY_MAX_SCORE, SURVEY_MIN_SCORE, type SurveyDimension, type SurveyItemId } from '../vocabulary';
export { SurveyAnswersSchema, validateSurvey, type SurveyAnswers } from './survey-answers';
